package dev.coupure.date;

import java.util.Arrays;

/**
 * The run of digits an expression starts with when it starts at a digit: how many digits, and
 * which character must follow them. Most digits of a line are prices, scores, counts and years
 * that start no numeric date; a run of another shape cannot start a match, so the grammar spares
 * it the expression's attempt. Only a necessary condition: the expression still decides.
 *
 * @param min fewest digits
 * @param max most digits
 * @param followers the characters one of which must follow the run, or null for any
 * @param spaced whether one space may stand between the run and its follower (any whitespace: more
 *     than {@code \s} matches, so the check stays a necessary condition)
 * @param digitAfter whether an ASCII digit must follow the follower
 */
record DigitRun(int min, int max, String followers, boolean spaced, boolean digitAfter) {

    private static final int[] NONE = new int[0];

    /** A run its follower stands right after. */
    DigitRun(int min, int max, String followers) {
        this(min, max, followers, false, false);
    }

    /** A run one of these separators follows, then a digit: a numeric date's first field ("5.6.", not "5. juni"). */
    static DigitRun separated(int min, int max, String separators) {
        return new DigitRun(min, max, separators, false, true);
    }

    /** Of the starts of maximal runs of ASCII digits in {@code t}, those whose run fits. */
    int[] fitting(String t, int[] runStarts) {
        int[] fit = null;
        int n = 0;
        for (int start : runStarts) {
            if (fits(t, start)) {
                if (fit == null) {
                    fit = new int[runStarts.length];
                }
                fit[n++] = start;
            }
        }
        return n == 0 ? NONE : n == runStarts.length ? runStarts : Arrays.copyOf(fit, n);
    }

    /** Whether the run at {@code start} fits (no run there does not). */
    boolean fits(String t, int start) {
        int end = start;
        while (end < t.length() && end - start <= max && t.charAt(end) >= '0' && t.charAt(end) <= '9') {
            end++;
        }
        int length = end - start;
        return length >= min && length <= max && (followers == null || isFollower(t, end)
                || spaced && end < t.length() && Character.isWhitespace(t.charAt(end)) && isFollower(t, end + 1));
    }

    private boolean isFollower(String t, int i) {
        return i < t.length() && followers.indexOf(t.charAt(i)) >= 0
                && (!digitAfter || i + 1 < t.length() && t.charAt(i + 1) >= '0' && t.charAt(i + 1) <= '9');
    }
}
