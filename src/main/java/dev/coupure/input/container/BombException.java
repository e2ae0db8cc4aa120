package dev.coupure.input.container;

import java.io.IOException;

/** A compressed stream that expands past its caps: the rest of the container is not read. */
final class BombException extends IOException {

    private static final long serialVersionUID = 1L;

    BombException(String message) {
        super(message);
    }
}
