package dev.coupure.refresh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rename protocol: files replaced in order, the state last, so a crash between renames leaves the old state. */
class ReplacementTest {

    @TempDir
    Path tmp;

    @Test
    void aCrashBetweenRenamesLeavesTheLastFileOldAndNoPartialFile() throws IOException {
        Path output = tmp.resolve("out.jsonl");
        Path state = tmp.resolve("state.jsonl");
        Files.writeString(output, "old output\n");
        Files.writeString(state, "old state\n");
        Replacement replacement = new Replacement();
        Files.writeString(replacement.add(output), "new output\n");
        Files.writeString(replacement.add(state), "new state\n");

        assertThrows(IllegalStateException.class, () -> replacement.commit(() -> {
            throw new IllegalStateException("killed");
        }));

        assertEquals("new output\n", Files.readString(output));
        assertEquals("old state\n", Files.readString(state), "the state is renamed last");
        replacement.close();
        assertFalse(Files.exists(tmp.resolve(".state.jsonl.coupure-tmp")), "the temporary file is removed");
    }

    @Test
    void allFilesAreReplacedOnCommit() throws IOException {
        Path output = tmp.resolve("sub/out.jsonl");
        try (Replacement replacement = new Replacement()) {
            Files.writeString(replacement.add(output), "new\n");
            replacement.commit();
        }
        assertEquals("new\n", Files.readString(output));
    }
}
