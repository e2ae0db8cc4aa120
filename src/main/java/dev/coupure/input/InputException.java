package dev.coupure.input;

import dev.coupure.doc.UnreadableException;

/**
 * An input that cannot be read at all (not found, unreadable, too large, a damaged archive):
 * like a front end's refusal, it carries the error kind its record is written with.
 */
public final class InputException extends UnreadableException {

    private static final long serialVersionUID = 1L;

    public InputException(String kind, String message, Throwable cause) {
        super(kind, message, cause);
    }

    public InputException(String kind, String message) {
        super(kind, message);
    }
}
