package dev.coupure.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparison key of a piece of text: lower case, accents dropped, typographic apostrophes
 * and dashes made plain, runs of spaces folded. Used wherever two spellings of the same words
 * must compare equal ("PUBLICITÉ" and "Publicité", "l’Iran" and "l'Iran").
 */
public final class Fold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Fold() {
    }

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("")
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u2212', '-');
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
