package dev.coupure.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void elisionsSplitAtTheApostrophe() {
        assertEquals(List.of("l", "Iran"), Tokens.words("l'Iran"));
        assertEquals(List.of("l", "Iran"), Tokens.words("l’Iran"));
        assertEquals(List.of("La", "Russie", "et", "l", "Iran", "renforcent", "leur", "alliance"),
                Tokens.words("La Russie et l’Iran renforcent leur alliance"));
        assertEquals(List.of("qu", "il", "s", "agit", "d", "un", "accord"), Tokens.words("qu’il s’agit d’un accord"));
    }

    @Test
    void hyphenatedWordsStayWhole() {
        assertEquals(List.of("les", "Nord-Coréens"), Tokens.words("les Nord-Coréens"));
        assertEquals(List.of("a-t-il", "dit", "aux", "États-Unis"), Tokens.words("a-t-il dit aux États-Unis"));
        assertEquals(List.of("Russie-Iran"), Tokens.words("Russie-Iran"));
    }

    @Test
    void hyphensOutsideWordsAreNotWords() {
        assertEquals(List.of("Poutine", "Pezeshkian"), Tokens.words("Poutine - Pezeshkian"));
        assertEquals(List.of("pro", "et", "anti"), Tokens.words("pro- et anti-"));
        assertEquals(List.of("Nord", "Coréens"), Tokens.words("Nord–Coréens"), "an en dash is not a hyphen");
        assertEquals(List.of("2025", "01", "17"), Tokens.words("2025-01-17"), "a hyphen before a digit splits");
    }

    @Property(tries = 300)
    void weightIsTheNumberOfWordsAndOfUnspacedCharacters(@ForAll String text) {
        assertWeightIsWordsAndUnspacedCharacters(text);
    }

    @Property(tries = 1000)
    void weightCountsAsTheScanOverHyphensMarksAndUnspacedScripts(@ForAll("mixedText") String text) {
        assertWeightIsWordsAndUnspacedCharacters(text);
    }

    /** {@link Tokens#weight} counts in one pass what the word scan and a count of unspaced characters give. */
    private static void assertWeightIsWordsAndUnspacedCharacters(String text) {
        long unspaced = text.chars().filter(c -> Tokens.isUnspaced((char) c)).count();
        assertEquals(Tokens.words(text).size() + unspaced, Tokens.weight(text));
    }

    @Property(tries = 1000)
    void wordsAreTheRunsTheCharacterByCharacterRuleGives(@ForAll("mixedText") String text) {
        assertEquals(characterByCharacter(text), Tokens.words(text));
    }

    @Provide
    Arbitrary<String> mixedText() {
        return Arbitraries.of("a", "É", "z", "1", "-", "-", "'", "’", " ", "漢", "ー", "\u0301", "ก", ".", "\uD83D", "\uDE00")
                .list().ofMaxSize(16).map(parts -> String.join("", parts));
    }

    /** The rule as first written, one character at a time: the reference the scan must agree with. */
    private static List<String> characterByCharacter(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            boolean inWord = false;
            if (i < n) {
                char c = text.charAt(i);
                int flags = CharClass.of(c);
                inWord = ((flags & CharClass.WORD) != 0
                        || (c == '-' && start >= 0 && i + 1 < n && CharClass.is(text.charAt(i + 1), CharClass.LETTER)))
                        && (flags & CharClass.UNSPACED) == 0;
            }
            if (inWord) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    @Test
    void wordsOfDigitsOnly() {
        assertTrue(Tokens.allDigits("2024"));
        assertTrue(Tokens.allDigits("٢٠٢٤")); // Arabic-Indic digits are digits too
        assertFalse(Tokens.allDigits("3e"));
        assertFalse(Tokens.allDigits("x"));
    }

    @Test
    void punctuationAndNumbers() {
        assertEquals(List.of("Un", "accord", "de", "1", "7", "milliard", "de", "dollars"),
                Tokens.words("« Un accord de 1,7 milliard de dollars ! »"));
        assertTrue(Tokens.words("… — « » !?").isEmpty());
        assertTrue(Tokens.words("").isEmpty());
    }

    @Test
    void decomposedAccentsStayInTheWord() {
        assertEquals(List.of("e\u0301te\u0301", "brûlant"), Tokens.words("e\u0301te\u0301 brûlant"));
    }

    @Test
    void unspacedScriptsAreCountedByCharacter() {
        String chinese = "北京与莫斯科签署协议";
        assertTrue(Tokens.words(chinese).isEmpty());
        assertEquals(10, Tokens.weight(chinese));

        String mixed = "Vladimir Poutine a rencontré 习近平 à Moscou";
        assertEquals(List.of("Vladimir", "Poutine", "a", "rencontré", "à", "Moscou"), Tokens.words(mixed));
        assertEquals(6 + 3, Tokens.weight(mixed), "six words and three hanzi");

        assertEquals(5, Tokens.weight("東京で会談"), "kanji and hiragana");
        assertEquals(9, Tokens.weight("ประเทศไทย"), "Thai letters");
        assertEquals(8, Tokens.weight("La Russie et l’Iran, 1,7 milliard"));
        assertEquals(0, Tokens.weight("。、「」"), "CJK punctuation is not a character of text");
    }

    @Test
    void spacedNonLatinScriptsAreWords() {
        assertEquals(List.of("Россия", "и", "Иран"), Tokens.words("Россия и Иран"));
        assertEquals(List.of("روسيا", "وإيران"), Tokens.words("روسيا وإيران"));
        assertEquals(3, Tokens.weight("Россия и Иран"));
    }
}
