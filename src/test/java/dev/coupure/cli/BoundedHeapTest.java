package dev.coupure.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
