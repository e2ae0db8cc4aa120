package dev.coupure.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coupure.text.CharClass;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link FeatureExtractor.Shape} counts with no branch on a character's kind as the character-by-character rule does. */
class LineShapeTest {

    @Test
    void frenchLineCountsItsCapitalizedWordsAndDigits() {
        FeatureExtractor.Shape shape = FeatureExtractor.Shape.of("Le Conseil d’État a voté 3 lois, dont l'une sur Saint-Étienne.");
        assertEquals(rule("Le Conseil d’État a voté 3 lois, dont l'une sur Saint-Étienne."), shape);
        assertEquals(10, shape.words(), "the elision and the hyphenated name are one word each");
        assertEquals(3, shape.capitalized());
        assertEquals(1, shape.digits());
    }

    @Test
    void englishHeadlineAndUnspacedScript() {
        assertEquals(rule("US Senate Passes $1.2tn Bill - 'A Historic Day'"), FeatureExtractor.Shape.of("US Senate Passes $1.2tn Bill - 'A Historic Day'"));
        FeatureExtractor.Shape mixed = FeatureExtractor.Shape.of("東京で 2024 年 Tokyo");
        assertEquals(rule("東京で 2024 年 Tokyo"), mixed);
        assertEquals(4, mixed.unspaced());
    }

    @Property(tries = 3000)
    void countsAsTheCharacterByCharacterRule(@ForAll("lines") String text) {
        assertEquals(rule(text), FeatureExtractor.Shape.of(text));
    }

    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.strings().withChars("aZéÉ9٣'’- -.,ǅ\u0301東กA\uD83D\uDE00").ofMaxLength(40);
    }

    /** The rule as first written: a branch per question about each character. */
    private static FeatureExtractor.Shape rule(String text) {
        int words = 0;
        int caps = 0;
        int alnum = 0;
        int digits = 0;
        int unspaced = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int flags = CharClass.of(c);
            boolean alphanumeric = (flags & (CharClass.LETTER | CharClass.DIGIT)) != 0;
            boolean letter = alphanumeric || c == '\'' || c == '’' || c == '-' && inWord;
            if (letter && !inWord && (flags & CharClass.LETTER) != 0) {
                words++;
                if ((flags & CharClass.UPPER) != 0) {
                    caps++;
                }
            }
            inWord = letter;
            if (alphanumeric) {
                alnum++;
                if ((flags & CharClass.DIGIT) != 0) {
                    digits++;
                }
            }
            if ((flags & CharClass.UNSPACED) != 0) {
                unspaced++;
            }
        }
        return new FeatureExtractor.Shape(words, caps, alnum, digits, unspaced);
    }
}
