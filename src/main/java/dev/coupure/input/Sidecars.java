package dev.coupure.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds and parses the sidecar of an input: for {@code a/b.txt}, {@code a/b.txt.meta.json} or
 * else {@code a/b.meta.json}. Accepted keys, in order of preference: {@code url};
 * {@code source_name}, {@code source}, {@code publisher}, {@code site_name}; {@code fetched_at},
 * {@code fetch_time}, {@code crawl_date}; {@code published}, {@code published_at},
 * {@code date}. Other keys are ignored.
 */
public final class Sidecars {

    static final String SUFFIX = ".meta.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Sidecars() {
    }

    static boolean isSidecar(Path p) {
        return isSidecarName(p.getFileName().toString());
    }

    public static boolean isSidecarName(String name) {
        return name.endsWith(SUFFIX);
    }

    /** The sidecar file of an input, if one exists. */
    public static Optional<Path> find(Path input) {
        String name = input.getFileName().toString();
        Path sibling = input.resolveSibling(name + SUFFIX);
        if (Files.isRegularFile(sibling)) {
            return Optional.of(sibling);
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            Path stemmed = input.resolveSibling(name.substring(0, dot) + SUFFIX);
            if (Files.isRegularFile(stemmed)) {
                return Optional.of(stemmed);
            }
        }
        return Optional.empty();
    }

    /** Parses a sidecar; the exception's message says what is wrong and where. */
    static Sidecar parse(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        if (root == null || !root.isObject()) {
            throw new IOException(file + ": a sidecar must hold a JSON object");
        }
        return new Sidecar(file.toString(),
                text(root, "url"),
                text(root, "source_name", "source", "publisher", "site_name"),
                text(root, "fetched_at", "fetch_time", "crawl_date"),
                text(root, "published", "published_at", "date"));
    }

    private static String text(JsonNode root, String... keys) {
        for (String key : keys) {
            JsonNode v = root.get(key);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText().strip();
            }
        }
        return null;
    }
}
