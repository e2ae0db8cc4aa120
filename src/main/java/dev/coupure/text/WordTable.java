package dev.coupure.text;

import java.util.Collection;
import java.util.Map;

/**
 * A fixed map from words to bits (or a set of words, {@link #find}), looked up by a span of characters ({@link WordSpans}) rather
 * than by a string: no string is made for the look-up, and the hash is the string's own, taken
 * over the span. Open addressing in flat arrays, built once.
 */
public final class WordTable {

    private final int[] hashes;
    private final String[] keys;
    private final long[] values;
    private final int mask;
    /**
     * Bit n is set when a key has n characters (bit 63: 63 or more). A span of a length no key has
     * is answered without hashing it: most spans asked of a table of a few words.
     */
    private final long lengths;

    public WordTable(Map<String, Long> entries) {
        this(entries.keySet());
        entries.forEach(this::put);
    }

    /** An empty table with room for {@code keys}, which are all it will hold. */
    private WordTable(Collection<String> keys) {
        int capacity = Integer.highestOneBit(Math.max(4, keys.size() * 2 - 1)) << 1;
        hashes = new int[capacity];
        this.keys = new String[capacity];
        values = new long[capacity];
        mask = capacity - 1;
        long bits = 0;
        for (String key : keys) {
            bits |= lengthBit(key.length());
        }
        lengths = bits;
    }

    private static long lengthBit(int length) {
        return 1L << Math.min(length, 63);
    }

    /** Adds a key the table does not hold yet; the table has room for it (see the constructor). */
    private void put(String key, long value) {
        int h = key.hashCode();
        int slot = spread(h) & mask;
        while (keys[slot] != null) {
            if (hashes[slot] == h && keys[slot].equals(key)) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        hashes[slot] = h;
        keys[slot] = key;
        values[slot] = value;
    }

    /**
     * A set of words: each one's bits are 1, and {@link #find} is the question to ask. Made per
     * document by some callers, so straight into the table, with no map on the way.
     */
    public static WordTable of(Collection<String> words) {
        WordTable table = new WordTable(words);
        words.forEach(w -> table.put(w, 1L));
        return table;
    }

    /**
     * The keys numbered in their order from 1: {@link #get} gives a key's place, by which a caller
     * finds what it keeps for the key in an array (0: not a key).
     */
    public static WordTable numbered(Collection<String> keys) {
        WordTable table = new WordTable(keys);
        long place = 0;
        for (String key : keys) {
            table.put(key, ++place);
        }
        return table;
    }

    /** The bits of the word {@code chars[from, to)}, or 0 when the table does not hold it. */
    public long get(char[] chars, int from, int to) {
        int slot = holdsLength(to - from) ? probe(chars, from, to, hash(chars, from, to)) : -1;
        return slot < 0 ? 0 : values[slot];
    }

    /**
     * {@link #get(char[], int, int)} for a caller that took the word's hash ({@link String#hashCode}
     * of the word) as it read its characters, which costs it less than a second pass.
     */
    public long get(char[] chars, int from, int to, int hash) {
        int slot = holdsLength(to - from) ? probe(chars, from, to, hash) : -1;
        return slot < 0 ? 0 : values[slot];
    }

    /** The table's own string for the word {@code chars[from, to)}, or null when it does not hold it. */
    public String find(char[] chars, int from, int to) {
        int slot = holdsLength(to - from) ? probe(chars, from, to, hash(chars, from, to)) : -1;
        return slot < 0 ? null : keys[slot];
    }

    /** {@link #find(char[], int, int)} with the word's hash taken by the caller, as for {@link #get(char[], int, int, int)}. */
    public String find(char[] chars, int from, int to, int hash) {
        int slot = holdsLength(to - from) ? probe(chars, from, to, hash) : -1;
        return slot < 0 ? null : keys[slot];
    }

    /** Whether some key has this many characters: a span of another length is answered before it is hashed. */
    private boolean holdsLength(int length) {
        return (lengths & lengthBit(length)) != 0;
    }

    private static int hash(char[] chars, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + chars[i];
        }
        return h;
    }

    private int probe(char[] chars, int from, int to, int h) {
        for (int slot = spread(h) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == h && equal(keys[slot], chars, from, to)) {
                return slot;
            }
        }
        return -1;
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
