package dev.coupure.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress bar shows on a terminal, and nowhere else; -q prints nothing. */
class ProgressCommandTest {

    @TempDir
    Path tmp;

    @Test
    void aTerminalGetsTheBar() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "script(1) gives the run a terminal");
        String java = String.join(" ", Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "ingest", "seeds", "-o",
                tmp.resolve("out.jsonl").toString(), "--languages", "fr,en");
        Process p = new ProcessBuilder(List.of("/usr/bin/script", "-qec", java, "/dev/null"))
                .redirectInput(ProcessBuilder.Redirect.PIPE).redirectErrorStream(true).start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String terminal = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), terminal);
        assertTrue(terminal.contains("5/5 inputs"), terminal);
        assertTrue(terminal.contains("coupure: read 5, written 5"), terminal);
    }

    @Test
    void notATerminalGetsTheSummaryOnlyAndQuietNothing() {
        IngestCommandTest.Run plain = IngestCommandTest.run(null, "ingest", "seeds", "-o",
                tmp.resolve("plain.jsonl").toString(), "--languages", "fr,en");
        assertEquals(0, plain.exit());
        assertTrue(plain.err().matches("coupure: read 5, written 5, failed 0, skipped 0, [0-9.]+ s\\R"), plain.err());
        IngestCommandTest.Run quiet = IngestCommandTest.run(null, "ingest", "seeds", "-o",
                tmp.resolve("quiet.jsonl").toString(), "--languages", "fr,en", "--progress", "-q");
        assertEquals("", quiet.err());
        assertFalse(quiet.out().contains("inputs"));
    }
}
