package dev.coupure.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the main-text region: the run of lines whose summed evidence of being article text is
 * largest (a maximum-sum subarray, as in Finn, Kushmerick and Smyth's body text extraction).
 * Prose lines add their size, furniture subtracts, so the region grows over short interruptions
 * (an ad marker between two paragraphs) but not over a long list of links.
 *
 * <p>Barriers cut the page into stretches: a comments heading ends the article for good, a box
 * of related links only interrupts it. The article starts in the first stretch whose text weighs
 * at least {@value #FIRST_STRETCH_SHARE} of the heaviest (so a comment thread longer than its
 * article does not win) and goes on over related-link boxes into stretches that weigh at least
 * {@value #CONTINUATION_SHARE} of the heaviest, up to the first comments heading.
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

    static final double FIRST_STRETCH_SHARE = 0.4;
    /** A stretch after a related-links box continues the article when it weighs this share of the heaviest. */
    static final double CONTINUATION_SHARE = 0.3;

    /** What a line does to the region: nothing, interrupt it (related links), or end it (comments). */
    enum Barrier { NONE, SOFT, HARD }

    static Region locate(double[] evidence, Barrier[] barriers) {
        List<Region> regions = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        List<Barrier> before = new ArrayList<>();
        double heaviest = 0;
        int from = 0;
        Barrier last = Barrier.NONE;
        for (int i = 0; i <= evidence.length; i++) {
            if (i == evidence.length || barriers[i] != Barrier.NONE) {
                Region r = locate(evidence, from, i);
                double w = r.isEmpty() ? 0 : sum(evidence, r);
                regions.add(r);
                weights.add(w);
                before.add(last);
                heaviest = Math.max(heaviest, w);
                from = i + 1;
                last = i == evidence.length ? Barrier.NONE : barriers[i];
            }
        }
        for (int k = 0; k < regions.size(); k++) {
            if (weights.get(k) > 0 && weights.get(k) >= FIRST_STRETCH_SHARE * heaviest) {
                int end = regions.get(k).end();
                for (int m = k + 1; m < regions.size() && before.get(m) != Barrier.HARD; m++) {
                    if (weights.get(m) > 0 && weights.get(m) >= CONTINUATION_SHARE * heaviest) {
                        end = regions.get(m).end();
                    }
                }
                return new Region(regions.get(k).start(), end);
            }
        }
        return Region.EMPTY;
    }

    private static double sum(double[] evidence, Region r) {
        double s = 0;
        for (int i = r.start(); i <= r.end(); i++) {
            s += evidence[i];
        }
        return s;
    }

    /** The maximum-sum run within [from, to). */
    private static Region locate(double[] evidence, int from, int to) {
        double best = 0;
        int bestStart = 0;
        int bestEnd = -1;
        double run = 0;
        int runStart = from;
        for (int i = from; i < to; i++) {
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
