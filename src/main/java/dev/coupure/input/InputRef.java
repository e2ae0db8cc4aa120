package dev.coupure.input;

import java.nio.file.Path;

/**
 * One input to read: a file found on the command line or under a directory, or standard input.
 *
 * @param path the path to report: as given, plus the path inside a directory ("-" for stdin)
 * @param file the file to read, or null for standard input
 * @param problem why this input cannot be read at all (a missing path), or null
 */
public record InputRef(String path, Path file, String problem) {

    public static final String STDIN = "-";

    public boolean isStdin() {
        return file == null && problem == null;
    }
}
