package dev.coupure.input;

/** An input that cannot be read; {@link #kind()} is the error kind written to the error record. */
public final class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String kind;

    public InputException(String kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public InputException(String kind, String message) {
        this(kind, message, null);
    }

    public String kind() {
        return kind;
    }
}
