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

class BatchJvmTest {

    private static final long GIB = 1L << 30;

    private static final String HOTSPOT = "OpenJDK 64-Bit Server VM";

    @Test
    void theDefaultHeapOfABigMachineIsBoundedAndTheCompilerSetForABatch() {
        List<String> added = BatchJvm.childOptions(List.of("-Dfile.encoding=UTF-8"), 6 * GIB, 2, true);
        assertEquals(BatchJvm.MAX_HEAP, added.get(0));
        assertEquals(BatchJvm.SMALL_MACHINE_COLLECTOR, added.get(1));
        assertEquals(BatchJvm.COMPILER_OPTIONS, added.subList(2, added.size()));
        assertEquals(BatchJvm.LARGE_MACHINE_COLLECTOR, BatchJvm.childOptions(List.of(), 6 * GIB, 16, true).get(1));
    }

    @Test
    void aHeapTheUserSetIsTheirsButTheBatchStillGetsItsCompiler() {
        for (String heap : List.of("-Xmx4g", "-XX:MaxRAMPercentage=50", "-XX:MaxHeapSize=3g", "-Xmx768m")) {
            List<String> added = BatchJvm.childOptions(List.of(heap), 4 * GIB, 2, true);
            assertFalse(added.contains(BatchJvm.MAX_HEAP), heap);
            assertTrue(added.containsAll(BatchJvm.COMPILER_OPTIONS), heap);
        }
    }

    @Test
    void optionsTheUserSetAreNeitherRepeatedNorOverridden() {
        List<String> user = List.of("-XX:+UseG1GC", "-XX:MaxInlineLevel=15", "-Xmx2g");
        List<String> added = BatchJvm.childOptions(user, 2 * GIB, 2, true);
        assertTrue(added.stream().noneMatch(o -> o.endsWith("GC") || o.startsWith("-XX:MaxInlineLevel") || o.startsWith("-Xmx")), added.toString());
        assertTrue(added.contains("-XX:CompileThresholdScaling=3"));
        List<String> all = List.of("-XX:+UseSerialGC", "-Xmx1g", "-XX:CompileThresholdScaling=1", "-XX:MaxInlineLevel=15",
                "-XX:InlineSmallCode=2500", "-XX:FreqInlineSize=325");
        assertEquals(List.of(), BatchJvm.childOptions(all, GIB, 2, true), "a JVM the user set up fully needs no child");
    }

    @Test
    void anotherJvmGetsTheHeapBoundAlone() {
        assertEquals(List.of(BatchJvm.MAX_HEAP), BatchJvm.childOptions(List.of(), 6 * GIB, 2, false));
        assertEquals(List.of(), BatchJvm.childOptions(List.of(), 900L << 20, 2, false));
        assertTrue(BatchJvm.isHotSpot(HOTSPOT));
        assertTrue(BatchJvm.isHotSpot("Java HotSpot(TM) 64-Bit Server VM"));
        assertFalse(BatchJvm.isHotSpot("Eclipse OpenJ9 VM"));
    }

    @Test
    void aJvmUnderADebuggerOrARecordingIsLeftAsItIs() {
        assertTrue(BatchJvm.watched(List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005")));
        assertTrue(BatchJvm.watched(List.of("-XX:StartFlightRecording=filename=run.jfr")));
        assertTrue(BatchJvm.watched(List.of("-Xlog:gc:file=gc.log")));
        assertFalse(BatchJvm.watched(List.of("-Xmx4g", "-Duser.timezone=UTC")));
    }

    @Test
    void onlyTheCommandLineRelaunches() {
        assertTrue(BatchJvm.startedAsCommand(Main.class.getName() + " ingest seeds -o out.jsonl"));
        assertFalse(BatchJvm.startedAsCommand("org.apache.maven.surefire.booter.ForkedBooter /tmp/surefire 1"));
        assertFalse(BatchJvm.startedAsCommand(""));
    }

    @Test
    void theChildRunsTheSameArgumentsWithTheAddedOptionsAndTheMarker() {
        List<String> command = BatchJvm.command(List.of("-Duser.timezone=UTC"), List.of(BatchJvm.MAX_HEAP, "-XX:+UseSerialGC"),
                List.of("ingest", "in/", "-o", "out.jsonl"));
        assertTrue(command.get(0).endsWith("java"));
        assertEquals(List.of("-Duser.timezone=UTC", BatchJvm.MAX_HEAP, "-XX:+UseSerialGC", "-D" + BatchJvm.CHILD_PROPERTY + "=true", "-cp"),
                command.subList(1, 6));
        assertEquals(List.of(Main.class.getName(), "ingest", "in/", "-o", "out.jsonl"), command.subList(7, command.size()));
    }

    @Test
    void theChildEndsWhenItsParentIsKilled() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String child = String.join(" ", java, "-D" + BatchJvm.CHILD_PROPERTY + "=true", "-cp",
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
        assertFalse(BatchJvm.isLarge(List.of(few.toString(), "-")));
        Path many = Files.createDirectory(dir.resolve("many"));
        for (int i = 0; i < BatchJvm.LARGE_RUN_FILES; i++) {
            Files.createFile(many.resolve(i + ".txt"));
        }
        assertTrue(BatchJvm.isLarge(List.of(few.toString(), many.toString())));
        Path big = dir.resolve("big.warc");
        try (var out = Files.newOutputStream(big)) {
            out.write(new byte[(int) BatchJvm.LARGE_RUN_BYTES]);
        }
        assertTrue(BatchJvm.isLarge(List.of(big.toString())));
        assertFalse(BatchJvm.isLarge(List.of(dir.resolve("missing").toString())));
    }

    @Test
    void filesBehindALinkCountAsTheWalkWillReadThem(@TempDir Path dir) throws IOException {
        Path many = Files.createDirectory(dir.resolve("many"));
        for (int i = 0; i < BatchJvm.LARGE_RUN_FILES; i++) {
            Files.createFile(many.resolve(i + ".txt"));
        }
        Path links = Files.createDirectory(dir.resolve("links"));
        Files.createSymbolicLink(links.resolve("archive"), many);
        assertTrue(BatchJvm.isLarge(List.of(links.toString())));
    }
}
