package dev.coupure.record;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An input that produced no article, and why: written to the errors stream, never dropped. */
@JsonPropertyOrder({"schema", "source", "error"})
public record ErrorRecord(String schema, Source source, Error error) {

    public static final String SCHEMA = "coupure.error/1";

    public ErrorRecord(String path, String kind, String message) {
        this(SCHEMA, new Source(path), new Error(kind, message));
    }

    public record Source(String path) {
    }

    @JsonPropertyOrder({"kind", "message"})
    public record Error(String kind, String message) {
    }
}
