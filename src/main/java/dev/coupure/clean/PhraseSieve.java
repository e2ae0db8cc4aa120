package dev.coupure.clean;

import java.util.List;

/**
 * Which of a few phrases a text may hold, told from each phrase's first four characters in one
 * pass over the text: a search per phrase ({@link String#indexOf}) costs more on the many short
 * lines of a page, where most phrases are absent. It may name a phrase the text lacks, never
 * leave out one it holds.
 */
final class PhraseSieve {

    private static final int GRAM = 4;
    private static final int SLOT_BITS = 10;

    /** For each slot, the phrases (bit i: phrase i) whose first four characters hash to it. */
    private final long[] bySlot = new long[1 << SLOT_BITS];
    /** Phrases shorter than four characters: a text may always hold them. */
    private final long always;

    PhraseSieve(List<String> phrases) {
        if (phrases.size() > Long.SIZE) {
            throw new IllegalArgumentException("at most " + Long.SIZE + " phrases, got " + phrases.size());
        }
        long shortOnes = 0;
        for (int i = 0; i < phrases.size(); i++) {
            String phrase = phrases.get(i);
            if (phrase.length() < GRAM) {
                shortOnes |= 1L << i;
                continue;
            }
            long gram = 0;
            for (int k = 0; k < GRAM; k++) {
                gram = gram << Character.SIZE | phrase.charAt(k);
            }
            bySlot[slot(gram)] |= 1L << i;
        }
        always = shortOnes;
    }

    /** The phrases (bit i: phrase i) that may occur in {@code chars[from, to)}. */
    long candidates(char[] chars, int from, int to) {
        long found = always;
        long gram = 0;
        for (int i = from; i < to; i++) {
            // the last four characters, one per 16 bits
            gram = gram << Character.SIZE | chars[i];
            if (i - from >= GRAM - 1) {
                found |= bySlot[slot(gram)];
            }
        }
        return found;
    }

    private static int slot(long gram) {
        return (int) ((gram * 0x9E3779B97F4A7C15L) >>> (Long.SIZE - SLOT_BITS));
    }
}
