package dev.coupure.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The comparison key of a piece of text: lower case, accents dropped, typographic apostrophes
 * and dashes made plain, runs of spaces folded. Used wherever two spellings of the same words
 * must compare equal ("PUBLICITÉ" and "Publicité", "l’Iran" and "l'Iran").
 *
 * <p>It runs on every line of every document, so common characters are folded through a table
 * built once from the same NFD rule; other characters go through the normalizer one by one.
 */
public final class Fold {

    /** Latin, Greek, Cyrillic and the general punctuation block (typographic quotes and dashes). */
    private static final int TABLE_SIZE = 0x2070;
    private static final String[] TABLE = new String[TABLE_SIZE];

    static {
        for (char c = 0; c < TABLE_SIZE; c++) {
            TABLE[c] = foldSlowly(c);
        }
    }

    private Fold() {
    }

    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            String folded = c < TABLE_SIZE ? TABLE[c] : foldSlowly(c);
            if (folded.isEmpty()) {
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(folded);
        }
        return out.toString();
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
