package dev.coupure.refresh;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Files a run replaces together: each is written to a temporary file in its own directory, then
 * all are flushed to disk and renamed over their targets in the order they were added, the state
 * last (docs/refresh.md, Crash safety). A rename within a directory is atomic, so a reader, or a run killed
 * at any moment, sees each file whole, old or new. Temporary files have a fixed name, created with
 * the umask's permissions (not a random name's 0600); one a killed run left is deleted and made
 * again, so that it takes this run's umask.
 */
final class Replacement implements AutoCloseable {

    private final List<Path> targets = new ArrayList<>();
    private final List<Path> temporaries = new ArrayList<>();

    /** The temporary file to write for a target; created empty now, so a target that cannot be written fails early. */
    Path add(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + ".coupure-tmp");
        Files.deleteIfExists(temporary);
        Files.newOutputStream(temporary).close();
        targets.add(absolute);
        temporaries.add(temporary);
        return temporary;
    }

    /** Flushes every temporary file to disk, then renames them in order, then flushes their directories. */
    void commit() throws IOException {
        commit(() -> { });
    }

    /** As {@link #commit()}, running a step between renames: how a test stands for a crash there. */
    void commit(Runnable betweenRenames) throws IOException {
        for (Path temporary : temporaries) {
            force(temporary, StandardOpenOption.WRITE);
        }
        Set<Path> directories = new LinkedHashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            if (i > 0) {
                betweenRenames.run();
            }
            Files.move(temporaries.get(i), targets.get(i), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            directories.add(targets.get(i).getParent());
        }
        for (Path directory : directories) {
            try {
                force(directory, StandardOpenOption.READ);
            } catch (IOException e) {
                // some file systems cannot open a directory to flush it; the renames are done all the same
            }
        }
        temporaries.clear();
    }

    private static void force(Path path, StandardOpenOption mode) throws IOException {
        try (FileChannel channel = FileChannel.open(path, mode)) {
            channel.force(true);
        }
    }

    /** Removes the temporary files of a run that did not commit. */
    @Override
    public void close() throws IOException {
        for (Path temporary : temporaries) {
            Files.deleteIfExists(temporary);
        }
    }
}
