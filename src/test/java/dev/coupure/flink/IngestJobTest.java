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
        // A seed given again after the seeds: a copy whose original is in another argument.
        inputs = List.of("seeds/", corpus.toString(), "seeds/002_634fa4d3b3a440b2.txt");

        cli = cli(tmp.resolve("cli.jsonl"));
        parallelismOne = job(1, tmp.resolve("p1"));
        parallelismTwo = job(2, tmp.resolve("p2"));
    }

    private static Output cli(Path out) throws IOException {
        List<String> args = new ArrayList<>(List.of("ingest", "-o", out.toString(), "-q", "--languages", String.join(",", LANGUAGES),
                "--max-bytes", Long.toString(MAX_BYTES)));
        args.addAll(inputs);
        assertEquals(0, Main.run(args.toArray(String[]::new)));
        return new Output(sorted(Files.readAllLines(out, UTF_8)),
                sorted(Files.readAllLines(Path.of(out + ".errors.jsonl"), UTF_8)));
    }

    private static Output job(int parallelism, Path out) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(parallelism);
        IngestJob.define(env, inputs, out.toString(),
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
        // the seeds, the dumps and their two copies, the zip's entries, the seed again, the damaged zip's first entry
        assertEquals(5 + 42 + 3 + 1 + 1, cli.articles().size(), "the corpus as the command line reads it");
        assertEquals(cli.articles(), parallelismTwo.articles());
        assertEquals(cli.errors(), parallelismTwo.errors());
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
