package dev.coupure.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ingest} command end to end, in-process. Runs that load language models are done once,
 * in {@link #runAll()}, and shared by the tests.
 */
class IngestCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] FAST = {"--languages", "fr,en", "-q"};

    static final String ARTICLE_FR = String.join("\n",
            "Newsletter Newsletters Événements Podcasts Vidéos",
            "Publicité",
            "",
            "Le Parlement européen adopte une résolution sur l’aide à l’Ukraine",
            "",
            "Les eurodéputés ont voté jeudi, à une large majorité, un texte appelant les États membres à renforcer"
                    + " l’aide militaire à Kyiv.",
            "",
            "Le texte, non contraignant, a été adopté par 390 voix contre 52 et 72 abstentions. Il invite les"
                    + " Vingt-Sept à « accélérer » les livraisons de munitions et de systèmes de défense aérienne.",
            "",
            "Plusieurs élus d’extrême droite ont voté contre, dénonçant une « escalade » du conflit. La Commission"
                    + " européenne doit présenter ses propositions au prochain Conseil européen, à Bruxelles.",
            "",
            "Partager cet article",
            "");

    static final String ARTICLE_EN = String.join("\n",
            "Russia and Iran sign a strategic partnership treaty",
            "",
            "President Vladimir Putin and his Iranian counterpart Masoud Pezeshkian signed a twenty-year treaty in"
                    + " Moscow on Friday, deepening military and economic ties between the two sanctioned countries.",
            "",
            "The agreement does not include a mutual defence clause, officials said, but commits both sides to"
                    + " closer cooperation on security, energy and transport over the coming decades.",
            "");

    @TempDir
    static Path tmp;

    static Run seedsOneThread;
    static Run seedsFourThreads;
    static Run seedsFourThreadsAgain;
    static Path mixedDir;
    static Path missing;
    static Run mixed;
    static Run mixedStrict;
    static Run stdin;

    record Run(int exit, String out, String err, Path output) {
        byte[] outputBytes() throws IOException {
            return Files.readAllBytes(output);
        }

        byte[] errorBytes() throws IOException {
            return Files.readAllBytes(errorsOf(output));
        }

        List<JsonNode> records() throws IOException {
            return jsonLines(output);
        }

        List<JsonNode> errors() throws IOException {
            return jsonLines(errorsOf(output));
        }
    }

    @BeforeAll
    static void runAll() throws IOException {
        seedsOneThread = ingest(null, "seeds", "-o", tmp.resolve("seeds-1.jsonl"), "--threads", "1");
        seedsFourThreads = ingest(null, "seeds", "-o", tmp.resolve("seeds-4.jsonl"), "--threads", "4");
        seedsFourThreadsAgain = ingest(null, "seeds", "-o", tmp.resolve("seeds-4-again.jsonl"), "--threads", "4");

        mixedDir = tmp.resolve("in");
        Files.createDirectories(mixedDir.resolve("sub"));
        Files.writeString(mixedDir.resolve("a.txt"), ARTICLE_FR);
        Files.writeString(mixedDir.resolve("a.meta.json"), "{\"url\":\"https://www.example.fr/a/b\","
                + "\"source_name\":\"Exemple\",\"published\":\"2025-01-17T10:32:00+01:00\"}");
        Files.writeString(mixedDir.resolve("b.txt"), ARTICLE_FR.replace("jeudi", "mercredi"));
        Files.writeString(mixedDir.resolve("b.txt.meta.json"), "{\"url\": \"https://www.example.fr/b\", \"source_name\": ");
        // A mis-named binary file: it matches the default --glob, so it is read and reported.
        Files.write(mixedDir.resolve("c.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0,
            0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0});
        Files.writeString(mixedDir.resolve("sub/d.txt"), ARTICLE_EN);
        Files.writeString(mixedDir.resolve(".notes.txt"), "hidden: not an input");
        Files.writeString(mixedDir.resolve("notes.json"), "{\"not\": \"a dump\"}");
        missing = tmp.resolve("absent.txt");
        mixed = ingest(null, mixedDir.toString(), missing.toString(), "-o", tmp.resolve("mixed.jsonl"));
        mixedStrict = ingest(null, mixedDir.toString(), missing.toString(), "-o", tmp.resolve("mixed-strict.jsonl"),
                "--strict");

        stdin = run(new ByteArrayInputStream(ARTICLE_EN.getBytes(UTF_8)), "ingest", "-", "--languages", "fr,en");
    }

    // ---------------------------------------------------------------- command line

    @Test
    void helpExitsZeroAndShowsExamples() {
        Run help = run(null, "ingest", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("Usage: coupure ingest"), help.out());
        assertTrue(help.out().contains("Examples:"), help.out());
        assertTrue(help.out().contains("coupure ingest seeds/ -o articles.jsonl"), help.out());
        assertTrue(help.out().contains("--languages"), help.out());
        assertTrue(help.out().contains("Exit codes:"), help.out());
    }

    @Test
    void versionNamesTheSchema() {
        Run version = run(null, "--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().matches("coupure \\S+ \\(schema coupure\\.article/1\\)\\R"), version.out());
        assertFalse(version.out().contains("unknown"), "the version comes from the build: " + version.out());
    }

    @Test
    void noArgumentsIsAUsageError() {
        Run none = run(null);
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("missing command"), none.err());
        assertEquals("", none.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run bad = run(null, "ingest", "--frobnicate", "seeds");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("Unknown option: '--frobnicate'"), bad.err());
    }

    @Test
    void unknownLanguageCodeIsAUsageError() {
        Path out = tmp.resolve("never.jsonl");
        Run bad = run(null, "ingest", "seeds", "-o", out.toString(), "--languages", "fr,xx");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--languages"), bad.err());
        assertTrue(bad.err().contains("'xx'"), bad.err());
        assertFalse(Files.exists(out), "nothing written on a usage error");
    }

    @Test
    void zeroThreadsIsAUsageError() {
        Path out = tmp.resolve("never-either.jsonl");
        Run bad = run(null, "ingest", "seeds", "-o", out.toString(), "--languages", "fr,en", "--threads", "0");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--threads must be at least 1"), bad.err());
        assertFalse(Files.exists(out));
    }

    // ---------------------------------------------------------------- seeds

    @Test
    void seedsGiveOneRecordPerFileInSortedOrder() throws IOException {
        assertEquals(0, seedsOneThread.exit(), seedsOneThread.err());
        List<String> expected;
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            expected = files.map(p -> "seeds/" + p.getFileName()).sorted().toList();
        }
        assertEquals(5, expected.size());
        List<JsonNode> records = seedsOneThread.records();
        assertEquals(5, records.size());
        assertEquals(expected, records.stream().map(r -> r.get("source").get("path").asText()).toList());
        assertEquals("seeds/000_abfb5332236406e8.txt", records.get(0).get("source").get("path").asText());
        for (JsonNode r : records) {
            assertEquals("coupure.article/1", r.get("schema").asText());
            assertEquals("UTF-8", r.get("source").get("charset").asText());
            assertTrue(r.get("source").get("sha256").asText().matches("[0-9a-f]{64}"));
            assertFalse(r.get("text").asText().isEmpty(), r.get("source").get("path").asText());
        }
        assertTrue(records.get(0).get("title").asText().startsWith("La Russie et l’Iran"));
    }

    @Test
    void outputIsOneCompactJsonObjectPerLine() throws IOException {
        String out = new String(seedsOneThread.outputBytes(), UTF_8);
        assertTrue(out.endsWith("}\n"));
        assertFalse(out.contains("\r"));
        assertEquals(5, out.split("\n").length);
        assertTrue(out.startsWith("{\"schema\":\"coupure.article/1\",\"id\":\""), out.substring(0, 80));
    }

    @Test
    void errorsFileIsCreatedNextToTheOutput() throws IOException {
        Path errors = errorsOf(seedsOneThread.output());
        assertTrue(Files.isRegularFile(errors), errors.toString());
        assertEquals(0, Files.size(errors), "no errors for the seeds");
        try (Stream<Path> files = Files.list(tmp)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "temporary files removed");
        }
    }

    @Test
    void outputDoesNotDependOnThreadsNorOnTheRun() throws IOException {
        assertEquals(0, seedsFourThreads.exit());
        assertArrayEquals(seedsOneThread.outputBytes(), seedsFourThreads.outputBytes(), "--threads 1 vs 4");
        assertArrayEquals(seedsFourThreads.outputBytes(), seedsFourThreadsAgain.outputBytes(), "two runs");
        assertArrayEquals(mixed.outputBytes(), mixedStrict.outputBytes(), "--strict changes only the exit code");
        assertArrayEquals(mixed.errorBytes(), mixedStrict.errorBytes());
    }

    // ---------------------------------------------------------------- failures

    @Test
    void failuresBecomeErrorRecordsAndExitZeroWithoutStrict() throws IOException {
        assertEquals(0, mixed.exit(), mixed.err());
        List<JsonNode> errors = mixed.errors();
        assertEquals(2, errors.size(), errors.toString());

        JsonNode binary = errors.get(0);
        assertEquals("coupure.error/1", binary.get("schema").asText());
        assertEquals(mixedDir + "/c.txt", binary.get("source").get("path").asText());
        assertEquals("unsupported-format", binary.get("error").get("kind").asText(), "a PNG, whatever its name");
        assertTrue(binary.get("error").get("message").asText().startsWith(mixedDir + "/c.txt"));
        assertTrue(binary.get("error").get("message").asText().contains("image/png"));

        JsonNode absent = errors.get(1);
        assertEquals(missing.toString(), absent.get("source").get("path").asText());
        assertEquals("not-found", absent.get("error").get("kind").asText());
        assertTrue(absent.get("error").get("message").asText().startsWith(missing.toString()));
        assertEquals(List.of("schema", "source", "error"), fieldNames(absent));
    }

    @Test
    void strictExitsOneWhenAnInputFails() {
        assertEquals(1, mixedStrict.exit(), mixedStrict.err());
    }

    @Test
    void directoriesAreWalkedRecursivelyWithoutSidecarsOrHiddenFiles() throws IOException {
        List<String> paths = new ArrayList<>();
        mixed.records().forEach(r -> paths.add(r.get("source").get("path").asText()));
        assertEquals(List.of(mixedDir + "/a.txt", mixedDir + "/b.txt", mixedDir + "/notes.json", mixedDir + "/sub/d.txt"), paths,
                "every file is an input, whatever its name; sidecars and hidden files are not");
        mixed.errors().forEach(e -> assertFalse(e.get("source").get("path").asText().endsWith(".meta.json"), e.toString()));
        assertEquals("en", mixed.records().get(3).get("language").get("code").asText());
    }

    // ---------------------------------------------------------------- sidecars

    @Test
    void sidecarGivesSourceAndPublicationDate() throws IOException {
        JsonNode a = mixed.records().get(0);
        JsonNode source = a.get("source");
        assertEquals("https://www.example.fr/a/b", source.get("url").asText());
        assertEquals("example.fr", source.get("domain").asText());
        assertEquals("Exemple", source.get("name").asText());
        assertTrue(source.get("fetched_at").isNull());
        JsonNode provenance = source.get("provenance");
        assertEquals("sidecar", provenance.get("url").asText());
        assertEquals("sidecar", provenance.get("domain").asText());
        assertEquals("sidecar", provenance.get("name").asText());
        assertFalse(provenance.has("fetched_at"));

        JsonNode published = a.get("published");
        assertEquals("2025-01-17", published.get("date").asText());
        assertEquals("2025-01-17T10:32:00+01:00", published.get("datetime").asText(), "RFC 3339: always to the second");
        assertEquals("day", published.get("precision").asText());
        assertEquals("sidecar", published.get("source").asText());
        assertEquals("2025-01-17T10:32:00+01:00", published.get("evidence").asText());

        assertEquals("fr", a.get("language").get("code").asText());
        assertTrue(a.get("text").asText().contains("adopté par 390 voix contre 52"), a.get("text").asText());
        assertFalse(a.get("text").asText().contains("Partager cet article"), a.get("text").asText());
    }

    @Test
    void malformedSidecarIsAWarningNotAFailure() throws IOException {
        JsonNode b = mixed.records().get(1);
        assertEquals(mixedDir + "/b.txt", b.get("source").get("path").asText());
        assertTrue(b.get("source").get("url").isNull(), b.get("source").toString());
        assertFalse(b.get("source").get("provenance").toString().contains("sidecar"));
        assertTrue(b.get("published").isNull());
        List<String> warnings = new ArrayList<>();
        b.get("warnings").forEach(w -> warnings.add(w.asText()));
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("sidecar b.txt.meta.json ignored")), warnings.toString());
        assertFalse(b.get("text").asText().isEmpty());
    }

    @Test
    void summaryLineCountsTheBatch() {
        // -q was not given for the stdin run: the summary is on standard error.
        assertTrue(stdin.err().startsWith("coupure: read 1, written 1, failed 0, skipped 0, "), stdin.err());
        assertEquals("", mixed.err(), "-q silences the summary");
    }

    // ---------------------------------------------------------------- standard input

    @Test
    void standardInputIsAnInputNamedDash() throws IOException {
        assertEquals(0, stdin.exit(), stdin.err());
        String[] lines = stdin.out().split("\n");
        assertEquals(1, lines.length, stdin.out());
        JsonNode r = JSON.readTree(lines[0]);
        assertEquals("-", r.get("source").get("path").asText());
        assertEquals("en", r.get("language").get("code").asText());
        assertTrue(r.get("text").asText().contains("twenty-year treaty in Moscow"), r.get("text").asText());
        // same bytes as the file sub/d.txt: same text, same id, same hash
        JsonNode d = mixed.records().get(3);
        assertEquals(d.get("id"), r.get("id"));
        assertEquals(d.get("source").get("sha256"), r.get("source").get("sha256"));
    }

    // ---------------------------------------------------------------- helpers

    static Path errorsOf(Path output) {
        return Path.of(output + ".errors.jsonl");
    }

    static List<JsonNode> jsonLines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, UTF_8)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** {@code coupure ingest ARGS --languages fr,en -q}, with -o taken from the arguments. */
    private static Run ingest(InputStream in, Object... args) {
        List<String> all = new ArrayList<>(List.of("ingest"));
        Path output = null;
        for (int i = 0; i < args.length; i++) {
            all.add(args[i].toString());
            if ("-o".equals(args[i])) {
                output = (Path) args[i + 1];
            }
        }
        all.addAll(List.of(FAST));
        Run r = run(in, all.toArray(String[]::new));
        return new Run(r.exit(), r.out(), r.err(), output);
    }

    /** Runs {@link Main#run} with standard streams captured, restoring them afterwards. */
    static synchronized Run run(InputStream in, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, UTF_8));
            System.setErr(new PrintStream(err, true, UTF_8));
            if (in != null) {
                System.setIn(in);
            }
            int exit = Main.run(args);
            System.out.flush();
            System.err.flush();
            return new Run(exit, out.toString(UTF_8), err.toString(UTF_8), null);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
    }
}
