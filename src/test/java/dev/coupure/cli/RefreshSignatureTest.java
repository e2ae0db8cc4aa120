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
        Path out = tmp.resolve("out/out.jsonl");
        Path state = tmp.resolve("out/state.jsonl");
        assertEquals(0, ingest(dir, out, "--state", state).exit());
        byte[] first = Files.readAllBytes(out);

        // Not something a user should do: what it shows is that the refresh did not read the file.
        // rsync's quick check and git's index miss such an edit the same way (docs/refresh.md).
        editKeepingSizeAndTime(dir.resolve("dump-000001.txt"));
        JsonNode report = refresh(dir, out, state);

        assertEquals(0, report.get("files").get("hashed").asInt(), report.toString());
        assertEquals(0, report.get("files").get("processed").asInt(), report.toString());
        assertEquals("unchanged", report.get("state").get("status").asText());
        assertArrayEquals(first, Files.readAllBytes(out));
    }

    @Test
    void anInputWrittenAgainIsProcessedAgainAndItsNewSignatureRecorded() throws IOException {
        Path dir = dumps(3);
        Path out = tmp.resolve("out/out.jsonl");
        Path state = tmp.resolve("out/state.jsonl");
        assertEquals(0, ingest(dir, out, "--state", state).exit());

        Path file = dir.resolve("dump-000001.txt");
        editKeepingSizeAndTime(file);
        Files.setLastModifiedTime(file, FileTime.from(AN_HOUR_AGO.plus(Duration.ofMinutes(30))));
        JsonNode report = refresh(dir, out, state);

        assertEquals(1, report.get("files").get("hashed").asInt(), report.toString());
        assertEquals(1, report.get("files").get("processed").asInt(), report.toString());
        assertSameAsAFullRun(dir, out);
        assertEquals(0, refresh(dir, out, state).get("files").get("hashed").asInt(), "the new signature was recorded");
    }

    @Test
    void aFilePutInPlaceWithTheSameSizeAndTimeIsSeenByItsKey() throws IOException {
        Path dir = dumps(3);
        Path out = tmp.resolve("out/out.jsonl");
        Path state = tmp.resolve("out/state.jsonl");
        assertEquals(0, ingest(dir, out, "--state", state).exit());

        // as rsync and most tools replace a file: a new one written beside it, given its time, renamed over it
        Path file = dir.resolve("dump-000001.txt");
        Path copy = tmp.resolve("copy.txt");
        Files.copy(file, copy);
        editKeepingSizeAndTime(copy);
        Files.setLastModifiedTime(copy, Files.getLastModifiedTime(file));
        Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        JsonNode report = refresh(dir, out, state);

        assertEquals(1, report.get("files").get("hashed").asInt(), report.toString());
        assertEquals(1, report.get("files").get("processed").asInt(), report.toString());
        assertSameAsAFullRun(dir, out);
    }

    @Test
    void aTouchedInputIsHashedReusedAndKnownByItsNewSignatureNextTime() throws IOException {
        Path dir = dumps(3);
        Path out = tmp.resolve("out/out.jsonl");
        Path state = tmp.resolve("out/state.jsonl");
        assertEquals(0, ingest(dir, out, "--state", state).exit());
        settle(out.getParent());
        byte[] first = Files.readAllBytes(out);

        Files.setLastModifiedTime(dir.resolve("dump-000002.txt"), FileTime.from(AN_HOUR_AGO.plusSeconds(60)));
        JsonNode touched = refresh(dir, out, state);
        JsonNode next = refresh(dir, out, state);

        assertEquals(1, touched.get("files").get("hashed").asInt(), touched.toString());
        assertEquals(0, touched.get("files").get("processed").asInt(), touched.toString());
        assertEquals("unchanged", touched.get("state").get("status").asText());
        assertEquals(0, next.get("files").get("hashed").asInt(), "the refresh that hashed it recorded its signature");
        assertArrayEquals(first, Files.readAllBytes(out));
    }

    @Test
    void aFileModifiedAroundTheRunsStartIsHashedByTheNextRun() throws IOException {
        Path dir = dumps(3);
        Path racy = dir.resolve("dump-000002.txt");
        // stamped within the 2 s before the run starts, or during it: the same tick could hold another write
        Files.setLastModifiedTime(racy, FileTime.from(Instant.now().plusSeconds(1)));
        Path out = tmp.resolve("out/out.jsonl");
        Path state = tmp.resolve("out/state.jsonl");
        assertEquals(0, ingest(dir, out, "--state", state).exit());
        assertTrue(closingLine(state, racy).get("signature").isNull(), "no signature recorded for it");
        assertTrue(closingLine(state, dir.resolve("dump-000001.txt")).get("signature").isObject());

        editKeepingSizeAndTime(racy);
        JsonNode report = refresh(dir, out, state);

        assertEquals(1, report.get("files").get("hashed").asInt(), report.toString());
        assertEquals(1, report.get("files").get("processed").asInt(), report.toString());
        assertSameAsAFullRun(dir, out);
    }

    @Test
    void aSidecarThatAppearsChangesOrGoesIsSeen() throws IOException {
        Path dir = dumps(3);
        Files.writeString(dir.resolve("dump-000000.meta.json"), "{\"url\":\"https://www.example.fr/zero\"}");
        settle(dir);
        Path out = tmp.resolve("out/out.jsonl");
        Path state = tmp.resolve("out/state.jsonl");
        assertEquals(0, ingest(dir, out, "--state", state).exit());

        Path appearing = dir.resolve("dump-000001.meta.json");
        Files.writeString(appearing, "{\"url\":\"https://www.example.fr/un\"}");
        Files.setLastModifiedTime(appearing, FileTime.from(AN_HOUR_AGO));
        JsonNode appeared = refresh(dir, out, state);
        assertEquals(1, appeared.get("files").get("processed").asInt(), appeared.toString());
        assertSameAsAFullRun(dir, out);

        Path sidecar = dir.resolve("dump-000000.meta.json");
        Files.writeString(sidecar, "{\"url\":\"https://www.example.fr/zéro\"}");
        JsonNode changed = refresh(dir, out, state);
        assertEquals(1, changed.get("files").get("processed").asInt(), changed.toString());
        assertSameAsAFullRun(dir, out);

        Files.delete(appearing);
        JsonNode gone = refresh(dir, out, state);
        assertEquals(1, gone.get("files").get("processed").asInt(), gone.toString());
        assertSameAsAFullRun(dir, out);
    }

    @Test
    void aStateWithoutSignaturesIsUsedAndLearnsThem() throws IOException {
        Path dir = dumps(4);
        Path out = tmp.resolve("out/out.jsonl");
        Path state = tmp.resolve("out/state.jsonl");
        assertEquals(0, ingest(dir, out, "--state", state).exit());
        withoutSignatures(state);
        settle(out.getParent());
        byte[] first = Files.readAllBytes(out);
        FileTime written = Files.getLastModifiedTime(out);

        JsonNode old = refresh(dir, out, state);

        assertEquals(4, old.get("files").get("hashed").asInt(), old.toString());
        assertEquals(4, old.get("files").get("reused").asInt(), old.toString());
        assertEquals("unchanged", old.get("state").get("status").asText());
        assertEquals(written, Files.getLastModifiedTime(out), "the output is kept");
        assertArrayEquals(first, Files.readAllBytes(out));
        assertTrue(closingLine(state, dir.resolve("dump-000003.txt")).get("signature").isObject());
        assertTrue(writtenLine(state).get("output").get("stat").isObject(), writtenLine(state).toString());
        assertEquals(0, refresh(dir, out, state).get("files").get("hashed").asInt());
    }

    @Test
    void aRefreshWithChangesRecordsTheSignaturesOfTheInputsItHashedAndReused() throws IOException {
        Path dir = dumps(3);
        Path out = tmp.resolve("out/out.jsonl");
        Path state = tmp.resolve("out/state.jsonl");
        assertEquals(0, ingest(dir, out, "--state", state).exit());
        withoutSignatures(state);

        GeneratedDumps.write(dir, 3, 4);
        settle(dir);
        JsonNode added = refresh(dir, out, state);

        assertEquals(4, added.get("files").get("hashed").asInt(), added.toString());
        assertEquals(3, added.get("files").get("reused").asInt(), added.toString());
        assertEquals(0, refresh(dir, out, state).get("files").get("hashed").asInt());
        assertSameAsAFullRun(dir, out);
    }

    @Test
    void anOutputKnownByItsStatIsKeptUnreadAndAnEditedOneIsWrittenAgain() throws IOException {
        Path dir = dumps(3);
        Path out = tmp.resolve("out/out.jsonl");
        Path state = tmp.resolve("out/state.jsonl");
        assertEquals(0, ingest(dir, out, "--state", state).exit());
        byte[] first = Files.readAllBytes(out);
        assertTrue(writtenLine(state).get("output").get("stat").isNull(), "written just now: too recent to be told by its stat");
        settle(out.getParent());
        byte[] stateBefore = Files.readAllBytes(state);

        JsonNode learning = refresh(dir, out, state);
        assertEquals("unchanged", learning.get("state").get("status").asText());
        assertTrue(writtenLine(state).get("output").get("stat").isObject(), "the refresh that hashed it recorded its stat");
        byte[] learned = Files.readAllBytes(state);
        assertFalse(Arrays.equals(stateBefore, learned));
        assertEquals(0, refresh(dir, out, state).get("files").get("hashed").asInt());
        assertArrayEquals(learned, Files.readAllBytes(state), "nothing new: the state is not touched");

        // known by its stat, the output is not read: an edit that keeps size, file and time is not seen
        editKeepingSizeAndTime(out);
        assertEquals("unchanged", refresh(dir, out, state).get("state").get("status").asText());

        Files.setLastModifiedTime(out, FileTime.from(Instant.now()));
        JsonNode edited = refresh(dir, out, state);
        assertEquals("used", edited.get("state").get("status").asText());
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

    private JsonNode refresh(Path dir, Path out, Path state) throws IOException {
        Path report = tmp.resolve("report.json");
        IngestCommandTest.Run run = ingest(dir, out, "--state", state, "--report", report);
        assertEquals(0, run.exit(), run.err());
        return JSON.readTree(report.toFile());
    }

    private void assertSameAsAFullRun(Path dir, Path out) throws IOException {
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
