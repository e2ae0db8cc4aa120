package dev.coupure.flink;

import dev.coupure.input.InputRef;
import dev.coupure.input.InputWalker;
import dev.coupure.input.Skips;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.enumerate.FileEnumerator;
import org.apache.flink.core.fs.FileStatus;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;

/**
 * Lists the job's inputs as {@code coupure ingest} does, one split per top-level input, numbered
 * in input order: the arguments in the order given, a directory's files sorted by their reported
 * path, hidden files, sidecars and files the {@code --glob} leaves out excepted. Local paths are
 * walked by the command line's own {@link InputWalker} (so a FIFO, a dead link or a link loop is
 * an input with a problem, as there); other file systems (object stores) by Flink's, with the
 * walker's naming rules.
 */
final class InputListing implements FileEnumerator {

    /**
     * One input argument.
     *
     * @param argument as the user gave it: reported paths start with it
     * @param location where it is: an absolute local path (a trailing slash kept), or a URI of another file system
     * @param local whether {@code location} is a local path
     */
    record Root(String argument, String location, boolean local) implements Serializable {
    }

    private final List<Root> roots;
    private final String glob;

    InputListing(List<Root> roots, String glob) {
        this.roots = roots;
        this.glob = glob;
    }

    @Override
    public Collection<FileSourceSplit> enumerateSplits(Path[] paths, int minDesiredSplits) throws IOException {
        InputWalker walker = new InputWalker(glob, new Skips());
        List<FileSourceSplit> splits = new ArrayList<>();
        for (Root root : roots) {
            if (root.local()) {
                for (InputRef ref : walker.expand(List.of(root.location()))) {
                    String reported = root.argument() + ref.path().substring(root.location().length());
                    ListedInput listed = new ListedInput(splits.size(), reported, true, ref.problemKind(), ref.problem());
                    java.io.File file = ref.file().toFile();
                    splits.add(new FileSourceSplit(listed.splitId(), new Path(file.toURI()), 0, file.length(),
                            file.lastModified(), file.length()));
                }
            } else {
                List<FileSourceSplit> found = new ArrayList<>();
                walk(root.argument(), new Path(root.location()), walker, found, splits.size());
                splits.addAll(found);
            }
        }
        return splits;
    }

    /** A file or a directory of another file system; its files numbered from {@code first} in sorted order. */
    private static void walk(String argument, Path location, InputWalker walker, List<FileSourceSplit> out, long first)
            throws IOException {
        FileSystem fs = location.getFileSystem();
        FileStatus status;
        try {
            status = fs.getFileStatus(location);
        } catch (FileNotFoundException e) {
            ListedInput missing = new ListedInput(first, argument, false, "not-found", "no such file or directory");
            out.add(new FileSourceSplit(missing.splitId(), location, 0, 0, 0, 0));
            return;
        }
        List<Found> files = new ArrayList<>();
        if (status.isDir()) {
            listDirectory(fs, status.getPath(), argument, "", walker, files);
            files.sort(Comparator.comparing(Found::reported));
        } else {
            files.add(new Found(argument, status));
        }
        for (Found f : files) {
            ListedInput listed = new ListedInput(first + out.size(), f.reported(), false, null, null);
            out.add(new FileSourceSplit(listed.splitId(), f.status().getPath(), 0, f.status().getLen(),
                    f.status().getModificationTime(), f.status().getLen()));
        }
    }

    private static void listDirectory(FileSystem fs, Path dir, String argument, String inside, InputWalker walker,
            List<Found> out) throws IOException {
        for (FileStatus s : fs.listStatus(dir)) {
            String name = s.getPath().getName();
            if (InputWalker.isHidden(name)) {
                continue;
            }
            if (s.isDir()) {
                listDirectory(fs, s.getPath(), argument, inside + name + "/", walker, out);
            } else if (walker.accepts(name)) {
                out.add(new Found(InputWalker.join(argument, inside + name), s));
            }
        }
    }

    private record Found(String reported, FileStatus status) {
    }
}
