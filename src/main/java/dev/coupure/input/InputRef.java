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
 */
public record InputRef(String path, Path file, String problemKind, String problem) {

    public static final String STDIN = "-";

    /** An input that can be read, as far as the walk could tell. */
    public InputRef(String path, Path file) {
        this(path, file, null, null);
    }

    public boolean isStdin() {
        return file == null && problem == null;
    }
}
