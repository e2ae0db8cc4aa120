package dev.coupure.input.container;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * What a container hands out for one entry: reads through to the container's stream but never
 * closes it, and, for a decompressing stream, stops with a {@link BombException} when the bytes
 * out pass {@code ratio} times the compressed bytes in (past the first MiB: a small file of one
 * repeated character is no bomb) or the input's {@link Budget}. The caps are checked on every read, so a bomb is stopped
 * after at most one buffer, before it can fill memory or take minutes of CPU.
 */
final class Guard extends FilterInputStream {

    /**
     * The most asked of a decompressor in one read: gzip's throws away what it decoded in a call
     * that runs into damage, so small reads keep all but the last few bytes before it.
     */
    private static final int DECOMPRESSOR_READ = 512;

    /** Below this many bytes out, no ratio is suspicious. */
    private static final long RATIO_FLOOR = 1 << 20;

    private final LongSupplier compressed;
    private final long ratio;
    private final Budget budget;
    private final String where;
    private final byte[] one = new byte[1];
    private long out;

    private Guard(InputStream in, LongSupplier compressed, long ratio, Budget budget, String where) {
        super(in);
        this.compressed = compressed;
        this.ratio = ratio;
        this.budget = budget;
        this.where = where;
    }

    /** An entry of a container that stores bytes as they are (tar, a WARC record). */
    static Guard shield(InputStream in) {
        return new Guard(in, null, 0, null, null);
    }

    /** The output of a decompressor. */
    static Guard expanding(InputStream in, LongSupplier compressed, long ratio, Budget budget, String where) {
        return new Guard(in, compressed, ratio, budget, where);
    }

    @Override
    public int read() throws IOException {
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, compressed == null ? len : Math.min(len, DECOMPRESSOR_READ));
        if (n > 0) {
            out += n;
        }
        if (n > 0 && compressed != null) {
            long in = compressed.getAsLong();
            if (out > RATIO_FLOOR && out > ratio * Math.max(1, in)) {
                throw new BombException(where + ": expands more than " + ratio + " times (" + out + " bytes from "
                        + in + ")");
            }
            if (!budget.spend(n)) {
                throw new BombException(where + ": the input expands to more than " + budget.expanded()
                        + " bytes, over its budget");
            }
        }
        return n;
    }

    /** Read rather than skip: a skip inside a decompressor would expand the bytes unguarded. */
    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(8192, Math.max(1, n))];
        long done = 0;
        while (done < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - done));
            if (r < 0) {
                break;
            }
            done += r;
        }
        return done;
    }

    /** Bytes read through this guard so far: for a container's own stream, where in it the reader is. */
    long bytes() {
        return out;
    }

    /** Reads to the end, so the container can move on to its next entry. */
    void drain() throws IOException {
        skip(Long.MAX_VALUE);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void close() {
        // the container's stream is not this entry's to close
    }
}
