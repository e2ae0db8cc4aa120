package dev.coupure.flink;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coupure.cli.GeneratedDumps;
import dev.coupure.cli.Main;
import dev.coupure.input.Archives;
import dev.coupure.refresh.OutputOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The Flink job on a MiniCluster against {@code coupure ingest} on the same inputs: the seeds and
 * a generated corpus with copies whose "first in input order" depends on the order of arguments,
 * of a directory's files and of a zip's entries, and inputs that fail. The job runs once at
 * parallelism 1 and once at 2, the command line once: the runs are shared by the tests.
 */
class IngestJobTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> LANGUAGES = List.of("fr", "en");
    /** Small enough that one generated input is over it, large enough for the seeds. */
    private static final long MAX_BYTES = 100_000;

    @TempDir
    static Path tmp;

    static List<String> inputs;
    /** A directory named as file:///…: the job reads it with Flink's file system, the command line as a path. */
    static String otherUri;
    static Output cli;
    static Output parallelismOne;
    static Output parallelismTwo;

    /** A run's records, each line as written, sorted: part files come in no particular order. */
    record Output(List<String> articles, List<String> errors) {
    }

    @BeforeAll
    static void runAll() throws Exception {
        Path corpus = tmp.resolve("corpus");
        GeneratedDumps.write(corpus.resolve("dumps"), 0, 40);
        // Copies: the one in input order first is the original, whatever the task that reads it.
        Files.writeString(corpus.resolve("dumps/a-copy.txt"), GeneratedDumps.dump(7));
        Files.writeString(corpus.resolve("dumps/zz-copy.txt"), GeneratedDumps.dump(3));
        // A zip's entries come in the zip's order, not sorted: "z" is the first copy, "a" the second.
        Files.write(corpus.resolve("bundle.zip"), Archives.zip(Archives.entries(
                "z.txt", GeneratedDumps.dump(100), "a.txt", GeneratedDumps.dump(100), "m.txt", GeneratedDumps.dump(101))));
        // Inputs that fail: not text, a damaged archive, over --max-bytes, a dead link.
        Files.write(corpus.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 'x', 0});
        byte[] zip = Archives.zip(Archives.entries("one.txt", GeneratedDumps.dump(200), "two.txt", GeneratedDumps.dump(201)));
        Files.write(corpus.resolve("damaged.zip"), Arrays.copyOf(zip, zip.length * 2 / 3));
        Files.writeString(corpus.resolve("large.txt"), GeneratedDumps.dump(300).repeat(120));
        Files.createSymbolicLink(corpus.resolve("dead-link.txt"), corpus.resolve("nowhere.txt"));
        // Read through Flink's file systems, as an object store is: named by a URI.
        Path other = tmp.resolve("other");
        GeneratedDumps.write(other, 500, 503);
        Files.writeString(other.resolve("dump-000500.txt.meta.json"), "{\"url\": \"https://www.example.fr/2025/03/12/conseil\"}");
        Files.write(other.resolve("bundle.zip"), Archives.zip(Archives.entries("x.txt", GeneratedDumps.dump(3))));
        Files.write(other.resolve("binary.txt"), new byte[] {0, 0, 'x', 0});
        otherUri = other.toUri().toString().replaceAll("/$", "");
        // A seed given again after the seeds: a copy whose original is in another argument.
        inputs = List.of("seeds/", corpus.toString(), "seeds/002_634fa4d3b3a440b2.txt");

        cli = cli(tmp.resolve("cli.jsonl"), other.toString());
        parallelismOne = job(1, tmp.resolve("p1"));
        parallelismTwo = job(2, tmp.resolve("p2"));
    }

    private static Output cli(Path out, String other) throws IOException {
        List<String> args = new ArrayList<>(List.of("ingest", "-o", out.toString(), "-q", "--languages", String.join(",", LANGUAGES),
                "--max-bytes", Long.toString(MAX_BYTES)));
        args.addAll(inputs);
        args.add(other);
        assertEquals(0, Main.run(args.toArray(String[]::new)));
        return new Output(sorted(Files.readAllLines(out, UTF_8)),
                sorted(Files.readAllLines(Path.of(out + ".errors.jsonl"), UTF_8)));
    }

    private static Output job(int parallelism, Path out) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(parallelism);
        List<String> all = new ArrayList<>(inputs);
        all.add(otherUri);
        IngestJob.define(env, all, out.toString(),
                new OutputOptions(LANGUAGES, false, null, false, null, MAX_BYTES, 30));
        env.execute("coupure ingest test");
        return new Output(partLines(out.resolve("articles")), partLines(out.resolve("errors")));
    }

    private static List<String> partLines(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(dir)) {
            parts.filter(p -> p.getFileName().toString().matches("part-.*\\.jsonl")).forEach(p -> {
                try {
                    lines.addAll(Files.readAllLines(p, UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return sorted(lines);
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }

    private static List<JsonNode> parse(List<String> lines) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : lines) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    private static JsonNode byPath(List<JsonNode> records, String path) {
        return records.stream().filter(r -> r.get("source").get("path").asText().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no record for " + path));
    }

    @Test
    void theJobGivesTheRecordsOfTheCommandLine() {
        // the seeds, the dumps and their two copies, the zip's entries, the seed again, the damaged zip's
        // first entry, and the other file system's three dumps and zip entry
        assertEquals(5 + 42 + 3 + 1 + 1 + 4, cli.articles().size(), "the corpus as the command line reads it");
        assertEquals(cli.articles(), asLocalPaths(parallelismTwo.articles()));
        assertEquals(cli.errors(), asLocalPaths(parallelismTwo.errors()));
    }

    @Test
    void aFileOfAnotherFileSystemHasItsSidecar() throws IOException {
        JsonNode withSidecar = byPath(parse(parallelismTwo.articles()), otherUri + "/dump-000500.txt");
        assertEquals("https://www.example.fr/2025/03/12/conseil", withSidecar.get("source").get("url").asText());
    }

    @Test
    void standardInputIsAUsageError() {
        CommandLine job = new CommandLine(new IngestJob());
        job.setErr(new java.io.PrintWriter(java.io.Writer.nullWriter()));
        assertEquals(2, job.execute("--input", "-", "--output", tmp.resolve("never").toString()));
        assertTrue(Files.notExists(tmp.resolve("never")));
    }

    /** The other file system's records with the paths the command line gives them. */
    private static List<String> asLocalPaths(List<String> lines) {
        String local = tmp.resolve("other").toString();
        return sorted(lines.stream().map(l -> l.replace(otherUri, local)).toList());
    }

    @Test
    void theOutputDoesNotDependOnParallelism() {
        assertEquals(parallelismOne, parallelismTwo);
    }

    @Test
    void copiesPointToTheFirstInInputOrder() throws IOException {
        List<JsonNode> records = parse(parallelismTwo.articles());
        String corpus = tmp.resolve("corpus").toString();
        assertEquals(corpus + "/bundle.zip!/z.txt", byPath(records, corpus + "/bundle.zip!/a.txt").get("duplicate_of").asText());
        assertEquals(corpus + "/dumps/dump-000003.txt", byPath(records, corpus + "/dumps/zz-copy.txt").get("duplicate_of").asText());
        assertEquals(corpus + "/dumps/a-copy.txt", byPath(records, corpus + "/dumps/dump-000007.txt").get("duplicate_of").asText());
        JsonNode seedAgain = byPath(records, "seeds/002_634fa4d3b3a440b2.txt");
        assertTrue(seedAgain.has("duplicate_of"), "the seed named again comes after the walk of seeds/, and copies it");
        assertEquals(byPath(records, "seeds/000_abfb5332236406e8.txt").get("story"), seedAgain.get("story"));
    }

    @Test
    void inputsThatFailAreErrorRecords() throws IOException {
        String corpus = tmp.resolve("corpus").toString();
        Map<String, String> kinds = new java.util.TreeMap<>();
        for (JsonNode e : parse(parallelismTwo.errors())) {
            kinds.put(e.get("source").get("path").asText(), e.get("error").get("kind").asText());
        }
        assertEquals("not-text", kinds.get(corpus + "/binary.txt"));
        assertEquals("too-large", kinds.get(corpus + "/large.txt"));
        assertEquals("not-found", kinds.get(corpus + "/dead-link.txt"));
        assertTrue(kinds.entrySet().stream().anyMatch(e -> e.getKey().startsWith(corpus + "/damaged.zip")
                && (e.getValue().equals("truncated") || e.getValue().equals("malformed"))), kinds.toString());
    }
}
