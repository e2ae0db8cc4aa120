package dev.coupure.story;

/** Set operations on sorted arrays without duplicates, the compact form sketches keep their sets in. */
final class SortedArrays {

    private SortedArrays() {
    }

    static int common(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
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
        return common;
    }
}
