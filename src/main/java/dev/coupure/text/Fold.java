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
 * same NFD rule, made as characters are met (a Korean syllable folds to two or three jamo).
 */
public final class Fold {

    /** A noncharacter: no text folds to it, so it can mark "zero or several characters, see the strings". */
    private static final char NOT_ONE = '\uFFFF';
    private static final Pages<Page> PAGES = new Pages<>(Page::new);

    private static final class Page {
        /** What each character folds to. */
        final String[] folded = new String[256];
        /** The same when it is one character (the common case, with no string to copy), else {@link #NOT_ONE}. */
        final char[] one = new char[256];

        Page(int number) {
            for (int i = 0; i < 256; i++) {
                folded[i] = foldSlowly((char) (number << 8 | i));
                one[i] = folded[i].length() == 1 ? folded[i].charAt(0) : NOT_ONE;
            }
        }
    }

    private Fold() {
    }

    public static String fold(String text) {
        Chars folded = chars(text);
        return new String(folded.chars(), 0, folded.length());
    }

    /** {@link #fold(String)} of one character, from its table: no string made per character. */
    public static String fold(char c) {
        return CharClass.is(c, CharClass.SPACE) ? "" : PAGES.of(c).folded[c & 0xFF];
    }

    /** Folded text as {@link #chars} gives it: the first {@code length} characters, then spare room. */
    record Chars(char[] chars, int length) {
    }

    /**
     * The folded characters in the array they were folded into, for a caller that reads them as
     * characters ({@link WordSpans#folded}): no copy of the text but its string.
     */
    static Chars chars(String text) {
        int n = text.length();
        char[] out = new char[n + 8];
        int length = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x7F) {
                // Printable ASCII, most of most texts: it folds to its lower case, with no table.
                if (length + 2 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                if (pendingSpace) {
                    out[length++] = ' ';
                    pendingSpace = false;
                }
                out[length++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                continue;
            }
            if (CharClass.is(c, CharClass.SPACE)) {
                pendingSpace = length > 0;
                continue;
            }
            Page page = PAGES.of(c);
            char one = page.one[c & 0xFF];
            String several = one == NOT_ONE ? page.folded[c & 0xFF] : null;
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
        return new Chars(out, length);
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
