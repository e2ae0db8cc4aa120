package dev.coupure.text;

import java.util.Map;

/**
 * A fixed map from words to bits, looked up by a span of characters ({@link WordSpans}) rather
 * than by a string: no string is made for the look-up, and the hash is the string's own, taken
 * over the span. Open addressing in flat arrays, built once.
 */
public final class WordTable {

    private final int[] hashes;
    private final String[] keys;
    private final long[] values;
    private final int mask;

    public WordTable(Map<String, Long> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 2 - 1)) << 1;
        hashes = new int[capacity];
        keys = new String[capacity];
        values = new long[capacity];
        mask = capacity - 1;
        entries.forEach((key, value) -> {
            int h = key.hashCode();
            int slot = spread(h) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            hashes[slot] = h;
            keys[slot] = key;
            values[slot] = value;
        });
    }

    /** The bits of the word {@code chars[from, to)}, or 0 when the table does not hold it. */
    public long get(char[] chars, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + chars[i];
        }
        for (int slot = spread(h) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == h && equal(keys[slot], chars, from, to)) {
                return values[slot];
            }
        }
        return 0;
    }

    private static boolean equal(String key, char[] chars, int from, int to) {
        if (key.length() != to - from) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != chars[from + i]) {
                return false;
            }
        }
        return true;
    }

    /** Mixes the high bits in: string hashes of short words differ mostly in their low bits. */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
