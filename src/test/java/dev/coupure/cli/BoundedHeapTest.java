package dev.coupure.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedHeapTest {

    private static final long GIB = 1L << 30;

    @Test
    void theDefaultHeapOfABigMachineIsBounded() {
        assertTrue(BoundedHeap.unbounded(List.of("-Dfile.encoding=UTF-8"), 6 * GIB));
    }

    @Test
    void aHeapTheUserSetIsTheirs() {
        assertFalse(BoundedHeap.unbounded(List.of("-Xmx4g"), 4 * GIB));
        assertFalse(BoundedHeap.unbounded(List.of("-XX:MaxRAMPercentage=50"), 6 * GIB));
        assertFalse(BoundedHeap.unbounded(List.of("-XX:MaxHeapSize=3g"), 3 * GIB));
    }

    @Test
    void aJvmUnderADebuggerOrARecordingIsLeftAsItIs() {
        assertFalse(BoundedHeap.unbounded(List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005"), 6 * GIB));
        assertFalse(BoundedHeap.unbounded(List.of("-XX:StartFlightRecording=filename=run.jfr"), 6 * GIB));
        assertFalse(BoundedHeap.unbounded(List.of("-Xlog:gc:file=gc.log"), 6 * GIB));
    }

    @Test
    void aSmallMachineNeedsNoChild() {
        assertFalse(BoundedHeap.unbounded(List.of(), 900L << 20));
    }

    @Test
    void onlyTheCommandLineRelaunches() {
        assertTrue(BoundedHeap.startedAsCommand(Main.class.getName() + " ingest seeds -o out.jsonl"));
        assertFalse(BoundedHeap.startedAsCommand("org.apache.maven.surefire.booter.ForkedBooter /tmp/surefire 1"));
        assertFalse(BoundedHeap.startedAsCommand(""));
    }

    @Test
    void theChildRunsTheSameArgumentsWithTheBoundAndTheMarker() {
        List<String> command = BoundedHeap.command(List.of("-Duser.timezone=UTC"), List.of("ingest", "in/", "-o", "out.jsonl"));
        assertTrue(command.get(0).endsWith("java"));
        assertEquals(List.of("-Duser.timezone=UTC", BoundedHeap.MAX_HEAP, "-D" + BoundedHeap.CHILD_PROPERTY + "=true", "-cp"),
                command.subList(1, 5));
        assertEquals(List.of(Main.class.getName(), "ingest", "in/", "-o", "out.jsonl"), command.subList(6, command.size()));
    }

    @Test
    void theChildEndsWhenItsParentIsKilled() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String child = String.join(" ", java, "-D" + BoundedHeap.CHILD_PROPERTY + "=true", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "ingest", "-", "-q");
        // The child reads standard input from a command that keeps it open for a minute.
        Process shell = new ProcessBuilder("sh", "-c", "sleep 60 | " + child + " & wait").start();
        ProcessHandle orphan = null;
        try {
            for (int i = 0; i < 200 && orphan == null; i++) {
                orphan = shell.toHandle().descendants().filter(p -> p.info().command().orElse("").endsWith("java"))
                        .findFirst().orElse(null);
                Thread.sleep(50);
            }
            assertTrue(orphan != null, "the child JVM started");
            Thread.sleep(1500); // let it reach main and wait for its input
            assertTrue(orphan.isAlive(), "the child JVM waits for its input");
            orphan.parent().orElseThrow().destroyForcibly();
            orphan.onExit().get(20, TimeUnit.SECONDS);
            assertFalse(orphan.isAlive());
        } finally {
            shell.descendants().forEach(ProcessHandle::destroyForcibly);
            shell.destroyForcibly();
            if (orphan != null) {
                orphan.destroyForcibly();
            }
        }
    }

    @Test
    void aRunIsLargeByItsFilesOrItsBytes(@TempDir Path dir) throws IOException {
        Path few = Files.createDirectory(dir.resolve("few"));
        for (int i = 0; i < 10; i++) {
            Files.writeString(few.resolve(i + ".txt"), "Le conseil municipal a voté le budget.");
        }
        assertFalse(BoundedHeap.isLarge(List.of(few.toString(), "-")));
        Path many = Files.createDirectory(dir.resolve("many"));
        for (int i = 0; i < BoundedHeap.LARGE_RUN_FILES; i++) {
            Files.createFile(many.resolve(i + ".txt"));
        }
        assertTrue(BoundedHeap.isLarge(List.of(few.toString(), many.toString())));
        Path big = dir.resolve("big.warc");
        try (var out = Files.newOutputStream(big)) {
            out.write(new byte[(int) BoundedHeap.LARGE_RUN_BYTES]);
        }
        assertTrue(BoundedHeap.isLarge(List.of(big.toString())));
        assertFalse(BoundedHeap.isLarge(List.of(dir.resolve("missing").toString())));
    }
}
