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
 */
public record InputRef(String path, Path file, String problemKind, String problem, boolean sidecarsBeside) {

    public static final String STDIN = "-";

    /** An input that can be read, as far as the walk could tell. */
    public InputRef(String path, Path file) {
        this(path, file, null, null);
    }

    public InputRef(String path, Path file, String problemKind, String problem) {
        this(path, file, problemKind, problem, true);
    }

    /** The same input, found where the walk saw no sidecar. */
    public InputRef withoutSidecars() {
        return new InputRef(path, file, problemKind, problem, false);
    }

    public boolean isStdin() {
        return file == null && problem == null;
    }
}
