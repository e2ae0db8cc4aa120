package dev.coupure.input.container;

import dev.coupure.input.Sidecar;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/**
 * A byte stream to read as an input: a file, standard input, an archive entry, a web archive
 * record's payload, or what a gzip file holds.
 *
 * @param path the path a document read from here is reported under
 * @param bundlePath the path the entries of a container read from here go under: {@code path}, except for the
 *     content of a gzip file, whose entries go under the {@code .gz} itself ({@code a.tar.gz!/x.txt})
 * @param name the file or entry name, a hint for detection; or null
 * @param stream the bytes, with mark and reset; never closed by the reader (the container owns it)
 * @param size the size when known in advance, else -1
 * @param modified the last modification time, or null
 * @param depth how many containers this piece is inside
 * @param gunzipped this is the content of a gzip file (a gzip inside is refused: gzip quines never end)
 * @param sidecar metadata from beside the input or from a web archive record, or null
 * @param sidecarProblem why a sidecar beside the input was ignored, or null
 * @param contentType the Content-Type the bytes came with, or null
 * @param mediaType the media type when it is known without looking (a web archive's declared type), else null
 */
public record Piece(String path, String bundlePath, String name, InputStream stream, long size, Instant modified,
        int depth, boolean gunzipped, Sidecar sidecar, String sidecarProblem, String contentType, String mediaType) {

    /** A file or standard input. */
    public static Piece top(String path, String name, InputStream stream, long size, Instant modified,
            Sidecar sidecar, String sidecarProblem) {
        return new Piece(path, path, name, stream, size, modified, 0, false, sidecar, sidecarProblem, null, null);
    }

    /** An entry of a container: {@code name} as the container writes it, reported after {@code !/}. */
    Piece entry(String entryName, InputStream entryStream, long entrySize, Instant entryModified) {
        String reported = entryPath(entryName);
        return new Piece(reported, reported, EntryNames.baseName(entryName), new BufferedInputStream(entryStream), entrySize,
                entryModified, depth + 1, false, null, null, null, null);
    }

    String entryPath(String entryName) {
        return bundlePath + "!/" + EntryNames.safe(entryName);
    }

    /** A record of a web archive, with what the archive says about it; {@code payload} supports mark and reset. */
    Piece record(String label, InputStream payload, Sidecar archived, String declaredContentType, String declaredType) {
        String reported = bundlePath + "!/" + label;
        return new Piece(reported, reported, null, payload, -1, null, depth + 1, false, archived, null,
                declaredContentType, declaredType);
    }

    /**
     * What this gzip file holds: a document named as the file without {@code .gz}, or a container
     * whose entries are reported under the file itself.
     */
    Piece gunzipped(String innerName, InputStream content) {
        return new Piece(path + "!/" + EntryNames.safe(innerName), path, innerName, new BufferedInputStream(content), -1,
                modified, depth, true, sidecar, sidecarProblem, null, null);
    }

    static Instant instant(FileTime time) {
        return time == null ? null : time.toInstant();
    }
}
