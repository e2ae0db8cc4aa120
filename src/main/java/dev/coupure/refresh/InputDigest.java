package dev.coupure.refresh;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What an input's records depend on besides the options, as a size and a hash: the file's bytes,
 * its sidecar's name and bytes (a sidecar gives the URL, source and dates), and its modification
 * time when --mtime-reference makes that a reference date. An input inside a container is not
 * hashed on its own: the container is one input, processed again whole when it changes.
 *
 * @param size the file's size in bytes
 * @param sha256 hex SHA-256 of all of the above
 */
record InputDigest(long size, String sha256) {

    /**
     * The digest of a file input, read with the sidecar found beside it; empty for an input that
     * cannot be read (never reused).
     */
    static Optional<InputDigest> of(Path file, Optional<Path> sidecar, boolean withModifiedTime) {
        try {
            MessageDigest sha = newSha256();
            long size = hash(sha, file);
            if (sidecar.isPresent()) {
                sha.update(("\0sidecar " + sidecar.get().getFileName() + "\0").getBytes(StandardCharsets.UTF_8));
                hash(sha, sidecar.get());
            }
            if (withModifiedTime) {
                sha.update(("\0mtime " + Files.getLastModifiedTime(file).toMillis()).getBytes(StandardCharsets.UTF_8));
            }
            return Optional.of(of(size, sha));
        } catch (IOException e) {
            // reading it again will give the error record it deserves
            return Optional.empty();
        }
    }

    /** The size and hash of a file's bytes alone: what an output file is recognized by. */
    static InputDigest ofFile(Path file) throws IOException {
        MessageDigest sha = newSha256();
        long size = hash(sha, file);
        return of(size, sha);
    }

    /** The digest of bytes hashed elsewhere (as they were written). */
    static InputDigest of(long size, MessageDigest sha) {
        return new InputDigest(size, HexFormat.of().formatHex(sha.digest()));
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * A read buffer per thread: a refresh hashes every input, and a new 64 KB array per file (zeroed
     * by the JVM) cost more than hashing the few kilobytes most dumps hold.
     */
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[1 << 16]);

    private static long hash(MessageDigest sha, Path file) throws IOException {
        long size = 0;
        byte[] buffer = BUFFER.get();
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; size += n) {
                sha.update(buffer, 0, n);
            }
        }
        return size;
    }
}
