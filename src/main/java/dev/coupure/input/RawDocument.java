package dev.coupure.input;

import java.time.Instant;

/**
 * An input's bytes, as read.
 *
 * @param path the input path as the user gave it, plus the path inside a directory
 * @param bytes the content; owned by this record, never modified
 * @param sidecar the metadata file next to the input, or null when there is none
 * @param sidecarProblem why a sidecar that exists could not be used, or null
 * @param modified the file's last modification time, or null (standard input)
 */
public record RawDocument(String path, byte[] bytes, Sidecar sidecar, String sidecarProblem, Instant modified) {

    public RawDocument(String path, byte[] bytes, Sidecar sidecar, String sidecarProblem) {
        this(path, bytes, sidecar, sidecarProblem, null);
    }
}
