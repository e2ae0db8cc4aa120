package dev.coupure.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.coupure.input.InputReader;
import dev.coupure.input.InputRef;
import dev.coupure.lang.LanguageIdentifier;
import dev.coupure.pipeline.Outcome;
import dev.coupure.pipeline.Pipeline;
import dev.coupure.record.ArticleRecord;
import dev.coupure.record.JsonLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import dev.coupure.input.Archives;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental runs (--state), the run report (--report) and the exit policy (--max-failure-rate),
 * end to end and in-process. The corpus: the five seeds and generated dumps.
 */
class RefreshCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int GENERATED = 12;
    static final Instant AN_HOUR_AGO = Instant.now().minus(Duration.ofHours(1));

    @TempDir
    static Path tmp;

    static Path corpus;

    @BeforeAll
    static void corpus() throws IOException {
        corpus = tmp.resolve("corpus");
        copySeeds(corpus);
        GeneratedDumps.write(corpus.resolve("gen"), 0, GENERATED);
        // old enough for every run to record their signatures: what a state holds does not depend on the tests' pace
        settle(corpus);
    }

    static void copySeeds(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, dir.resolve("seeds").resolve(seed.getFileName()));
            }
        }
    }

    @Test
    void anUnchangedRefreshGivesTheSameBytesAndProcessesNothing() throws IOException {
        Path out = tmp.resolve("unchanged/out.jsonl");
        Path state = tmp.resolve("unchanged/state.jsonl");
        Path report = tmp.resolve("unchanged/report.json");
        assertEquals(0, ingest(corpus, out, "--state", state).exit());
        byte[] first = Files.readAllBytes(out);
        byte[] firstErrors = Files.readAllBytes(errorsOf(out));

        IngestCommandTest.Run again = ingest(corpus, out, "--state", state, "--report", report);

        assertEquals(0, again.exit(), again.err());
        assertArrayEquals(first, Files.readAllBytes(out));
        assertArrayEquals(firstErrors, Files.readAllBytes(errorsOf(out)));
        JsonNode files = JSON.readTree(report.toFile()).get("files");
        assertEquals(0, files.get("processed").asInt(), files.toString());
        assertEquals(5 + GENERATED, files.get("reused").asInt(), files.toString());
        assertEquals("unchanged", JSON.readTree(report.toFile()).get("state").get("status").asText());
    }

    @Test
    void whenNothingChangedTheFilesInPlaceAreKeptAndTheReportSaysWhatTheyHold() throws IOException {
        Path out = tmp.resolve("kept/out.jsonl");
        Path state = tmp.resolve("kept/state.jsonl");
        Path fullReport = tmp.resolve("kept/full.json");
        Path report = tmp.resolve("kept/report.json");
        assertEquals(0, ingest(corpus, out, "--state", state, "--report", fullReport).exit());
        // as when the refresh comes later: the first one records the output's stat in the state (RefreshSignatureTest)
        settle(out.getParent());
        FileTime written = Files.getLastModifiedTime(out);
        assertEquals(0, ingest(corpus, out, "--state", state).exit());
        byte[] stateBytes = Files.readAllBytes(state);

        IngestCommandTest.Run again = ingest(corpus, out, "--state", state, "--report", report);

        assertEquals(0, again.exit(), again.err());
        assertEquals(written, Files.getLastModifiedTime(out), "not rewritten");
        assertArrayEquals(stateBytes, Files.readAllBytes(state));
        JsonNode full = JSON.readTree(fullReport.toFile());
        JsonNode kept = JSON.readTree(report.toFile());
        for (String field : List.of("inputs", "languages", "published_by_source", "entities", "duplicates", "stories")) {
            assertEquals(full.get(field), kept.get(field), field);
        }
        assertEquals(5 + GENERATED, kept.get("files").get("records_reused").asInt());
        Set<ValidationMessage> problems = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of("docs/report-schema.json"))).validate(kept);
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void anOutputChangedByHandIsWrittenAgain() throws IOException {
        Path out = tmp.resolve("edited/out.jsonl");
        Path state = tmp.resolve("edited/state.jsonl");
        Path report = tmp.resolve("edited/report.json");
        assertEquals(0, ingest(corpus, out, "--state", state).exit());
        byte[] first = Files.readAllBytes(out);
        byte[] firstErrors = Files.readAllBytes(errorsOf(out));
        Files.write(out, Arrays.copyOf(first, first.length / 2));
        Files.delete(errorsOf(out));

        IngestCommandTest.Run again = ingest(corpus, out, "--state", state, "--report", report);

        assertEquals(0, again.exit(), again.err());
        assertArrayEquals(first, Files.readAllBytes(out));
        assertArrayEquals(firstErrors, Files.readAllBytes(errorsOf(out)));
        assertEquals("used", JSON.readTree(report.toFile()).get("state").get("status").asText());
        assertEquals(0, JSON.readTree(report.toFile()).get("files").get("processed").asInt());
    }

    @Test
    void afterChangesDeletionsAndAdditionsTheRefreshEqualsAFullRun() throws IOException {
        Path dir = tmp.resolve("changing");
        copySeeds(dir);
        GeneratedDumps.write(dir.resolve("gen"), 0, GENERATED);
        Files.write(dir.resolve("bundle.zip"), Archives.zip(Map.of("a.txt", GeneratedDumps.dump(500).getBytes(UTF_8),
                "b.txt", GeneratedDumps.dump(501).getBytes(UTF_8))));
        Files.write(dir.resolve("unchanged.zip"), Archives.zip(Map.of("c.txt", GeneratedDumps.dump(502).getBytes(UTF_8))));
        Path out = tmp.resolve("changing-out/out.jsonl");
        Path state = tmp.resolve("changing-out/state.jsonl");
        assertEquals(0, ingest(dir, out, "--state", state).exit());

        Files.writeString(dir.resolve("gen/dump-000003.txt"), GeneratedDumps.dump(1003));
        Files.delete(dir.resolve("gen/dump-000005.txt"));
        Files.writeString(dir.resolve("gen/dump-000100.txt"), GeneratedDumps.dump(100));
        // a copy of a seed, sorted before it: the reused seed's record becomes a duplicate of the new one
        Files.copy(dir.resolve("seeds/003_17932364b9efe2c0.txt"), dir.resolve("gen/copy-of-003.txt"));
        Files.writeString(dir.resolve("gen/dump-000007.meta.json"), "{\"url\":\"https://www.example.fr/dossier-7\"}");
        Files.write(dir.resolve("gen/broken.txt"), new byte[] {0, 1, 2, 3, 0, 0});
        Files.write(dir.resolve("bundle.zip"), Archives.zip(Map.of("a.txt", GeneratedDumps.dump(500).getBytes(UTF_8),
                "b.txt", GeneratedDumps.dump(503).getBytes(UTF_8), "d.txt", GeneratedDumps.dump(504).getBytes(UTF_8))));
        Path report = tmp.resolve("changing-out/report.json");
        IngestCommandTest.Run refresh = ingest(dir, out, "--state", state, "--report", report);
        Path fullOut = tmp.resolve("changing-full/out.jsonl");
        IngestCommandTest.Run full = ingest(dir, fullOut);

        assertEquals(0, refresh.exit(), refresh.err());
        assertEquals(0, full.exit(), full.err());
        assertArrayEquals(Files.readAllBytes(fullOut), Files.readAllBytes(out));
        assertArrayEquals(Files.readAllBytes(errorsOf(fullOut)), Files.readAllBytes(errorsOf(out)));
        JsonNode files = JSON.readTree(report.toFile()).get("files");
        // changed 3, sidecar of 7, new 100, the copy, the broken file and the changed zip; 5 removed
        assertEquals(6, files.get("processed").asInt(), files.toString());
        assertEquals(3, Files.readAllLines(out).stream().filter(l -> l.contains("\"path\":\"" + dir + "/bundle.zip!/"))
                .count(), "the changed zip's three entries");
        assertEquals(1, files.get("removed").asInt(), files.toString());
        assertTrue(new String(Files.readAllBytes(out), UTF_8).contains("\"duplicate_of\":\"" + dir
                + "/gen/copy-of-003.txt\""));
    }

    @Test
    void aStateFromOtherOptionsOrAnotherVersionIsNotUsed() throws IOException {
        Path out = tmp.resolve("options/out.jsonl");
        Path state = tmp.resolve("options/state.jsonl");
        Path report = tmp.resolve("options/report.json");
        assertEquals(0, ingest(corpus, out, "--state", state).exit());

        IngestCommandTest.Run otherDate = IngestCommandTest.run(null, "ingest", corpus.toString(), "-o", out.toString(),
                "--languages", "fr,en", "--state", state.toString(), "--reference-date", "2025-01-18",
                "--report", report.toString());
        assertEquals(0, otherDate.exit(), otherDate.err());
        assertTrue(otherDate.err().contains("not used: it was written with other options"), otherDate.err());
        assertEquals(5 + GENERATED, JSON.readTree(report.toFile()).get("files").get("processed").asInt());

        String written = Files.readString(state, UTF_8);
        Files.writeString(state, written.replaceFirst("\"version\":\"[^\"]*\"", "\"version\":\"0.0.1\""), UTF_8);
        IngestCommandTest.Run otherVersion = IngestCommandTest.run(null, "ingest", corpus.toString(), "-o",
                out.toString(), "--languages", "fr,en", "--state", state.toString(), "--reference-date", "2025-01-18",
                "--report", report.toString());
        assertTrue(otherVersion.err().contains("not used: it was written by coupure 0.0.1"), otherVersion.err());
        assertEquals(5 + GENERATED, JSON.readTree(report.toFile()).get("files").get("processed").asInt());
    }

    /** Records go through the spool (and the state) before they are written: they must come out as the pipeline gave them. */
    @Test
    void aRecordReadBackFromTheSpoolIsWrittenAsThePipelineGaveIt() throws Exception {
        Path out = tmp.resolve("spool/out.jsonl");
        assertEquals(0, ingest(corpus.resolve("seeds"), out, "--explain", "--state", tmp.resolve("spool/state")).exit());
        Pipeline pipeline = new Pipeline(LanguageIdentifier.forLanguages(List.of("fr", "en")), true);
        InputReader reader = new InputReader(1 << 20, null);
        List<String> lines = Files.readAllLines(out, UTF_8);
        assertEquals(5, lines.size());
        for (String line : lines) {
            JsonNode written = JSON.readTree(line);
            String path = written.get("source").get("path").asText();
            Outcome.Article direct = (Outcome.Article) pipeline.process(reader.read(new InputRef(path, Path.of(path))));
            ArticleRecord placed = direct.record().placed(written.path("duplicate_of").textValue(),
                    written.path("story").textValue());
            assertEquals(JsonLines.toJson(placed), line, path);
        }
    }

    @Test
    void helpGivesTheNewOptionsAndTheExitCodes() {
        String help = IngestCommandTest.run(null, "ingest", "--help").out();
        for (String expected : List.of("--state", "--report", "--max-failure-rate", "--progress",
                "or more than --max-failure-rate", "over 5 % of the inputs failed")) {
            assertTrue(help.contains(expected), expected + " in " + help);
        }
    }

    @Test
    void withMtimeReferenceATouchedFileIsProcessedAgain() throws IOException {
        Path dir = tmp.resolve("mtime");
        GeneratedDumps.write(dir, 0, 3);
        Path out = tmp.resolve("mtime-out/out.jsonl");
        Path state = tmp.resolve("mtime-out/state.jsonl");
        Path report = tmp.resolve("mtime-out/report.json");
        assertEquals(0, ingest(dir, out, "--state", state, "--mtime-reference").exit());
        Files.setLastModifiedTime(dir.resolve("dump-000001.txt"), FileTime.fromMillis(1_700_000_000_000L));

        assertEquals(0, ingest(dir, out, "--state", state, "--mtime-reference", "--report", report).exit());

        JsonNode files = JSON.readTree(report.toFile()).get("files");
        assertEquals(1, files.get("processed").asInt(), files.toString());
        assertEquals(2, files.get("reused").asInt(), files.toString());
    }

    @Test
    void aStateCutShortIsNotUsedAndTheOutputIsWholeAgain() throws IOException {
        Path out = tmp.resolve("cut/out.jsonl");
        Path state = tmp.resolve("cut/state.jsonl");
        assertEquals(0, ingest(corpus, out, "--state", state).exit());
        byte[] whole = Files.readAllBytes(out);
        byte[] written = Files.readAllBytes(state);
        Files.write(state, Arrays.copyOf(written, written.length / 2));

        IngestCommandTest.Run run = IngestCommandTest.run(null, "ingest", corpus.toString(), "-o", out.toString(),
                "--languages", "fr,en", "--state", state.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("not used: "), run.err());
        assertArrayEquals(whole, Files.readAllBytes(out));
        assertArrayEquals(written, Files.readAllBytes(state), "the new state is the same bytes again");
    }

    @Test
    void stateNeedsAnOutputFile() {
        IngestCommandTest.Run bad = IngestCommandTest.run(null, "ingest", "seeds", "--state",
                tmp.resolve("never.state").toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--state needs -o"), bad.err());
        Path out = tmp.resolve("same.jsonl");
        IngestCommandTest.Run same = IngestCommandTest.run(null, "ingest", "seeds", "-o", out.toString(), "--state",
                out.toString());
        assertEquals(2, same.exit());
        assertTrue(same.err().contains("--state must be a file of its own"), same.err());
    }

    @Test
    void theReportReconcilesWithTheRecordsAndFollowsItsSchema() throws IOException {
        Path dir = tmp.resolve("report-in");
        copySeeds(dir);
        Files.write(dir.resolve("seeds/picture.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0});
        Files.writeString(dir.resolve("seeds/notes.md"), "not a dump");
        Path out = tmp.resolve("report/out.jsonl");
        Path report = tmp.resolve("report/report.json");
        IngestCommandTest.Run run = ingest(dir, out, "--report", report, "--glob", "*.txt");
        assertEquals(0, run.exit(), run.err());

        JsonNode doc = JSON.readTree(report.toFile());
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of("docs/report-schema.json")));
        Set<ValidationMessage> problems = schema.validate(doc);
        assertTrue(problems.isEmpty(), problems.toString());

        JsonNode inputs = doc.get("inputs");
        assertEquals(inputs.get("total").asInt(), inputs.get("written").asInt() + inputs.get("failed").asInt()
                + inputs.get("skipped").asInt());
        assertEquals(Files.readAllLines(out).size(), inputs.get("written").asInt());
        assertEquals(Files.readAllLines(errorsOf(out)).size(), inputs.get("failed").asInt());
        assertEquals(5, inputs.get("written").asInt());
        assertEquals(1, inputs.get("failed").asInt());
        assertEquals(1, inputs.get("failed_by_kind").get("unsupported-format").asInt(), inputs.toString());
        assertEquals(1, inputs.get("skipped_by_reason").get("not matching --glob").asInt(), inputs.toString());
        assertEquals(5, doc.get("languages").get("fr").asInt());
        int dated = 0;
        for (JsonNode n : doc.get("published_by_source")) {
            dated += n.asInt();
        }
        assertEquals(5, dated, "every record counted once, under its date's source or none");
        assertTrue(doc.get("entities").get("by_type").get("PER").asInt() > 0);
        assertEquals("coupure.report/1", doc.get("schema").asText());
    }

    @Test
    void maxFailureRateDecidesTheExitCode() throws IOException {
        Path dir = tmp.resolve("failing");
        GeneratedDumps.write(dir, 0, 3);
        Files.write(dir.resolve("zz-broken.txt"), new byte[] {0, 0, 0, 1});
        Path out = tmp.resolve("failing-out/out.jsonl");
        // one input of four failed: 0.25
        assertEquals(0, ingest(dir, out, "--max-failure-rate", "0.25").exit());
        assertEquals(1, ingest(dir, out, "--max-failure-rate", "0.2").exit());
        assertEquals(0, ingest(dir, out).exit(), "no policy: failures are in the error records only");
        assertEquals(2, ingest(dir, out, "--max-failure-rate", "1.5").exit());
    }

    @Test
    void outputFilesGetTheUmasksPermissionsNotATemporaryFilesOnes() throws IOException {
        Path out = tmp.resolve("modes/out.jsonl");
        Path state = tmp.resolve("modes/state.jsonl");
        assertEquals(0, ingest(corpus, out, "--state", state).exit());
        Path fresh = tmp.resolve("modes/fresh");
        Files.newOutputStream(fresh).close();
        Set<PosixFilePermission> umasked = Files.getPosixFilePermissions(fresh);
        assertEquals(umasked, Files.getPosixFilePermissions(out));
        assertEquals(umasked, Files.getPosixFilePermissions(errorsOf(out)));
        assertEquals(umasked, Files.getPosixFilePermissions(state));
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith(".")).toList(),
                    "no temporary file is left");
        }
    }

    /** Gives every file under a directory the modification time of an hour ago, as an archive's files have when its refresh comes. */
    static void settle(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(AN_HOUR_AGO));
            }
        }
    }

    static Path errorsOf(Path output) {
        return Path.of(output + ".errors.jsonl");
    }

    /** {@code coupure ingest DIR -o OUT ARGS --languages fr,en -q}. */
    static IngestCommandTest.Run ingest(Path dir, Path out, Object... args) {
        List<String> all = new ArrayList<>(List.of("ingest", dir.toString(), "-o", out.toString(), "--languages", "fr,en",
                "-q"));
        for (Object a : args) {
            all.add(a.toString());
        }
        return IngestCommandTest.run(null, all.toArray(String[]::new));
    }
}
