package dev.coupure.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputWalkerTest {

    @TempDir
    Path dir;

    @Test
    void directoriesAreWalkedInSortedOrderAndOtherFilesAreCountedAsSkipped() throws IOException {
        Files.createDirectories(dir.resolve("2025/janvier"));
        Files.writeString(dir.resolve("b.txt"), "b");
        Files.writeString(dir.resolve("a.txt"), "a");
        Files.writeString(dir.resolve("2025/janvier/c.txt"), "c");
        Files.writeString(dir.resolve("a.meta.json"), "{}");
        Files.writeString(dir.resolve("index.html"), "<p>a saved page</p>");
        Files.writeString(dir.resolve("photo.jpg"), "not an input");
        Files.writeString(dir.resolve("notes.json"), "{}");
        Files.writeString(dir.resolve(".cache.txt"), "hidden");

        InputWalker walker = new InputWalker(InputWalker.DEFAULT_GLOB);
        List<InputRef> refs = walker.expand(List.of(dir.toString()));

        assertEquals(List.of(dir + "/2025/janvier/c.txt", dir + "/a.txt", dir + "/b.txt", dir + "/index.html"),
                refs.stream().map(InputRef::path).toList());
        assertEquals(2, walker.skipped(), "photo.jpg and notes.json; sidecars and hidden files are not counted");
    }

    @Test
    void aNamedFileIsReadWhateverItsNameAndAMissingOneBecomesAProblem() throws IOException {
        Files.writeString(dir.resolve("page.html"), "<p>x</p>");
        InputWalker walker = new InputWalker(InputWalker.DEFAULT_GLOB);
        List<InputRef> refs = walker.expand(List.of(dir.resolve("page.html").toString(), dir.resolve("absent.txt").toString(), "-"));

        assertNull(refs.get(0).problem());
        assertEquals("not-found", refs.get(1).problemKind());
        assertEquals("no such file or directory", refs.get(1).problem());
        assertEquals(InputRef.STDIN, refs.get(2).path());
        assertEquals(0, walker.skipped());
    }

    @Test
    void theGlobChoosesWhichFilesOfADirectoryAreInputs() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "a");
        Files.writeString(dir.resolve("b.dump"), "b");
        InputWalker walker = new InputWalker("*.dump");
        assertEquals(List.of(dir + "/b.dump"), walker.expand(List.of(dir.toString())).stream().map(InputRef::path).toList());
        assertEquals(1, walker.skipped());
    }
}
