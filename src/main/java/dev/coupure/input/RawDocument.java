package dev.coupure.input;

import java.time.Instant;

/**
 * An input's bytes, as read.
 *
 * @param path the input path as the user gave it, plus the path inside a directory, and inside
 *     containers after {@code !/} ({@code bundle.zip!/inner/a.txt})
 * @param bytes the content; owned by this record, never modified
 * @param sidecar the metadata file next to the input, or what a web archive record says about it; or null
 * @param sidecarProblem why a sidecar that exists could not be used, or null
 * @param modified the file's or the archive entry's last modification time, or null
 * @param mediaType the media type detected from the content and the name ({@code text/plain}, {@code text/html},
 *     {@code message/rfc822}, ...), or null when unknown
 * @param contentType the Content-Type the bytes came with (a web archive's HTTP header), with its charset; or null
 */
public record RawDocument(String path, byte[] bytes, Sidecar sidecar, String sidecarProblem, Instant modified,
        String mediaType, String contentType) {

    public RawDocument(String path, byte[] bytes, Sidecar sidecar, String sidecarProblem, Instant modified) {
        this(path, bytes, sidecar, sidecarProblem, modified, null, null);
    }

    public RawDocument(String path, byte[] bytes, Sidecar sidecar, String sidecarProblem) {
        this(path, bytes, sidecar, sidecarProblem, null);
    }
}
