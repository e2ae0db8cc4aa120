package dev.coupure.story;

import dev.coupure.text.WordSpans;
import java.util.Arrays;

/**
 * MinHash signatures of word shingles: the share of equal positions in two signatures estimates
 * the Jaccard similarity of the two texts' shingle sets, and equal bands of positions (locality
 * sensitive hashing) find the pairs worth comparing without comparing every pair.
 */
final class MinHash {

    /** Words per shingle: long enough that shared shingles mean shared sentences, not shared phrases. */
    static final int SHINGLE_WORDS = 4;
    /** Signature length: the similarity estimate's standard error is at most 0.5/sqrt(64) = 0.06. */
    static final int SIZE = 64;
    /** LSH bands of {@link #ROWS} positions: a pair with similarity 0.5 becomes a candidate with probability 0.65, 0.7 with 0.98. */
    static final int BANDS = 16;
    static final int ROWS = SIZE / BANDS;

    /**
     * The i-th permutation of a (well mixed) shingle hash h is the multiply-add h * A[i] + B[i] with
     * A[i] odd: a bijection of 64-bit values, and a multiply and an add per position rather than a
     * full hash, since this runs {@link #SIZE} times for every shingle of every record.
     */
    private static final long[] A = new long[SIZE];
    private static final long[] B = new long[SIZE];

    static {
        for (int i = 0; i < SIZE; i++) {
            A[i] = Hash64.mix(2L * i + 1) | 1;
            B[i] = Hash64.mix(2L * i + 2);
        }
    }

    private MinHash() {
    }

    /** The signature of these folded words; empty when there are none. */
    static int[] of(WordSpans words) {
        if (words.isEmpty()) {
            return new int[0];
        }
        // Each word is hashed once, from its span; a shingle's hash combines its words' (in order) without building its string.
        long[] wordHashes = new long[words.size()];
        for (int k = 0; k < wordHashes.length; k++) {
            wordHashes[k] = Hash64.of(words.chars(), words.start(k), words.end(k));
        }
        long[] min = new long[SIZE];
        Arrays.fill(min, Long.MAX_VALUE);
        int shingles = Math.max(1, words.size() - SHINGLE_WORDS + 1);
        for (int start = 0; start < shingles; start++) {
            long h = 0;
            for (int w = start; w < Math.min(words.size(), start + SHINGLE_WORDS); w++) {
                h = Hash64.mix(h * 31 + wordHashes[w]);
            }
            for (int i = 0; i < SIZE; i++) {
                // The top 63 bits, so that signed comparison orders them and a difference cannot overflow.
                long value = (h * A[i] + B[i]) >>> 1;
                long difference = value - min[i];
                // min[i] = Math.min(min[i], value) without a branch, which lets the JIT use vector instructions
                // (Java 17 has no intrinsic for Math.min on longs): three times faster.
                min[i] += difference & difference >> 63;
            }
        }
        int[] signature = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            signature[i] = (int) (min[i] >>> 31);
        }
        return signature;
    }

    static double similarity(int[] a, int[] b) {
        if (a.length != SIZE || b.length != SIZE) {
            return 0;
        }
        int equal = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return equal / (double) SIZE;
    }

    /** The key of one band of a signature, or 0 for an empty signature (which has no bands). */
    static long band(int[] signature, int band) {
        long h = band;
        for (int i = band * ROWS; i < (band + 1) * ROWS; i++) {
            h = Hash64.mix(h * 31 + signature[i]);
        }
        return h;
    }
}
