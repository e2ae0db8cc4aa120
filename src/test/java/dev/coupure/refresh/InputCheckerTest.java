package dev.coupure.refresh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coupure.input.InputRef;
import dev.coupure.input.InputWalker;
import dev.coupure.input.Skips;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule for recording a signature: every file of the input modified more than 2 s before the run started. */
class InputCheckerTest {

    private static final Instant START = Instant.parse("2026-01-05T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aSignatureIsRecordedOnlyForAnInputModifiedMoreThanTheMarginBeforeTheRun() throws IOException {
        write("a-settled.txt", START.minusMillis(2001));
        write("b-at-the-margin.txt", START.minusMillis(2000));
        write("c-during-the-run.txt", START.plusSeconds(5));
        write("d-sidecar-recent.txt", START.minusSeconds(600));
        write("d-sidecar-recent.meta.json", START.minusMillis(1999));
        write("e-sidecar-settled.txt", START.minusSeconds(600));
        write("e-sidecar-settled.meta.json", START.minusSeconds(3));
        List<InputRef> refs = new InputWalker(null, new Skips()).expand(List.of(dir.toString()));
        InputChecker checker = new InputChecker(null, START, false);
        List<InputChecker.Check> checks = refs.stream().map(checker::check).toList();

        assertEquals(5, checks.size());
        assertTrue(checks.stream().allMatch(c -> c.hashed() && c.digest() != null), checks.toString());
        assertNotNull(checks.get(0).signature());
        assertNull(checks.get(1).signature(), "modified 2 s before the start: the same tick of a FAT clock");
        assertNull(checks.get(2).signature());
        assertNull(checks.get(3).signature(), "its sidecar is too recent");
        assertEquals("e-sidecar-settled.meta.json", checks.get(4).signature().sidecar());
        assertEquals(Files.size(dir.resolve("e-sidecar-settled.meta.json")), checks.get(4).signature().sidecarStat().size());
    }

    private void write(String name, Instant modified) throws IOException {
        Path file = Files.writeString(dir.resolve(name), name.endsWith(".json") ? "{\"url\":\"https://example.fr/" + name + "\"}"
                : "Le texte de " + name + ".\n");
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }
}
