package dev.coupure.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coupure.text.Fold;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Tokens and their keys: the tokenizer folds ASCII words and punctuation its own way, which must agree with {@link Fold}. */
class TokenizerTest {

    private static List<String> keys(String text) {
        return Tokenizer.tokenize(text).stream().map(t -> t.key).toList();
    }

    @Test
    void keysAreFoldedWordsAndPunctuation() {
        assertEquals(List.of("l'", "otan", "a", "reuni", "«", "mme", "o'neill", "»", "a", "paris-nord", "…"),
                keys("L’OTAN a réuni « Mme O'Neill » à Paris-Nord…"));
    }

    @Test
    void elisionsAndPossessivesSplitOffWhicheverApostropheWritesThem() {
        for (String apostrophe : List.of("'", "\u2019", "\u02BC")) {
            String text = "l" + apostrophe + "Iran et Putin" + apostrophe + "s plan, jusqu" + apostrophe + "ici";
            assertEquals(List.of("l" + apostrophe, "Iran", "et", "Putin", apostrophe + "s", "plan", ",", "jusqu" + apostrophe,
                    "ici"), Tokenizer.tokenize(text).stream().map(t -> t.text).toList(), text);
        }
    }

    @Test
    void aWordInLowerCaseIsItsOwnKey() {
        Token t = Tokenizer.tokenize("budget").get(0);
        assertEquals("budget", t.key);
    }

    @Test
    void aParticleBeforeAHyphenAndACapitalIsPartOfACapitalizedNameInEveryScriptOfTheWord() {
        // ASCII words and words beyond it are read by different paths: both know the particles
        for (String name : List.of("al-Assad", "el-Sissi", "ben-Gourion", "al-Baghdadi", "al-Qāʿida", "el-Sīsī", "ould-Abdallah")) {
            Token t = Tokenizer.tokenize("le régime d'" + name).get(3);
            assertEquals(name, t.text);
            assertTrue(t.cap, name);
        }
        for (String word : List.of("al-assad", "pro-Kremlin", "anti-Poutine", "été-Hiver", "al-", "sud-coréen")) {
            Token t = Tokenizer.tokenize("le " + word).get(1);
            assertFalse(t.cap, word);
        }
    }

    @Test
    void wordsBeyondAsciiHaveTheShapeOfAsciiOnes() {
        List<Token> tokens = Tokenizer.tokenize("OTAN ÉTATS Élysée élysée 2e 2é Nord-Coréens Égypte-Israël");
        assertEquals(List.of(true, true, true, false, false, false, true, true), tokens.stream().map(t -> t.cap).toList());
        assertEquals(List.of(true, true, false, false, false, false, false, false), tokens.stream().map(t -> t.upper).toList());
        assertEquals(List.of(false, false, false, false, true, true, false, false), tokens.stream().map(t -> t.digit).toList());
        assertEquals(List.of(false, false, false, false, false, false, true, true), tokens.stream().map(t -> t.hyphen).toList());
    }

    @Property
    void everyKeyIsTheFoldOfItsText(@ForAll("texts") String text) {
        for (Token t : Tokenizer.tokenize(text)) {
            assertEquals(Fold.fold(t.text), t.key, () -> "token " + t.text + " of " + text);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> ascii = Arbitraries.chars().range(' ', '~');
        Arbitrary<Character> accented = Arbitraries.of('É', 'é', 'ï', 'ß', 'Ł', 'ø', 'İ', 'ǅ', 'К', 'ж', '’', '‐', '–',
                '«', '»', '…', '\u00A0', '\u2070', '€', '字', '\u0301');
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, ascii), net.jqwik.api.Tuple.of(1, accented)).list()
                .ofMaxSize(40).map(cs -> {
                    StringBuilder b = new StringBuilder();
                    cs.forEach(b::append);
                    return b.toString();
                });
    }
}
