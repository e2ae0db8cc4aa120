package dev.coupure.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** Reads an input's bytes and its sidecar. Inputs larger than the limit are refused, not truncated. */
public final class InputReader {

    private final long maxBytes;
    private final InputStream stdin;

    public InputReader(long maxBytes, InputStream stdin) {
        this.maxBytes = maxBytes;
        this.stdin = stdin;
    }

    public RawDocument read(InputRef ref) throws InputException {
        if (ref.problem() != null) {
            throw new InputException(ref.problemKind(), ref.path() + ": " + ref.problem());
        }
        if (ref.isStdin()) {
            try {
                byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                checkSize(ref.path(), bytes.length);
                return new RawDocument(ref.path(), bytes, null, null);
            } catch (IOException e) {
                throw new InputException("unreadable", "standard input: " + e.getMessage(), e);
            }
        }
        Path file = ref.file();
        byte[] bytes;
        try {
            checkSize(ref.path(), Files.size(file));
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException("unreadable", ref.path() + ": " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
        Instant modified = modifiedTime(file);
        Optional<Path> sidecarFile = Sidecars.find(file);
        if (sidecarFile.isEmpty()) {
            return new RawDocument(ref.path(), bytes, null, null, modified);
        }
        try {
            return new RawDocument(ref.path(), bytes, Sidecars.parse(sidecarFile.get()), null, modified);
        } catch (IOException e) {
            return new RawDocument(ref.path(), bytes, null,
                    "sidecar " + sidecarFile.get().getFileName() + " ignored: " + firstLine(e.getMessage()), modified);
        }
    }

    private static Instant modifiedTime(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return null;
        }
    }

    private void checkSize(String path, long size) throws InputException {
        if (size > maxBytes) {
            throw new InputException("too-large", path + ": " + size + " bytes, over the limit of " + maxBytes
                    + " (raise it with --max-bytes)");
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
