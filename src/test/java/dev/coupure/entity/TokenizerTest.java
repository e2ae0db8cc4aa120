package dev.coupure.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
