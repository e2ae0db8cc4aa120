package dev.coupure.date;

import dev.coupure.text.ExpressionChars;
import java.util.Arrays;

/**
 * The run of digits an expression starts with when it starts at a digit: how many digits, which
 * character must follow them, and which may not stand before them. Most digits of a line are
 * prices, scores, counts, years and the later fields of dates ("01" and "2025" of "17/01/2025")
 * that start no date; a run of another shape, or after a character the expression's lookbehind
 * forbids, cannot start a match, so the grammar spares it the expression's attempt. Only a
 * necessary condition: the expression still decides.
 *
 * @param min fewest digits
 * @param max most digits
 * @param followers the characters one of which must follow the run, or null for any
 * @param spaced whether one space may stand between the run and its follower (any whitespace: more
 *     than {@code \s} matches, so the check stays a necessary condition)
 * @param digitAfter whether an ASCII digit must follow the follower
 * @param repeated whether, after the follower, one or two digits and the same follower come again
 *     before that digit: a numeric date's separator between its second and third fields
 * @param barred the characters other than letters and digits that the expression's lookbehind
 *     forbids right before the run, or null where none applies (a run read after a month)
 */
record DigitRun(int min, int max, String followers, boolean spaced, boolean digitAfter, boolean repeated,
        String barred) {

    private static final int[] NONE = new int[0];

    /** A run its follower stands right after, whatever stands before it. */
    DigitRun(int min, int max, String followers) {
        this(min, max, followers, false, false, false, null);
    }

    /** A run its follower stands right after, or after one space. */
    static DigitRun spaced(int min, int max, String followers) {
        return new DigitRun(min, max, followers, true, false, false, null);
    }

    /** A run one of these separators follows, then a digit: a numeric date's first field ("5.6.", not "5. juni"). */
    static DigitRun separated(int min, int max, String separators) {
        return new DigitRun(min, max, separators, false, true, false, null);
    }

    /** The first field of a numeric date of three: its separator comes again after the second ("17/01/2", not "17/01"). */
    static DigitRun firstOfThree(int min, int max, String separators) {
        return new DigitRun(min, max, separators, false, true, true, null);
    }

    /** This run, not after a letter, a digit nor one of {@code characters}: the expression's lookbehind. */
    DigitRun notAfter(String characters) {
        return new DigitRun(min, max, followers, spaced, digitAfter, repeated, characters);
    }

    /**
     * The lookbehind an expression starting at such a run opens with: no letter, no digit, none of
     * {@code characters} before it. Made here so that the expression and {@link #notAfter} bar the same.
     */
    static String lookbehind(String characters) {
        StringBuilder s = new StringBuilder("(?<![\\p{L}\\p{N}");
        characters.chars().forEach(c -> s.append('\\').append((char) c));
        return s.append("])").toString();
    }

    /** Of the starts of maximal runs of ASCII digits in {@code t}, those whose run fits and stands where it may. */
    int[] fitting(String t, int[] runStarts) {
        int[] fit = null;
        int n = 0;
        for (int start : runStarts) {
            if (!barredBefore(t, start) && fits(t, start)) {
                if (fit == null) {
                    fit = new int[runStarts.length];
                }
                fit[n++] = start;
            }
        }
        return n == 0 ? NONE : n == runStarts.length ? runStarts : Arrays.copyOf(fit, n);
    }

    /** Whether the run at {@code start} has this shape (no run there has not), whatever stands before it. */
    boolean fits(String t, int start) {
        int end = runEnd(t, start, max);
        int length = end - start;
        return length >= min && length <= max && (followers == null || isFollower(t, end)
                || spaced && end < t.length() && Character.isWhitespace(t.charAt(end)) && isFollower(t, end + 1));
    }

    /**
     * Whether the character before the run is one the lookbehind forbids. A letter or digit beyond
     * the BMP is not seen (a surrogate is neither), which only lets the expression decide.
     */
    private boolean barredBefore(String t, int start) {
        if (barred == null || start == 0) {
            return false;
        }
        char c = t.charAt(start - 1);
        return Character.isLetterOrDigit(c) || barred.indexOf(c) >= 0;
    }

    private boolean isFollower(String t, int i) {
        if (i >= t.length() || followers.indexOf(t.charAt(i)) < 0) {
            return false;
        }
        if (repeated) {
            return followedAgain(t, i);
        }
        return !digitAfter || ExpressionChars.isDigitAt(t, i + 1);
    }

    /** Whether the follower at {@code i} is followed by one or two digits, the same follower and a digit. */
    private static boolean followedAgain(String t, int i) {
        int end = runEnd(t, i + 1, 2);
        int length = end - (i + 1);
        return length >= 1 && length <= 2 && end < t.length() && t.charAt(end) == t.charAt(i)
                && ExpressionChars.isDigitAt(t, end + 1);
    }

    /** The end of the run of ASCII digits at {@code start}, read no further than one past {@code max} digits. */
    private static int runEnd(String t, int start, int max) {
        int end = start;
        while (end < t.length() && end - start <= max && ExpressionChars.isDigitAt(t, end)) {
            end++;
        }
        return end;
    }
}
