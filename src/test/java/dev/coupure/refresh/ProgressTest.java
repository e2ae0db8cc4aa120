package dev.coupure.refresh;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/** What progress prints where: the terminal case is in dev.coupure.cli.ProgressCommandTest. */
class ProgressTest {

    @Test
    void nothingUnderQuietNorWhenNotATerminalUnlessAsked() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(err, true, UTF_8);
        // surefire's forked JVM has no console: neither choice may be the bar
        for (boolean quiet : new boolean[] {true, false}) {
            try (Progress p = Progress.choose(quiet, quiet, 10, stream)) {
                p.update(10, 10);
            }
        }
        assertEquals("", err.toString(UTF_8));
    }

    @Test
    void aPlainLineSaysHowFarTheRunIs() throws InterruptedException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Progress p = new Progress.Plain(40, new PrintStream(err, true, UTF_8), 1_000_000)) {
            Thread.sleep(5);
            p.update(12, 30);
        }
        assertTrue(err.toString(UTF_8).matches("coupure: 12/40 inputs, 30 records, [0-9.]+ records/s\\R"),
                err.toString(UTF_8));
    }
}
