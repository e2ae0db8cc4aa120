package dev.coupure.record;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes records as JSON Lines: one compact UTF-8 JSON object per line, "\n" after each, keys in
 * the order the record types declare, maps sorted. The same record always gives the same bytes.
 */
public final class JsonLines implements AutoCloseable {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private final Writer out;

    public JsonLines(Writer out) {
        this.out = out;
    }

    public static String toJson(Object record) {
        try {
            return MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("record cannot be serialized: " + e.getOriginalMessage(), e);
        }
    }

    public void write(Object record) {
        writeLine(toJson(record));
    }

    /** Writes a record already serialized by {@link #toJson(Object)}. */
    public void writeLine(String json) {
        try {
            out.write(json);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
