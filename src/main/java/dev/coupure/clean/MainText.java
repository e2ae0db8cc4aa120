package dev.coupure.clean;

/**
 * Finds the main-text region: the run of lines whose summed evidence of being article text is
 * largest (a maximum-sum subarray, as in Finn, Kushmerick and Smyth's body text extraction).
 * Prose lines add their size, furniture subtracts, so the region grows over short interruptions
 * (an ad marker between two paragraphs) but not over a long list of links.
 */
final class MainText {

    /** Inclusive line indexes of the region; empty when no line looks like text. */
    record Region(int start, int end) {
        static final Region EMPTY = new Region(0, -1);

        boolean contains(int i) {
            return i >= start && i <= end;
        }

        boolean isEmpty() {
            return end < start;
        }
    }

    private MainText() {
    }

    static Region locate(double[] evidence) {
        double best = 0;
        int bestStart = 0;
        int bestEnd = -1;
        double run = 0;
        int runStart = 0;
        for (int i = 0; i < evidence.length; i++) {
            if (run <= 0) {
                run = 0;
                runStart = i;
            }
            run += evidence[i];
            if (run > best) {
                best = run;
                bestStart = runStart;
                bestEnd = i;
            }
        }
        return bestEnd < 0 ? Region.EMPTY : new Region(bestStart, bestEnd);
    }
}
