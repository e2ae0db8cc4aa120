package dev.coupure.entity;

/**
 * Feature hashes to dense row numbers: an open-addressing table of {@code long} keys, so that the
 * tagger looks a feature up without building a string or boxing a number. Rows are numbered in
 * the order keys are added. Grows while it is filled (training); read-only once shipped, and then
 * safe to share between threads.
 */
final class FeatureTable {

    private static final long EMPTY = 0L;

    private long[] keys;
    private int[] rows;
    private int size;

    FeatureTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        rows = new int[capacity];
    }

    int size() {
        return size;
    }

    /** The row of {@code key}, or -1. */
    int row(long key) {
        long k = key == EMPTY ? 1L : key;
        int mask = keys.length - 1;
        for (int slot = spread(k) & mask; ; slot = (slot + 1) & mask) {
            long at = keys[slot];
            if (at == k) {
                return rows[slot];
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
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        put(key == EMPTY ? 1L : key, size);
        return size++;
    }

    /** The keys in row order. */
    long[] keysByRow() {
        long[] out = new long[size];
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != EMPTY) {
                out[rows[slot]] = keys[slot];
            }
        }
        return out;
    }

    private void put(long k, int row) {
        int mask = keys.length - 1;
        int slot = spread(k) & mask;
        while (keys[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = k;
        rows[slot] = row;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new int[oldKeys.length * 2];
        for (int slot = 0; slot < oldKeys.length; slot++) {
            if (oldKeys[slot] != EMPTY) {
                put(oldKeys[slot], oldRows[slot]);
            }
        }
    }

    private static int spread(long k) {
        return (int) (k ^ (k >>> 32)) * 0x9E3779B9;
    }
}
