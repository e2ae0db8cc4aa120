package dev.coupure.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputWalkerTest {

    @TempDir
    Path dir;

    @Test
    void everyFileOfADirectoryIsAnInputInSortedOrderExceptSidecarsAndHiddenFiles() throws IOException {
        Files.createDirectories(dir.resolve("2025/janvier"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("b.txt"), "b");
        Files.writeString(dir.resolve("a.txt"), "a");
        Files.writeString(dir.resolve("2025/janvier/c.txt"), "c");
        Files.writeString(dir.resolve("a.meta.json"), "{}");
        Files.writeString(dir.resolve("index.html"), "<p>a saved page</p>");
        Files.writeString(dir.resolve("photo.jpg"), "an input all the same");
        Files.writeString(dir.resolve(".cache.txt"), "hidden");
        Files.writeString(dir.resolve(".git/HEAD"), "hidden");

        Skips skips = new Skips();
        List<InputRef> refs = new InputWalker(null, skips).expand(List.of(dir.toString()));

        assertEquals(List.of(dir + "/2025/janvier/c.txt", dir + "/a.txt", dir + "/b.txt", dir + "/index.html", dir + "/photo.jpg"),
                refs.stream().map(InputRef::path).toList());
        assertEquals(0, skips.total(), "sidecars and hidden files are not inputs, and not counted either");
    }

    @Test
    void sidecarsAreLookedForOnlyBesideTheFilesOfADirectoryThatHoldsOne() throws IOException {
        Files.createDirectories(dir.resolve("with"));
        Files.createDirectories(dir.resolve("without"));
        Files.writeString(dir.resolve("with/a.txt"), "a");
        Files.writeString(dir.resolve("with/b.txt"), "b");
        Files.writeString(dir.resolve("with/a.meta.json"), "{\"url\":\"https://example.org/a\"}");
        Files.writeString(dir.resolve("without/c.txt"), "c");
        List<InputRef> refs = new InputWalker(null, new Skips()).expand(List.of(dir.toString()));

        assertEquals(List.of(true, true, false), refs.stream().map(InputRef::sidecarsBeside).toList());
        assertEquals(dir.resolve("with/a.meta.json"), Sidecars.find(refs.get(0)).orElseThrow());
        assertTrue(Sidecars.find(refs.get(1)).isEmpty());
        Files.writeString(dir.resolve("without/c.meta.json"), "{}");
        assertTrue(Sidecars.find(refs.get(2)).isEmpty(), "the walk saw no sidecar there");
        assertTrue(new InputWalker(null, new Skips()).expand(List.of(dir.resolve("without/c.txt").toString())).get(0)
                .sidecarsBeside(), "a file named on the command line has its sidecar looked for");
    }

    @Test
    void theGlobIsAFilterWhoseLeftOutsAreCountedByReason() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "a");
        Files.writeString(dir.resolve("b.dump"), "b");
        Files.writeString(dir.resolve("c.dump"), "c");
        Skips skips = new Skips();
        assertEquals(List.of(dir + "/b.dump", dir + "/c.dump"),
                new InputWalker("*.dump", skips).expand(List.of(dir.toString())).stream().map(InputRef::path).toList());
        assertEquals(1, skips.count(Skips.GLOB));
        assertEquals("1 not matching --glob", skips.toString());
    }

    @Test
    void aNamedFileIsReadWhateverItsNameAndAMissingOneBecomesAProblem() throws IOException {
        Files.writeString(dir.resolve("page.html"), "<p>x</p>");
        Skips skips = new Skips();
        List<InputRef> refs = new InputWalker("*.txt", skips).expand(List.of(dir.resolve("page.html").toString(),
                dir.resolve("absent.txt").toString(), "-"));

        assertNull(refs.get(0).problem());
        assertEquals("not-found", refs.get(1).problemKind());
        assertEquals("no such file or directory", refs.get(1).problem());
        assertEquals(InputRef.STDIN, refs.get(2).path());
        assertEquals(0, skips.total());
    }

    @Test
    void symbolicLinksAreFollowedAndTheirLoopsAndDeadEndsReported() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "a");
        Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("alias.txt"), dir.resolve("a.txt"));
        Files.createSymbolicLink(dir.resolve("loop"), dir.resolve("loop"));
        Files.createSymbolicLink(dir.resolve("ping"), dir.resolve("pong"));
        Files.createSymbolicLink(dir.resolve("pong"), dir.resolve("ping"));
        Files.createSymbolicLink(dir.resolve("dead"), dir.resolve("nowhere"));
        Files.createSymbolicLink(dir.resolve("sub/up"), dir);

        List<InputRef> refs = new InputWalker(null, new Skips()).expand(List.of(dir.toString()));

        assertEquals(List.of("a.txt:null", "alias.txt:null", "dead:not-found", "loop:symlink-loop", "ping:symlink-loop",
                "pong:symlink-loop", "sub/up:symlink-loop"),
                refs.stream().map(r -> dir.relativize(Path.of(r.path())) + ":" + r.problemKind()).toList());
    }

    @Test
    void aFifoIsNeverOpened() throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(mkfifo(fifo), "mkfifo is not available");
        List<InputRef> refs = new InputWalker(null, new Skips()).expand(List.of(dir.toString(), fifo.toString()));
        assertEquals(List.of("not-regular", "not-regular"), refs.stream().map(InputRef::problemKind).toList());
    }

    /** Makes a FIFO with the system's mkfifo; false where there is none. */
    static boolean mkfifo(Path path) {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
