package dev.coupure.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A local file read as a buffered stream that remembers its path. Most inputs are text or pages
 * told from their first bytes; only when Tika's detector must look does it get the file itself
 * ({@link ContentDetector}), so that its container detectors open a zip in place. Wrapping every
 * file in Tika's own stream cost more than reading it.
 */
public final class LocalFileStream extends BufferedInputStream {

    private static final int BUFFER = 64 * 1024;

    private final Path file;

    public LocalFileStream(Path file) throws IOException {
        super(Files.newInputStream(file), BUFFER);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
