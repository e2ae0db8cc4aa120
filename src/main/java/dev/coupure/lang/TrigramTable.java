package dev.coupure.lang;

import java.util.Arrays;
import java.util.Map;

/**
 * Trigram → the languages whose profiles list it and what it adds to each one's score, laid out for the
 * first pass, which looks up every trigram of every text: a trigram is an int of three letter codes
 * ({@link ProfileLetters}), found by open addressing with no string made for it, and its entries are one
 * run of a flat array. Flat arrays because an array per trigram cost the look-up three scattered reads,
 * which show when the other stages have pushed the table out of the cache. Immutable, thread-safe.
 */
final class TrigramTable {

    /** Bits of an entry's log probability level; the language's index is above them. */
    private static final int LEVEL_BITS = 8;
    /** Languages an entry can name: a score array this long needs no bounds check on an entry's language. */
    static final int LANGUAGES = 1 << Character.SIZE - LEVEL_BITS;
    private static final int TENTHS_OFFSET = 1 << 15;
    private static final int KEY_MASK = (1 << 3 * ProfileLetters.BITS) - 1;

    private final ProfileLetters letters;
    /**
     * A slot holds its key (high half; 0 when empty) and where its entries start (low half): they run to the
     * next slot's start. One more slot than the hash's range closes the last run.
     */
    private final long[] slots;
    private final int mask;
    /** Each entry packs a language (above {@link #LEVEL_BITS}) and a level, and indexes {@link #gains}. */
    private final char[] entries;
    /**
     * What an entry adds to its language's score: the level's log probability less the language's floor,
     * worked out at load rather than once per trigram of every text.
     */
    private final double[] gains;

    /**
     * @param postings trigram → its entries, each made by {@link #entry}
     * @param floors each language's log probability for a trigram it does not list
     */
    TrigramTable(Map<String, int[]> postings, double[] floors) {
        this.letters = ProfileLetters.of(postings.keySet());
        int lowest = postings.values().stream().flatMapToInt(Arrays::stream).map(e -> e & 0xFFFF).min().orElse(0);
        int highest = postings.values().stream().flatMapToInt(Arrays::stream).map(e -> e & 0xFFFF).max().orElse(0);
        if (floors.length > LANGUAGES || highest - lowest >= 1 << LEVEL_BITS) {
            throw new IllegalStateException("trigram-profiles.tsv: " + floors.length + " languages and "
                    + (highest - lowest + 1) + " log probability levels do not fit an entry");
        }
        this.gains = new double[floors.length << LEVEL_BITS];
        for (int language = 0; language < floors.length; language++) {
            for (int level = 0; level <= highest - lowest; level++) {
                gains[language << LEVEL_BITS | level] = (level + lowest - TENTHS_OFFSET) / 10.0 - floors[language];
            }
        }
        int capacity = Integer.highestOneBit(Math.max(1, postings.size()) * 2) * 2;
        this.mask = capacity - 1;
        this.slots = new long[capacity + 1];
        int[][] bySlot = new int[capacity + 1][0];
        int count = 0;
        for (Map.Entry<String, int[]> posting : postings.entrySet()) {
            int[] cps = posting.getKey().codePoints().toArray();
            if (cps.length == 3) {
                int key = next(next(letters.ofListed(cps[0]), letters.ofListed(cps[1])), letters.ofListed(cps[2]));
                int slot = slot(key);
                slots[slot] = (long) key << 32;
                bySlot[slot] = posting.getValue();
                count += posting.getValue().length;
            }
        }
        this.entries = new char[count];
        int at = 0;
        for (int slot = 0; slot <= capacity; slot++) {
            slots[slot] |= at;
            for (int entry : bySlot[slot]) {
                entries[at++] = (char) ((entry >>> 16) << LEVEL_BITS | (entry & 0xFFFF) - lowest);
            }
        }
    }

    /** An entry as the constructor takes it: a language's index and a log probability in tenths. */
    static int entry(int language, int tenths) {
        return language << 16 | tenths + TENTHS_OFFSET;
    }

    ProfileLetters letters() {
        return letters;
    }

    /**
     * The key of the trigram that ends in {@code letter} and starts with the last two letters of
     * {@code key}'s; keys are never 0, as letters' codes are not.
     */
    static int next(int key, int letter) {
        return (key << ProfileLetters.BITS | letter) & KEY_MASK;
    }

    /** The slot of a key: its own if present, else the empty slot where it would go, which has no entries. */
    int slot(int key) {
        // Fibonacci hashing: the product's high bits depend on every bit of the key.
        int i = key * 0x9E3779B9 >>> Integer.numberOfLeadingZeros(mask);
        long k;
        while ((k = slots[i] >>> 32) != 0 && k != key) {
            i = i + 1 & mask;
        }
        return i;
    }

    /** Adds a slot's gains to the scores of its languages; {@code scores} holds {@link #LANGUAGES}. */
    void addGains(int slot, double[] scores) {
        for (int k = (int) slots[slot], end = (int) slots[slot + 1]; k < end; k++) {
            int entry = entries[k];
            scores[entry >>> LEVEL_BITS] += gains[entry];
        }
    }
}
