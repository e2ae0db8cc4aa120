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

    static {
        for (char c = 0; c < TABLE.length; c++) {
            TABLE[c] = foldChar(c);
        }
    }

    final String text;
    private final String original;
    private final int[] origin;

    private Folded(String text, String original, int[] origin) {
        this.text = text;
        this.original = original;
        this.origin = origin;
    }

    static Folded of(String line) {
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
        return Fold.fold(String.valueOf(c));
    }

    int originalStart(int foldedStart) {
        return origin[foldedStart];
    }

    /** The original end for a folded end: after the last character, and after any marks folding dropped. */
    int originalEnd(int foldedEnd) {
        if (foldedEnd <= 0) {
            return 0;
        }
        int end = origin[foldedEnd - 1] + 1;
        if (end < original.length() && Character.isLowSurrogate(original.charAt(end))
                && Character.isHighSurrogate(original.charAt(end - 1))) {
            end++;
        }
        // Characters that folded to nothing (combining marks) up to the next folded one belong to the match.
        int next = foldedEnd < origin.length ? origin[foldedEnd] : original.length();
        return Math.max(end, next);
    }

    char originalChar(int folded) {
        return original.charAt(origin[folded]);
    }
}
