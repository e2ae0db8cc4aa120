package dev.coupure.input.container;

import java.util.function.LongSupplier;

/**
 * How many bytes the containers of one input may expand to, all levels together: {@code ratio}
 * times the input's own bytes, plus an allowance so that a small archive of ordinary files is never
 * refused. Nested archives each under the per-stream ratio could otherwise multiply it.
 */
final class Budget {

    private final LongSupplier inputBytes;
    private final long ratio;
    private final long allowance;
    private long expanded;
    private boolean reported;

    /** @param inputBytes the input's size, or how much of it was read so far (standard input) */
    Budget(LongSupplier inputBytes, long ratio, long allowance) {
        this.inputBytes = inputBytes;
        this.ratio = ratio;
        this.allowance = allowance;
    }

    /** @return false when the input has now expanded past its budget */
    boolean spend(long bytes) {
        expanded += bytes;
        return expanded <= allowance + ratio * Math.max(1, inputBytes.getAsLong());
    }

    long expanded() {
        return expanded;
    }

    /** Whether a bomb in this input was already reported (then the levels around it stop without another record). */
    boolean firstReport() {
        boolean first = !reported;
        reported = true;
        return first;
    }
}
