package dev.coupure.doc;

/**
 * An input a front end cannot make a document of; {@link #kind()} is the error kind its record
 * carries (not-text, encrypted, malformed, unsupported-format, too-large).
 */
public class UnreadableException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String kind;

    public UnreadableException(String kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public UnreadableException(String kind, String message) {
        this(kind, message, null);
    }

    public String kind() {
        return kind;
    }
}
