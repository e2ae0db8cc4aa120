package dev.coupure.refresh;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.coupure.input.FileStat;
import dev.coupure.record.ArticleRecord;
import dev.coupure.record.ErrorRecord;
import dev.coupure.story.Sketch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state file (and a run's spool, which is the same thing before it is kept): JSON Lines. The
 * first line is the header {@code {"schema":"coupure.state/1","version":…,"options":{…}}}; then, for
 * each top-level input in input order, what it gave, one line per record, in order:
 * {@code {"sketch":{…},"article":{…}}} (what grouping needs of the record, first so that it is read
 * without the record, and the record before placement) or
 * {@code {"error":{…}}}; and last the line that closes the input:
 * {@code {"input":{"path":…,"sha256":…,"signature":{…},"size":…,"skipped":{…}}}}, the signature
 * ({@link InputSignature}) being null or absent (a state written before signatures) when the input
 * must be hashed to be known. Records are written as the output writes them, so reading them back
 * gives the same bytes. A state that a run committed ends with what that run wrote:
 * {@code {"written":{"output":{"size":…,"sha256":…,"stat":{…}},"errors":{…},"counts":{…}}}}, the
 * output's and the error file's sizes, hashes and stats ({@link WrittenFile}) and the report's counts,
 * so that a refresh in which nothing changed can tell that the files in place are already what it
 * would write.
 */
final class StateFormat {

    static final String SCHEMA = "coupure.state/1";

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    /** Every line that closes an input starts so, and no other line does: found without parsing records. */
    static final byte[] INPUT_LINE_START = "{\"input\":".getBytes(StandardCharsets.UTF_8);

    /** How every record's line starts: anything else means a state this code cannot read. */
    static final byte[] ARTICLE_LINE_START = "{\"sketch\":".getBytes(StandardCharsets.UTF_8);
    static final byte[] ERROR_LINE_START = "{\"error\":".getBytes(StandardCharsets.UTF_8);
    /** The last line of a committed state. */
    static final byte[] WRITTEN_LINE_START = "{\"written\":".getBytes(StandardCharsets.UTF_8);

    /**
     * What a run wrote with its state.
     *
     * @param output the output file's size and hash
     * @param errors the error file's, or null when error records went to standard error
     * @param counts the report's counts of the records written ({@link RunReport#counts()})
     */
    record Written(WrittenFile output, WrittenFile errors, Map<String, Object> counts) {
    }

    /**
     * A file a run wrote: its size and hash, which are what it holds, and the stat by which a later
     * run knows it without reading it, once one could be recorded (docs/refresh.md).
     *
     * @param stat null in a state a run that wrote the file committed: the file was modified too
     *     recently for its stat to tell it ({@link FileStat#MARGIN}); a later run that finds the
     *     file unchanged and older records it
     */
    record WrittenFile(long size, String sha256, FileStat stat) {

        static WrittenFile of(InputDigest digest, FileStat stat) {
            return new WrittenFile(digest.size(), digest.sha256(), stat);
        }

        InputDigest digest() {
            return new InputDigest(size, sha256);
        }
    }

    /** An article's line: its sketch, then the record itself. */
    @JsonPropertyOrder({"sketch", "article"})
    record ArticleLine(Sketch sketch, ArticleRecord article) {
    }

    /** An error record's line. */
    record ErrorLine(ErrorRecord error) {
    }

    /** What a record's line holds: an {@link ArticleLine}, an {@link ErrorLine}, or null for any other line. */
    static Object record(String line) throws IOException {
        if (isArticle(line)) {
            return MAPPER.readValue(line, ArticleLine.class);
        }
        return line.startsWith("{\"error\":") ? MAPPER.readValue(line, ErrorLine.class) : null;
    }

    static boolean isArticle(String line) {
        return line.startsWith("{\"sketch\":");
    }

    /**
     * What a reused article's line gives the run without its record being built: its sketch, for
     * grouping, and the report's counts of the record.
     */
    record Reused(Sketch sketch, RunReport.Tally tally) {
    }

    /** The sketch and counts of an article's line, in one pass over its bytes; null for another line. */
    static Reused reused(byte[] line, int length) throws IOException {
        try (JsonParser parser = MAPPER.createParser(line, 0, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT || !"sketch".equals(parser.nextFieldName())) {
                return null;
            }
            parser.nextToken();
            Sketch sketch = MAPPER.readValue(parser, Sketch.class);
            if (!"article".equals(parser.nextFieldName()) || parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            return new Reused(sketch, SpooledArticle.tally(parser));
        }
    }

    /**
     * What the line closing an input says.
     *
     * @param digest null for an input never to reuse
     * @param signature null when there is none
     * @param skipped what the walk inside it skipped, by reason
     */
    record Closing(String path, InputDigest digest, InputSignature signature, Map<String, Integer> skipped) {
    }

    /**
     * Reads the line closing an input, in one pass with no tree: a state holds one per input, and
     * building a tree of each was most of the time opening a large state took.
     */
    static Closing closing(byte[] line, int length) throws IOException {
        try (JsonParser parser = MAPPER.createParser(line, 0, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT || !"input".equals(parser.nextFieldName())
                    || parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not the line closing an input");
            }
            String path = null;
            String sha256 = null;
            long size = 0;
            InputSignature signature = null;
            Map<String, Integer> skipped = null;
            for (String field; (field = parser.nextFieldName()) != null; ) {
                boolean isNull = parser.nextToken() == JsonToken.VALUE_NULL;
                switch (field) {
                    case "path" -> path = parser.getText();
                    case "sha256" -> sha256 = isNull ? null : parser.getText();
                    case "size" -> size = isNull ? 0 : parser.getLongValue();
                    case "signature" -> signature = isNull ? null : signature(parser);
                    case "skipped" -> skipped = isNull ? null : counts(parser);
                    default -> parser.skipChildren();
                }
            }
            return new Closing(path, sha256 == null ? null : new InputDigest(size, sha256), signature, skipped);
        }
    }

    /**
     * A signature, the parser on its object's start; read by hand, as its writer ({@link InputSignature})
     * names the fields: the mapper took most of the time of reading a closing line.
     */
    private static InputSignature signature(JsonParser parser) throws IOException {
        FileStat file = null;
        String sidecar = null;
        FileStat sidecarStat = null;
        for (String field; (field = parser.nextFieldName()) != null; ) {
            boolean isNull = parser.nextToken() == JsonToken.VALUE_NULL;
            switch (field) {
                case "file" -> file = isNull ? null : stat(parser);
                case "sidecar" -> sidecar = isNull ? null : parser.getText();
                case InputSignature.SIDECAR_STAT -> sidecarStat = isNull ? null : stat(parser);
                default -> parser.skipChildren();
            }
        }
        return new InputSignature(file, sidecar, sidecarStat);
    }

    private static FileStat stat(JsonParser parser) throws IOException {
        long size = 0;
        long mtimeNanos = 0;
        String key = null;
        for (String field; (field = parser.nextFieldName()) != null; ) {
            boolean isNull = parser.nextToken() == JsonToken.VALUE_NULL;
            switch (field) {
                case "size" -> size = parser.getLongValue();
                case FileStat.MTIME_NS -> mtimeNanos = parser.getLongValue();
                case "key" -> key = isNull ? null : parser.getText();
                default -> parser.skipChildren();
            }
        }
        return new FileStat(size, mtimeNanos, key);
    }

    /** Counts by name, the parser on the object's start. */
    private static Map<String, Integer> counts(JsonParser parser) throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String name; (name = parser.nextFieldName()) != null; ) {
            parser.nextToken();
            counts.put(name, parser.getIntValue());
        }
        return counts;
    }

    private StateFormat() {
    }

    /** The line that closes an input. A null digest marks an input never to reuse; a null signature, one to hash next time. */
    static String inputLine(String path, InputDigest digest, Map<String, Integer> skipped, InputSignature signature) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("path", path);
        input.put("sha256", digest == null ? null : digest.sha256());
        input.put("size", digest == null ? null : digest.size());
        input.put("skipped", skipped);
        input.put("signature", signature);
        return json(Map.of("input", input));
    }

    static String writtenLine(Written written) {
        return json(Map.of("written", written)) + "\n";
    }

    /** The header's bytes for a version and options. */
    static String header(String version, OutputOptions options) {
        return json(Map.of("schema", SCHEMA, "version", version, "options", options.asMap()));
    }

    /**
     * Why a header read from a state does not fit this run, or null when it does. Options are
     * compared as their JSON text, so that a number read back as another type still compares equal.
     */
    static String mismatch(JsonNode header, String version, OutputOptions options) {
        if (header == null || !SCHEMA.equals(header.path("schema").asText())) {
            return "it is not a " + SCHEMA + " file";
        }
        if (!version.equals(header.path("version").asText())) {
            return "it was written by coupure " + header.path("version").asText() + ", this is " + version;
        }
        if (!json(options.asMap()).equals(json(header.get("options")))) {
            return "it was written with other options (" + json(header.get("options")) + ")";
        }
        return null;
    }

    static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("state line cannot be serialized: " + e.getOriginalMessage(), e);
        }
    }

    static boolean startsWith(byte[] line, int length, byte[] prefix) {
        return regionIs(line, 0, length, prefix);
    }

    /** Whether {@code line[from..end)} starts with {@code prefix}. */
    static boolean regionIs(byte[] line, int from, int end, byte[] prefix) {
        if (end - from < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (line[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
