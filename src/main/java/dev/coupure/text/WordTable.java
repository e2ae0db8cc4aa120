package dev.coupure.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * A fixed map from words to bits (or a set of words, {@link #find}), looked up by a span of characters ({@link WordSpans}) rather
 * than by a string: no string is made for the look-up, and the hash is the string's own, taken
 * over the span. Open addressing in flat arrays, built once.
 */
public final class WordTable {

    /**
     * Slot s holds a key's hash at {@code 2s} and its entry's number plus one at {@code 2s + 1} (0: an
     * empty slot): a probe reads one array, mostly one cache line of it, and a hash that differs ends
     * it there. The vocabulary of the entity stage is large enough for its look-ups to miss the caches.
     */
    private final int[] slots;
    private final int mask;
    /** Entry e's characters are {@code pool[starts[e], starts[e + 1])}: compared with no string in between. */
    private final char[] pool;
    private final int[] starts;
    private final String[] keys;
    private final long[] values;
    /** How many entries {@link #put} has added: it changes only while the table is made. */
    private int entries;
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
        slots = new int[2 * capacity];
        mask = capacity - 1;
        int characters = 0;
        long bits = 0;
        for (String key : keys) {
            characters += key.length();
            bits |= lengthBit(key.length());
        }
        pool = new char[characters];
        starts = new int[keys.size() + 1];
        this.keys = new String[keys.size()];
        values = new long[keys.size()];
        lengths = bits;
    }

    private static long lengthBit(int length) {
        return 1L << Math.min(length, 63);
    }

    /** Adds a key the table does not hold yet; the table has room for it (see the constructor). */
    private void put(String key, long value) {
        int h = key.hashCode();
        int slot = spread(h) & mask;
        while (slots[2 * slot + 1] != 0) {
            if (slots[2 * slot] == h && keys[slots[2 * slot + 1] - 1].equals(key)) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        int start = starts[entries];
        key.getChars(0, key.length(), pool, start);
        starts[entries + 1] = start + key.length();
        keys[entries] = key;
        values[entries] = value;
        slots[2 * slot] = h;
        slots[2 * slot + 1] = ++entries;
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
        int entry = holdsLength(to - from) ? probe(chars, from, to, hash(chars, from, to)) : -1;
        return entry < 0 ? 0 : values[entry];
    }

    /**
     * {@link #get(char[], int, int)} for a caller that took the word's hash ({@link String#hashCode}
     * of the word) as it read its characters, which costs it less than a second pass.
     */
    public long get(char[] chars, int from, int to, int hash) {
        int entry = holdsLength(to - from) ? probe(chars, from, to, hash) : -1;
        return entry < 0 ? 0 : values[entry];
    }

    /** The table's own string for the word {@code chars[from, to)}, or null when it does not hold it. */
    public String find(char[] chars, int from, int to) {
        int entry = holdsLength(to - from) ? probe(chars, from, to, hash(chars, from, to)) : -1;
        return entry < 0 ? null : keys[entry];
    }

    /** {@link #find(char[], int, int)} with the word's hash taken by the caller, as for {@link #get(char[], int, int, int)}. */
    public String find(char[] chars, int from, int to, int hash) {
        int entry = holdsLength(to - from) ? probe(chars, from, to, hash) : -1;
        return entry < 0 ? null : keys[entry];
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

    /** The entry of the word {@code chars[from, to)}, whose hash is {@code h}, or -1. */
    private int probe(char[] chars, int from, int to, int h) {
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[2 * slot + 1] - 1;
            if (entry < 0) {
                return -1;
            }
            if (slots[2 * slot] == h && Arrays.equals(pool, starts[entry], starts[entry + 1], chars, from, to)) {
                return entry;
            }
        }
    }

    /** Mixes the high bits in: string hashes of short words differ mostly in their low bits. */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
