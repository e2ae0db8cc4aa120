package dev.coupure.story;

import java.util.Arrays;

/**
 * An inverted index (key → records) held in one array of longs: each entry is the key's top 40
 * bits and the record's rank in a chosen order, so one primitive sort groups each key's records
 * in that order. A map of lists would box every entry: for 100k records and 16 bands plus 15
 * actor pairs each, hundreds of megabytes of garbage instead of 25 MB. Two keys that agree on
 * their top 40 bits share a group: an extra comparison, which the caller's test settles.
 */
final class PackedIndex {

    static final int RANK_BITS = 24;
    /** Records a run may have: ranks must fit in {@link #RANK_BITS}. */
    static final int MAX_RECORDS = 1 << RANK_BITS;
    private static final long RANK_MASK = MAX_RECORDS - 1;

    /** Visits a pair of records (their indexes in the run). */
    interface PairVisitor {
        void visit(int a, int b);
    }

    private final int[] byRank;
    private final int[] rank;
    private long[] entries = new long[1024];
    private int size;

    /** @param byRank the run's records (indexes) in the order neighbours are taken in */
    PackedIndex(int[] byRank) {
        if (byRank.length > MAX_RECORDS) {
            throw new IllegalArgumentException("story grouping takes at most " + MAX_RECORDS + " records, not " + byRank.length);
        }
        this.byRank = byRank;
        this.rank = new int[byRank.length];
        for (int r = 0; r < byRank.length; r++) {
            rank[byRank[r]] = r;
        }
    }

    void add(int record, long key) {
        if (size == entries.length) {
            entries = Arrays.copyOf(entries, size * 2);
        }
        entries[size++] = (key & ~RANK_MASK) | rank[record];
    }

    /** Visits, under each key, every record with each of the {@code neighbours} records after it in rank order. */
    void visitNeighbours(int neighbours, PairVisitor visitor) {
        Arrays.sort(entries, 0, size);
        for (int start = 0; start < size;) {
            int end = start + 1;
            while (end < size && (entries[end] & ~RANK_MASK) == (entries[start] & ~RANK_MASK)) {
                end++;
            }
            for (int p = start; p < end; p++) {
                for (int q = p + 1; q < Math.min(end, p + 1 + neighbours); q++) {
                    visitor.visit(byRank[(int) (entries[p] & RANK_MASK)], byRank[(int) (entries[q] & RANK_MASK)]);
                }
            }
            start = end;
        }
    }
}
