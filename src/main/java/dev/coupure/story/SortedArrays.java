package dev.coupure.story;

import java.util.Arrays;

/** Set operations on sorted arrays without duplicates, the compact form sketches keep their sets in. */
final class SortedArrays {

    private SortedArrays() {
    }

    /**
     * Whether {@code a} and {@code b} have at least {@code needed} elements in common. Most pairs a
     * grouping tests have not: the merge stops as soon as what is left of the shorter side cannot
     * make up the difference.
     */
    static boolean shareAtLeast(int[] a, int[] b, int needed) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (common < needed) {
            if (common + Math.min(a.length - i, b.length - j) < needed) {
                return false;
            }
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                common++;
                i++;
                j++;
            }
        }
        return true;
    }

    /** The first {@code count} of {@code values}, sorted and without duplicates (the array is sorted in place). */
    static int[] distinct(int[] values, int count) {
        Arrays.sort(values, 0, count);
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (kept == 0 || values[i] != values[kept - 1]) {
                values[kept++] = values[i];
            }
        }
        return Arrays.copyOf(values, kept);
    }
}
