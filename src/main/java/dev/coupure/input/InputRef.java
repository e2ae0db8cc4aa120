package dev.coupure.input;

import java.nio.file.Path;

/**
 * One input to read: a file found on the command line or under a directory, or standard input.
 *
 * @param path the path to report: as given, plus the path inside a directory ("-" for stdin)
 * @param file the file to read, or null for standard input
 * @param problemKind the error kind when the input cannot be read at all (not-found, not-regular,
 *     symlink-loop, unreadable), or null
 * @param problem why, or null
 * @param sidecarsBeside false when the walk that found the file saw no sidecar ({@link Sidecars})
 *     in its directory, so that none is looked for: two file look-ups per input saved on every run
 * @param stat what the walk's look-up of the file (links followed) said of it, or null when the
 *     walk did not look: a refresh compares it with the state's instead of reading the file
 */
public record InputRef(String path, Path file, String problemKind, String problem, boolean sidecarsBeside,
        FileStat stat) {

    public static final String STDIN = "-";

    /** An input that can be read, as far as the walk could tell. */
    public InputRef(String path, Path file) {
        this(path, file, (FileStat) null);
    }

    /** A regular file the walk found, with what its look-up said. */
    public InputRef(String path, Path file, FileStat stat) {
        this(path, file, null, null, true, stat);
    }

    public InputRef(String path, Path file, String problemKind, String problem) {
        this(path, file, problemKind, problem, true, null);
    }

    /** The same input, found where the walk saw no sidecar. */
    public InputRef withoutSidecars() {
        return new InputRef(path, file, problemKind, problem, false, stat);
    }

    public boolean isStdin() {
        return file == null && problem == null;
    }
}
