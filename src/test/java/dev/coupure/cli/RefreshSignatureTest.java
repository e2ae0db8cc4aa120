package dev.coupure.cli;

import static dev.coupure.cli.RefreshCommandTest.AN_HOUR_AGO;
import static dev.coupure.cli.RefreshCommandTest.errorsOf;
import static dev.coupure.cli.RefreshCommandTest.ingest;
import static dev.coupure.cli.RefreshCommandTest.settle;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refresh knows an input, and the output it left, by their signature (size, modification time,
 * file key) when the state recorded one, without reading them; a signature is recorded only for a
 * file modified more than 2 s before the run started (docs/refresh.md, "What makes an input
 * unchanged"). Files here are given modification times an hour old, as an archive's files are
 * when the nightly refresh comes, unless a test says otherwise.
 */
class RefreshSignatureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path out;
    private Path state;

    @BeforeEach
    void files() {
        out = tmp.resolve("out/out.jsonl");
        state = tmp.resolve("out/state.jsonl");
    }

    /**
     * The same bytes in the same file, one word swapped for another of the same length: the size,
     * the file key and (set back) the time stay, so that only reading the file would show the change.
     */
    private static void editKeepingSizeAndTime(Path file) throws IOException {
        FileTime time = Files.getLastModifiedTime(file);
        long size = Files.size(file);
        String text = Files.readString(file, UTF_8);
        assertTrue(text.contains("opposition"), text);
        Files.writeString(file, text.replace("opposition", "majorities"), UTF_8);
        Files.setLastModifiedTime(file, time);
        assertEquals(size, Files.size(file));
    }

    @Test
    void anInputWhoseSignatureIsTheRecordedOneIsNotReadAgain() throws IOException {
        Path dir = dumps(3);
        firstRun(dir);
        byte[] first = Files.readAllBytes(out);

        // Not something a user should do: what it shows is that the refresh did not read the file.
        // rsync's quick check misses such an edit the same way (docs/refresh.md).
        editKeepingSizeAndTime(dir.resolve("dump-000001.txt"));
        JsonNode report = refresh(dir);

        assertInputs(report, 0, 0);
        assertEquals("unchanged", status(report));
        assertArrayEquals(first, Files.readAllBytes(out));
    }

    @Test
    void anInputWrittenAgainIsProcessedAgainAndItsNewSignatureRecorded() throws IOException {
        Path dir = dumps(3);
        firstRun(dir);

        Path file = dir.resolve("dump-000001.txt");
        editKeepingSizeAndTime(file);
        Files.setLastModifiedTime(file, FileTime.from(AN_HOUR_AGO.plus(Duration.ofMinutes(30))));
        assertProcessedAgain(dir);
        assertEquals(0, hashed(refresh(dir)), "the new signature was recorded");
    }

    @Test
    void aFilePutInPlaceWithTheSameSizeAndTimeIsSeenByItsKey() throws IOException {
        Path dir = dumps(3);
        firstRun(dir);

        // as rsync and most tools replace a file: a new one written beside it, given its time, renamed over it
        Path file = dir.resolve("dump-000001.txt");
        Path copy = tmp.resolve("copy.txt");
        Files.copy(file, copy);
        editKeepingSizeAndTime(copy);
        Files.setLastModifiedTime(copy, Files.getLastModifiedTime(file));
        Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertProcessedAgain(dir);
    }

    @Test
    void aTouchedInputIsHashedReusedAndKnownByItsNewSignatureNextTime() throws IOException {
        Path dir = dumps(3);
        firstRun(dir);
        settle(out.getParent());
        byte[] first = Files.readAllBytes(out);

        Files.setLastModifiedTime(dir.resolve("dump-000002.txt"), FileTime.from(AN_HOUR_AGO.plusSeconds(60)));
        JsonNode touched = refresh(dir);
        JsonNode next = refresh(dir);

        assertInputs(touched, 1, 0);
        assertEquals("unchanged", status(touched));
        assertEquals(0, hashed(next), "the refresh that hashed it recorded its signature");
        assertArrayEquals(first, Files.readAllBytes(out));
    }

    @Test
    void aFileModifiedAroundTheRunsStartIsHashedByTheNextRun() throws IOException {
        Path dir = dumps(3);
        Path racy = dir.resolve("dump-000002.txt");
        // stamped within the 2 s before the run starts, or during it: the same tick could hold another write
        Files.setLastModifiedTime(racy, FileTime.from(Instant.now().plusSeconds(1)));
        firstRun(dir);
        assertTrue(closingLine(state, racy).get("signature").isNull(), "no signature recorded for it");
        assertTrue(closingLine(state, dir.resolve("dump-000001.txt")).get("signature").isObject());

        editKeepingSizeAndTime(racy);
        assertProcessedAgain(dir);
    }

    @Test
    void aSidecarThatAppearsChangesOrGoesIsSeen() throws IOException {
        Path dir = dumps(3);
        Files.writeString(dir.resolve("dump-000000.meta.json"), "{\"url\":\"https://www.example.fr/zero\"}");
        settle(dir);
        firstRun(dir);

        Path appearing = dir.resolve("dump-000001.meta.json");
        Files.writeString(appearing, "{\"url\":\"https://www.example.fr/un\"}");
        Files.setLastModifiedTime(appearing, FileTime.from(AN_HOUR_AGO));
        assertProcessedAgain(dir);

        Path sidecar = dir.resolve("dump-000000.meta.json");
        Files.writeString(sidecar, "{\"url\":\"https://www.example.fr/zéro\"}");
        Files.setLastModifiedTime(sidecar, FileTime.from(AN_HOUR_AGO.plusSeconds(60)));
        assertProcessedAgain(dir);

        Files.delete(appearing);
        assertProcessedAgain(dir);
    }

    @Test
    void aStateWithoutSignaturesIsUsedAndLearnsThem() throws IOException {
        Path dir = dumps(4);
        firstRun(dir);
        withoutSignatures(state);
        settle(out.getParent());
        byte[] first = Files.readAllBytes(out);
        FileTime written = Files.getLastModifiedTime(out);

        JsonNode old = refresh(dir);

        assertEquals(4, hashed(old), old.toString());
        assertEquals(4, old.get("files").get("reused").asInt(), old.toString());
        assertEquals("unchanged", status(old));
        assertEquals(written, Files.getLastModifiedTime(out), "the output is kept");
        assertArrayEquals(first, Files.readAllBytes(out));
        assertTrue(closingLine(state, dir.resolve("dump-000003.txt")).get("signature").isObject());
        assertTrue(writtenLine(state).get("output").get("stat").isObject(), writtenLine(state).toString());
        assertEquals(0, hashed(refresh(dir)));
    }

    @Test
    void aRefreshWithChangesRecordsTheSignaturesOfTheInputsItHashedAndReused() throws IOException {
        Path dir = dumps(3);
        firstRun(dir);
        withoutSignatures(state);

        GeneratedDumps.write(dir, 3, 4);
        settle(dir);
        JsonNode added = refresh(dir);

        assertEquals(4, hashed(added), added.toString());
        assertEquals(3, added.get("files").get("reused").asInt(), added.toString());
        assertEquals(0, hashed(refresh(dir)));
        assertSameAsAFullRun(dir);
    }

    @Test
    void anOutputKnownByItsStatIsKeptUnreadAndAnEditedOneIsWrittenAgain() throws IOException {
        Path dir = dumps(3);
        firstRun(dir);
        byte[] first = Files.readAllBytes(out);
        assertTrue(writtenLine(state).get("output").get("stat").isNull(), "written just now: too recent to be told by its stat");
        settle(out.getParent());
        byte[] stateBefore = Files.readAllBytes(state);

        JsonNode learning = refresh(dir);
        assertEquals("unchanged", status(learning));
        assertTrue(writtenLine(state).get("output").get("stat").isObject(), "the refresh that hashed it recorded its stat");
        byte[] learned = Files.readAllBytes(state);
        assertFalse(Arrays.equals(stateBefore, learned));
        assertEquals(0, hashed(refresh(dir)));
        assertArrayEquals(learned, Files.readAllBytes(state), "nothing new: the state is not touched");

        // known by its stat, the output is not read: an edit that keeps size, file and time is not seen
        editKeepingSizeAndTime(out);
        assertEquals("unchanged", status(refresh(dir)));

        Files.setLastModifiedTime(out, FileTime.from(Instant.now()));
        JsonNode edited = refresh(dir);
        assertEquals("used", status(edited));
        assertEquals(0, edited.get("files").get("processed").asInt(), edited.toString());
        assertArrayEquals(first, Files.readAllBytes(out));
    }

    /** {@code n} generated dumps in a directory of their own, modified an hour ago. */
    private Path dumps(int n) throws IOException {
        Path dir = tmp.resolve("in");
        GeneratedDumps.write(dir, 0, n);
        settle(dir);
        return dir;
    }

    private void firstRun(Path dir) {
        IngestCommandTest.Run run = ingest(dir, out, "--state", state);
        assertEquals(0, run.exit(), run.err());
    }

    /** The report says so many inputs hashed and so many processed. */
    private static void assertInputs(JsonNode report, int hashed, int processed) {
        assertEquals(hashed, hashed(report), report.toString());
        assertEquals(processed, report.get("files").get("processed").asInt(), report.toString());
    }

    private static int hashed(JsonNode report) {
        return report.get("files").get("hashed").asInt();
    }

    private static String status(JsonNode report) {
        return report.get("state").get("status").asText();
    }

    /** A refresh finds one input changed, by its signature and then its hash, and gives what a full run gives. */
    private void assertProcessedAgain(Path dir) throws IOException {
        assertInputs(refresh(dir), 1, 1);
        assertSameAsAFullRun(dir);
    }

    private JsonNode refresh(Path dir) throws IOException {
        Path report = tmp.resolve("report.json");
        IngestCommandTest.Run run = ingest(dir, out, "--state", state, "--report", report);
        assertEquals(0, run.exit(), run.err());
        return JSON.readTree(report.toFile());
    }

    private void assertSameAsAFullRun(Path dir) throws IOException {
        Path full = tmp.resolve("full/out.jsonl");
        assertEquals(0, ingest(dir, full).exit());
        assertArrayEquals(Files.readAllBytes(full), Files.readAllBytes(out));
        assertArrayEquals(Files.readAllBytes(errorsOf(full)), Files.readAllBytes(errorsOf(out)));
    }

    private static JsonNode closingLine(Path state, Path input) throws IOException {
        for (String line : Files.readAllLines(state, UTF_8)) {
            JsonNode node = JSON.readTree(line);
            if (node.has("input") && node.get("input").get("path").asText().equals(input.toString())) {
                return node.get("input");
            }
        }
        throw new AssertionError(input + " not in " + state);
    }

    private static JsonNode writtenLine(Path state) throws IOException {
        List<String> lines = Files.readAllLines(state, UTF_8);
        return JSON.readTree(lines.get(lines.size() - 1)).get("written");
    }

    /** The state as a build before signatures wrote it: no signature on inputs, no stat on written files. */
    private static void withoutSignatures(Path state) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(state, UTF_8)) {
            JsonNode node = JSON.readTree(line);
            if (node.has("input")) {
                ((ObjectNode) node.get("input")).remove("signature");
                line = JSON.writeValueAsString(node);
            } else if (node.has("written")) {
                ((ObjectNode) node.get("written").get("output")).remove("stat");
                ((ObjectNode) node.get("written").get("errors")).remove("stat");
                line = JSON.writeValueAsString(node);
            }
            lines.add(line);
        }
        Files.write(state, lines, UTF_8);
        assertFalse(Files.readString(state).contains("signature"));
    }
}
