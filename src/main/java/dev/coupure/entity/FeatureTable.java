package dev.coupure.entity;

/**
 * Feature hashes to dense row numbers: an open-addressing table of {@code long} keys, so that the
 * tagger looks a feature up without building a string or boxing a number. Rows are numbered in
 * the order keys are added. A slot holds its key and its row side by side, so that a look-up
 * touches one cache line. Grows while it is filled (training); read-only once shipped, and then
 * safe to share between threads.
 */
final class FeatureTable {

    private static final long EMPTY = 0L;

    /** Slot {@code k}: its key at {@code 2k}, its row at {@code 2k + 1}. */
    private long[] slots;
    /**
     * One bit per 8 slots' worth of keys, set by the keys' top bits: most features of a text are not
     * in the table, and this small filter (64 KiB for the shipped model) says so without touching
     * the slots, which do not fit in a core's cache.
     */
    private long[] filter;
    private int filterShift;
    private int size;

    FeatureTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[2 * capacity];
        newFilter(capacity);
    }

    private void newFilter(int capacity) {
        int bits = capacity * 8;
        filter = new long[bits / 64];
        filterShift = 64 - Integer.numberOfTrailingZeros(bits);
    }

    int size() {
        return size;
    }

    /** The row of {@code key}, or -1. */
    int row(long key) {
        long k = key == EMPTY ? 1L : key;
        int bit = (int) (k >>> filterShift);
        if ((filter[bit >>> 6] & (1L << bit)) == 0) {
            return -1;
        }
        int mask = slots.length / 2 - 1;
        for (int slot = spread(k) & mask; ; slot = (slot + 1) & mask) {
            long at = slots[2 * slot];
            if (at == k) {
                return (int) slots[2 * slot + 1];
            }
            if (at == EMPTY) {
                return -1;
            }
        }
    }

    /** The row of {@code key}, added as the next row when it is new. */
    int add(long key) {
        int row = row(key);
        if (row >= 0) {
            return row;
        }
        if ((size + 1) * 4 > slots.length) {
            grow();
        }
        put(key == EMPTY ? 1L : key, size);
        return size++;
    }

    /** The keys in row order. */
    long[] keysByRow() {
        long[] out = new long[size];
        for (int slot = 0; slot < slots.length; slot += 2) {
            if (slots[slot] != EMPTY) {
                out[(int) slots[slot + 1]] = slots[slot];
            }
        }
        return out;
    }

    private void put(long k, int row) {
        int mask = slots.length / 2 - 1;
        int slot = spread(k) & mask;
        while (slots[2 * slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        slots[2 * slot] = k;
        slots[2 * slot + 1] = row;
        int bit = (int) (k >>> filterShift);
        filter[bit >>> 6] |= 1L << bit;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        newFilter(old.length);
        for (int slot = 0; slot < old.length; slot += 2) {
            if (old[slot] != EMPTY) {
                put(old[slot], (int) old[slot + 1]);
            }
        }
    }

    private static int spread(long k) {
        return (int) (k ^ (k >>> 32)) * 0x9E3779B9;
    }
}
