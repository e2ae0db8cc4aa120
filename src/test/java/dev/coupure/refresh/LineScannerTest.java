package dev.coupure.refresh;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The state's line reader: lines of any length, across its blocks, with their end offsets. */
class LineScannerTest {

    @Test
    void linesAndOffsetsAcrossBlocks() throws IOException {
        String longLine = "é".repeat(70_000);
        byte[] file = ("a\n\n" + longLine + "\nlast\n").getBytes(UTF_8);
        PreviousState.LineScanner lines = new PreviousState.LineScanner(new ByteArrayInputStream(file));
        List<String> read = new ArrayList<>();
        List<Long> ends = new ArrayList<>();
        while (lines.next()) {
            read.add(new String(lines.bytes, 0, lines.length, UTF_8));
            ends.add(lines.end);
        }
        assertEquals(List.of("a", "", longLine, "last"), read);
        long afterLong = 3 + longLine.getBytes(UTF_8).length + 1;
        assertEquals(List.of(2L, 3L, afterLong, (long) file.length), ends);
    }

    @Test
    void aFileCutShortIsAnError() throws IOException {
        PreviousState.LineScanner lines = new PreviousState.LineScanner(new ByteArrayInputStream("a\nb".getBytes(UTF_8)));
        assertTrue(lines.next());
        assertThrows(IOException.class, lines::next);
        assertFalse(new PreviousState.LineScanner(new ByteArrayInputStream(new byte[0])).next());
    }
}
