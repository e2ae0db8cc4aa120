package dev.coupure.date;

import dev.coupure.text.Fold;

/**
 * A line folded character by character, with the original index of every folded character:
 * whitespace becomes one space each (never collapsed), accents and combining marks go. The
 * grammar matches on the folded text, which keeps its patterns free of case and accents, and
 * reports offsets in the original line.
 */
final class Folded {

    /** The fold of every character below U+2070 (Latin, Greek, Cyrillic, general punctuation). */
    private static final String[] TABLE = new String[0x2070];
    /** The same when it is one character, else {@link #NOT_ONE}: most lines fold one for one. */
    private static final char[] ONE = new char[TABLE.length];
    private static final char NOT_ONE = '\uFFFF';

    static {
        for (char c = 0; c < TABLE.length; c++) {
            TABLE[c] = foldChar(c);
            ONE[c] = TABLE[c].length() == 1 ? TABLE[c].charAt(0) : NOT_ONE;
        }
    }

    final String text;
    private final String original;
    /** The original index of each folded character, or null when the i-th folded character is the i-th original one. */
    private final int[] origin;

    private Folded(String text, String original, int[] origin) {
        this.text = text;
        this.original = original;
        this.origin = origin;
    }

    static Folded of(String line) {
        char[] one = new char[line.length()];
        for (int i = 0; i < one.length; i++) {
            char c = line.charAt(i);
            one[i] = c < ONE.length ? ONE[c] : NOT_ONE;
            if (one[i] == NOT_ONE) {
                return mapped(line);
            }
        }
        return new Folded(new String(one), line, null);
    }

    /** A line where some character folds to none or several: every folded character keeps its origin. */
    private static Folded mapped(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int[] origin = new int[line.length() * 2 + 4];
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            String folded = c < TABLE.length ? TABLE[c] : foldChar(c);
            for (int k = 0; k < folded.length(); k++) {
                if (n == origin.length) {
                    origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                }
                out.append(folded.charAt(k));
                origin[n++] = i;
            }
        }
        return new Folded(out.toString(), line, java.util.Arrays.copyOf(origin, n));
    }

    private static String foldChar(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return " ";
        }
        return Fold.fold(c);
    }

    int originalStart(int foldedStart) {
        return origin == null ? foldedStart : origin[foldedStart];
    }

    /** The original end for a folded end: after the last character, and after any marks folding dropped. */
    int originalEnd(int foldedEnd) {
        if (foldedEnd <= 0) {
            return 0;
        }
        int end = originalStart(foldedEnd - 1) + 1;
        if (end < original.length() && Character.isLowSurrogate(original.charAt(end))
                && Character.isHighSurrogate(original.charAt(end - 1))) {
            end++;
        }
        // Characters that folded to nothing (combining marks) up to the next folded one belong to the match.
        int next = foldedEnd < text.length() ? originalStart(foldedEnd) : original.length();
        return Math.max(end, next);
    }

    char originalChar(int folded) {
        return original.charAt(originalStart(folded));
    }
}
