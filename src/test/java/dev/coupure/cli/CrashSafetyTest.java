package dev.coupure.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refresh killed with SIGKILL ({@code destroyForcibly}) at several moments, in a process of its
 * own: the output and error records are always the previous run's or the new run's, whole, and
 * the next run gives what an uninterrupted run gives.
 */
class CrashSafetyTest {

    @TempDir
    Path tmp;

    @Test
    void aKilledRefreshLeavesWholeFilesAndTheRerunEqualsAnUninterruptedRun() throws Exception {
        Path dir = tmp.resolve("in");
        RefreshCommandTest.copySeeds(dir);
        GeneratedDumps.write(dir.resolve("gen"), 0, 40);
        Path out = tmp.resolve("out/out.jsonl");
        Path state = tmp.resolve("out/state.jsonl");
        assertEquals(0, RefreshCommandTest.ingest(dir, out, "--state", state).exit());
        byte[] before = Files.readAllBytes(out);
        byte[] beforeErrors = Files.readAllBytes(RefreshCommandTest.errorsOf(out));

        GeneratedDumps.write(dir.resolve("gen"), 30, 60);
        Files.write(dir.resolve("gen/zz-broken.txt"), new byte[] {0, 0, 1});
        Path fullOut = tmp.resolve("full/out.jsonl");
        assertEquals(0, RefreshCommandTest.ingest(dir, fullOut).exit());
        byte[] after = Files.readAllBytes(fullOut);
        byte[] afterErrors = Files.readAllBytes(RefreshCommandTest.errorsOf(fullOut));

        for (long delay : new long[] {200, 1200, 2500, 4000}) {
            Process p = refresh(dir, out, state, "0022");
            if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
            }
            byte[] now = Files.readAllBytes(out);
            assertTrue(Arrays.equals(before, now) || Arrays.equals(after, now), "killed after " + delay + " ms");
            byte[] nowErrors = Files.readAllBytes(RefreshCommandTest.errorsOf(out));
            assertTrue(Arrays.equals(beforeErrors, nowErrors) || Arrays.equals(afterErrors, nowErrors));
        }

        // One more input, so that the rerun has something to write even if the last kill came too
        // late: a refresh in which nothing changed keeps the files in place, with their old mode.
        GeneratedDumps.write(dir.resolve("gen"), 60, 61);
        assertEquals(0, RefreshCommandTest.ingest(dir, fullOut).exit());
        after = Files.readAllBytes(fullOut);
        afterErrors = Files.readAllBytes(RefreshCommandTest.errorsOf(fullOut));
        // what a kill during the write phase leaves, whichever moments the kills above hit
        Path partial = Files.writeString(out.getParent().resolve(".state.jsonl.coupure-tmp"), "{\"schema\":");
        Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
        Process rerun = refresh(dir, out, state, "0002");
        assertTrue(rerun.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, rerun.exitValue(), new String(rerun.getErrorStream().readAllBytes()));
        assertArrayEquals(after, Files.readAllBytes(out));
        assertArrayEquals(afterErrors, Files.readAllBytes(RefreshCommandTest.errorsOf(out)));
        // the umask of the process that wrote them, not a temporary file's 0600
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(state)));
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith(".")).toList(),
                    "the temporary files a killed run left are gone");
        }
    }

    /** {@code coupure ingest} in a JVM of its own, on the tests' class path, under a umask. */
    private Process refresh(Path dir, Path out, Path state, String umask) throws IOException {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ingest", dir.toString(), "-o",
                out.toString(), "--state", state.toString(), "--languages", "fr,en", "-q", "--threads", "1"));
        List<String> command = new ArrayList<>(List.of("sh", "-c", "umask " + umask + " && exec \"$@\"", "sh"));
        command.addAll(java);
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
