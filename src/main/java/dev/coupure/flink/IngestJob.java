package dev.coupure.flink;

import dev.coupure.cli.RecordOptions;
import dev.coupure.input.InputRef;
import dev.coupure.refresh.OutputOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code coupure ingest} as an Apache Flink batch job: the same inputs in the same order, the
 * same stages, the same records (ids, {@code duplicate_of}, {@code story}), written as JSON Lines
 * part files under {@code OUTPUT/articles} and {@code OUTPUT/errors}. See docs/scale.md.
 *
 * <p>The job: a file source lists the inputs in input order and reads each with the input layer
 * (documents, and the entries of containers); the pipeline runs in parallel; the sketches of all
 * articles go to one task that places them as the command line does (story grouping needs the
 * whole run, in input order); each article is joined with its placement by its position.
 */
@Command(name = "IngestJob",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Runs coupure ingest as a Flink batch job: flink run -c dev.coupure.flink.IngestJob coupure.jar"
                + " --input DIR_OR_FILE... --output DIR. Article records go to part files under DIR/articles, error"
                + " records under DIR/errors; the same records as coupure ingest gives, in no particular order.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  flink run -c dev.coupure.flink.IngestJob coupure.jar --input s3://archive/2024/ \\",
            "      --output s3://archive-out/2024/ --languages fr,en",
            "  .ci/flink-local seeds/ OUT",
            "      the same job on an embedded cluster, without a Flink installation"})
public final class IngestJob implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "PATH", arity = "1..*", required = true,
            description = "Files or directories (every file, recursively, in sorted order; hidden files and"
                    + " *.meta.json sidecars excepted): local paths, or URIs of a file system Flink has a plugin"
                    + " for (s3://, gs://, abfss://, hdfs://).")
    List<String> inputs;

    @Option(names = "--output", paramLabel = "DIR", required = true,
            description = "Where to write: DIR/articles and DIR/errors, JSON Lines part files.")
    String output;

    @Option(names = "--parallelism", paramLabel = "N",
            description = "Parallel tasks for reading and the pipeline (default: the cluster's, or flink run -p).")
    Integer parallelism;

    @CommandLine.Mixin
    RecordOptions records;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int exit = new CommandLine(new IngestJob()).execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    @Override
    public Integer call() throws Exception {
        records.identifier(spec.commandLine());
        OutputOptions options = records.values(spec.commandLine());
        if (inputs.contains(InputRef.STDIN)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--input: a Flink job cannot read standard input");
        }
        if (parallelism != null && parallelism < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--parallelism must be at least 1");
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        if (parallelism != null) {
            env.setParallelism(parallelism);
        }
        define(env, inputs, output, options);
        env.execute("coupure ingest");
        return 0;
    }

    /** Adds the job to an environment (a cluster's, or a test's MiniCluster). */
    static void define(StreamExecutionEnvironment env, List<String> inputs, String output, OutputOptions options) {
        env.setRuntimeMode(RuntimeExecutionMode.BATCH);
        List<InputListing.Root> roots = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        for (String input : inputs) {
            InputListing.Root root = root(input);
            roots.add(root);
            paths.add(new Path(root.location()));
        }
        String glob = options.glob();
        FileSource<Input> source = FileSource.forBulkFileFormat(new DocumentFormat(options.maxBytes()), paths.toArray(Path[]::new))
                .setFileEnumerator(() -> new InputListing(roots, glob))
                .build();
        // Chained to the source: in batch mode an exchange in between would be a blocking one, every
        // input's bytes written to the task managers' disks and read back, and no document processed
        // before all were read.
        SingleOutputStreamOperator<Article> articles = env.fromSource(source, WatermarkStrategy.noWatermarks(), "inputs")
                .process(new ProcessDocuments(options)).name("pipeline");
        DataStream<PlacementAt> placements = articles
                .map(a -> new SketchAt(a.position(), a.sketch())).returns(SketchAt.class).name("sketches")
                .fullWindowPartition()
                .mapPartition(new GroupStories()).returns(PlacementAt.class).name("stories")
                .setParallelism(1);
        articles.keyBy(Article::position, Types.LONG)
                .connect(placements.keyBy(PlacementAt::position, Types.LONG))
                .process(new PlaceArticles()).name("place")
                .sinkTo(jsonLines(output, "articles")).name("articles");
        articles.getSideOutput(ProcessDocuments.ERRORS)
                .sinkTo(jsonLines(output, "errors")).name("errors");
    }

    /**
     * A local path is resolved here, on the client, so that the cluster does not read it against
     * another working directory; records still report it as given.
     */
    private static InputListing.Root root(String input) {
        if (new Path(input).toUri().getScheme() != null) {
            return new InputListing.Root(input, input, false);
        }
        String absolute = java.nio.file.Path.of(input).toAbsolutePath().toString();
        boolean slash = input.endsWith("/") && !absolute.endsWith("/");
        return new InputListing.Root(input, slash ? absolute + "/" : absolute, true);
    }

    private static FileSink<String> jsonLines(String output, String part) {
        Path base = new Path(new Path(output).toUri().getScheme() != null ? output
                : java.nio.file.Path.of(output).toAbsolutePath().toString());
        return FileSink.forRowFormat(new Path(base, part), new SimpleStringEncoder<String>())
                .withBucketAssigner(new BasePathBucketAssigner<>())
                .withOutputFileConfig(OutputFileConfig.builder().withPartPrefix("part").withPartSuffix(".jsonl").build())
                .build();
    }
}
