package dev.coupure.flink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/**
 * One top-level input as {@link InputListing} found it, carried to the reader in its split's id
 * (a {@code FileSourceSplit} holds no more than a path, sizes and an id).
 *
 * @param ordinal its place in input order: the command line's arguments in order, a directory's
 *     files sorted by path
 * @param path the path its records report, as the command line reports it
 * @param local whether it is read from the local file system (then exactly as the command line reads a file)
 * @param problemKind the error kind when it cannot be read at all (not-found, not-regular, ...), or null
 * @param problem why, or null
 */
record ListedInput(long ordinal, String path, boolean local, String problemKind, String problem) {

    private static final ObjectMapper JSON = new ObjectMapper();

    String splitId() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ListedInput ofSplitId(String id) {
        try {
            return JSON.readValue(id, ListedInput.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a split of this job: " + id, e);
        }
    }
}
