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
import dev.coupure.record.ArticleRecord;
import dev.coupure.record.ErrorRecord;
import dev.coupure.story.Sketch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The state file (and a run's spool, which is the same thing before it is kept): JSON Lines. The
 * first line is the header {@code {"schema":"coupure.state/1","version":…,"options":{…}}}; then, for
 * each top-level input in input order, what it gave, one line per record, in order:
 * {@code {"sketch":{…},"article":{…}}} (what grouping needs of the record, first so that it is read
 * without the record, and the record before placement) or
 * {@code {"error":{…}}}; and last the line that closes the input:
 * {@code {"input":{"path":…,"sha256":…,"size":…,"skipped":{…}}}}. Records are written as the output
 * writes them, so reading them back gives the same bytes. A state that a run committed ends with
 * what that run wrote: {@code {"written":{"output":{"size":…,"sha256":…},"errors":{…},"counts":{…}}}},
 * the output's and the error file's sizes and hashes and the report's counts, so that a refresh in
 * which nothing changed can tell that the files in place are already what it would write.
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
    record Written(InputDigest output, InputDigest errors, Map<String, Object> counts) {
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

    private StateFormat() {
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
