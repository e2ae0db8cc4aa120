package dev.coupure.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
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

    /** Made for the first sidecar read: the walk asks this class only about names, and most runs have no sidecar. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private Sidecars() {
    }

    public static boolean isSidecarName(String name) {
        return name.endsWith(SUFFIX);
    }

    /** A sidecar found, with what the look-up that found it said of it. */
    public record Found(Path file, FileStat stat) {
    }

    /** The sidecar file of an input, if one exists. */
    public static Optional<Path> find(InputRef input) {
        return locate(input).map(Found::file);
    }

    /** The sidecar of an input and its attributes, if one exists: a refresh compares them with the state's. */
    public static Optional<Found> locate(InputRef input) {
        return input.sidecarsBeside() ? locate(input.file()) : Optional.empty();
    }

    /** The first candidate that is a regular file (links followed), as {@link Files#isRegularFile} tells. */
    private static Optional<Found> locate(Path input) {
        for (String name : candidates(input.getFileName().toString())) {
            Path candidate = input.resolveSibling(name);
            try {
                BasicFileAttributes attributes = Files.readAttributes(candidate, BasicFileAttributes.class);
                if (attributes.isRegularFile()) {
                    return Optional.of(new Found(candidate, FileStat.of(attributes)));
                }
            } catch (IOException e) {
                // no such file, or one that cannot be looked at: not a sidecar
            }
        }
        return Optional.empty();
    }

    /** The names a sidecar of the file {@code name} may have beside it, in order of preference. */
    public static List<String> candidates(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? List.of(name + SUFFIX, name.substring(0, dot) + SUFFIX) : List.of(name + SUFFIX);
    }

    /** Parses a sidecar; the exception's message says what is wrong and where. */
    static Sidecar parse(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(file.toString(), in);
        }
    }

    /**
     * Parses a sidecar read from a stream (a file system other than the local one).
     *
     * @param file where it was read, for messages
     */
    public static Sidecar parse(String file, InputStream in) throws IOException {
        JsonNode root = Json.MAPPER.readTree(in);
        if (root == null || !root.isObject()) {
            throw new IOException(file + ": a sidecar must hold a JSON object");
        }
        return new Sidecar(file,
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
