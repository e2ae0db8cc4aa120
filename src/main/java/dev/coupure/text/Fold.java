package dev.coupure.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The comparison key of a piece of text: lower case, accents dropped, typographic apostrophes
 * and dashes made plain, runs of spaces folded. Used wherever two spellings of the same words
 * must compare equal ("PUBLICITÉ" and "Publicité", "l’Iran" and "l'Iran").
 *
 * <p>It runs on every line of every document, so characters are folded through tables of the
 * same NFD rule: Latin, Greek, Cyrillic and punctuation built at start, the rest of the Basic
 * Multilingual Plane filled in as characters are met (a Korean syllable folds to two or three jamo).
 */
public final class Fold {

    /** Latin, Greek, Cyrillic and the general punctuation block (typographic quotes and dashes). */
    private static final int TABLE_SIZE = 0x2070;
    /**
     * What each character folds to. Past {@link #TABLE_SIZE} it is filled lazily; threads that race on
     * an entry store equal immutable strings, so the race is harmless.
     */
    private static final String[] TABLE = new String[Character.MAX_VALUE + 1];
    /** What each table character folds to when that is one character, else {@link #NOT_ONE}. */
    private static final char[] ONE = new char[TABLE_SIZE];
    /** A noncharacter: no text folds to it, so it can mark "zero or several characters, see TABLE". */
    private static final char NOT_ONE = '\uFFFF';

    static {
        for (char c = 0; c < TABLE_SIZE; c++) {
            TABLE[c] = foldSlowly(c);
            ONE[c] = TABLE[c].length() == 1 ? TABLE[c].charAt(0) : NOT_ONE;
        }
    }

    private Fold() {
    }

    public static String fold(String text) {
        int n = text.length();
        char[] out = new char[n + 8];
        int length = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (CharClass.is(c, CharClass.SPACE)) {
                pendingSpace = length > 0;
                continue;
            }
            char one = c < TABLE_SIZE ? ONE[c] : NOT_ONE;
            String several = one == NOT_ONE ? folded(c) : null;
            if (several != null && several.isEmpty()) {
                continue;
            }
            // Folding may lengthen the text (a ligature, a decomposed letter): grow by what this character needs.
            int need = length + 1 + (several == null ? 1 : several.length());
            if (need > out.length) {
                out = Arrays.copyOf(out, Math.max(need, out.length * 2));
            }
            if (pendingSpace) {
                out[length++] = ' ';
                pendingSpace = false;
            }
            if (several == null) {
                out[length++] = one;
            } else {
                several.getChars(0, several.length(), out, length);
                length += several.length();
            }
        }
        return new String(out, 0, length);
    }

    private static String folded(char c) {
        String f = TABLE[c];
        if (f == null) {
            f = foldSlowly(c);
            TABLE[c] = f;
        }
        return f;
    }

    private static String foldSlowly(char c) {
        switch (c) {
            case '\u2019', '\u2018', '\u02BC':
                return "'";
            case '\u2013', '\u2014', '\u2212':
                return "-";
            default:
                break;
        }
        if (Character.isSurrogate(c)) {
            return String.valueOf(c);
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            if (Character.getType(d) != Character.NON_SPACING_MARK && Character.getType(d) != Character.ENCLOSING_MARK
                    && Character.getType(d) != Character.COMBINING_SPACING_MARK) {
                kept.append(d);
            }
        }
        return kept.toString().toLowerCase(Locale.ROOT);
    }
}
