package dev.coupure.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Spans give the words {@link Tokens#words} gives, and a table looks a span up as a map looks its string up. */
class WordSpansTest {

    @Test
    void spansAreTheWordsOfTheText() {
        WordSpans w = WordSpans.of("l'Iran et les Nord-Coréens, 2025");
        assertEquals(List.of("l", "Iran", "et", "les", "Nord-Coréens", "2025"), w);
        assertEquals("Nord-Coréens", new String(w.chars(), w.start(4), w.end(4) - w.start(4)));
    }

    @Property(tries = 500)
    void spansListTheWordsTokensGives(@ForAll String text) {
        assertEquals(Tokens.words(text), WordSpans.of(text));
    }

    @Property(tries = 500)
    void eachWordsHashIsItsStringsHash(@ForAll String text) {
        for (WordSpans w : List.of(WordSpans.of(text), WordSpans.folded(text))) {
            for (int k = 0; k < w.size(); k++) {
                assertEquals(w.get(k).hashCode(), w.hash(k), w.get(k));
            }
        }
    }

    @Test
    void foldedSpansAreTheWordsOfTheFoldedText() {
        WordSpans w = WordSpans.folded("  L’Élysée et les NORD–Coréens,\t2025 ");
        assertEquals("l'elysee et les nord-coreens, 2025", w.text());
        assertEquals(List.of("l", "elysee", "et", "les", "nord-coreens", "2025"), w);
        assertEquals("nord-coreens", new String(w.chars(), w.start(4), w.end(4) - w.start(4)));
    }

    @Property(tries = 500)
    void foldedSpansAreTheSpansOfTheFoldedString(@ForAll String text) {
        WordSpans folded = WordSpans.folded(text);
        WordSpans expected = WordSpans.of(Fold.fold(text));
        assertEquals(expected.text(), folded.text());
        assertEquals(expected, folded);
        for (int k = 0; k < expected.size(); k++) {
            assertEquals(expected.start(k), folded.start(k));
            assertEquals(expected.end(k), folded.end(k));
        }
    }

    @Test
    void aTableFindsItsWordsAndOnlyThem() {
        WordTable table = new WordTable(Map.of("le", 1L, "la", 2L, "publicité", 1L << 63, "é", 4L));
        WordSpans w = WordSpans.of("la publicité le lé é les l");
        long[] found = new long[w.size()];
        for (int k = 0; k < w.size(); k++) {
            found[k] = table.get(w.chars(), w.start(k), w.end(k));
        }
        assertEquals(List.of(2L, 1L << 63, 1L, 0L, 4L, 0L, 0L), java.util.Arrays.stream(found).boxed().toList());
    }

    @Test
    void aSetOfWordsGivesBackItsOwnStringForASpan() {
        WordTable set = WordTable.of(List.of("budget", "conseil"));
        WordSpans w = WordSpans.of("le conseil vote le budget");
        assertEquals("conseil", set.find(w.chars(), w.start(1), w.end(1)));
        assertEquals("conseil", set.find(w.chars(), w.start(1), w.end(1), w.hash(1)));
        assertNull(set.find(w.chars(), w.start(3), w.end(3), w.hash(3)));
        assertEquals("budget", set.find(w.chars(), w.start(4), w.end(4)));
        assertNull(set.find(w.chars(), w.start(0), w.end(0)));
    }

    @Test
    void numberedKeysGiveTheirPlaceFromOne() {
        WordTable numbered = WordTable.numbered(List.of("publicite", "partager", "menu"));
        WordSpans w = WordSpans.of("menu partager publicite accueil");
        assertEquals(List.of(3L, 2L, 1L, 0L), java.util.stream.IntStream.range(0, w.size())
                .mapToObj(k -> numbered.get(w.chars(), w.start(k), w.end(k))).toList());
    }

    @Property(tries = 300)
    void aTableAnswersAsTheMapItWasBuiltFrom(@ForAll List<String> keys, @ForAll String text) {
        Map<String, Long> map = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            map.put(keys.get(i), i + 1L);
        }
        WordSpans words = WordSpans.of(text + " " + String.join(" ", keys));
        WordTable table = new WordTable(map);
        for (int k = 0; k < words.size(); k++) {
            long expected = map.getOrDefault(words.get(k), 0L);
            assertEquals(expected, table.get(words.chars(), words.start(k), words.end(k)));
            assertEquals(expected, table.get(words.chars(), words.start(k), words.end(k), words.get(k).hashCode()),
                    "with the hash its caller took");
            assertEquals(expected, table.get(words.chars(), words.start(k), words.end(k), words.hash(k)), "with the scan's hash");
        }
    }

    @Test
    void wordsOfTheSameHashAreToldApartAndARepeatedWordIsOneEntry() {
        assertEquals("Aa".hashCode(), "BB".hashCode());
        WordTable set = WordTable.of(List.of("Aa", "BB", "Aa", "C"));
        WordSpans w = WordSpans.of("BB Aa AB C Ca");
        List<String> found = new java.util.ArrayList<>();
        for (int k = 0; k < w.size(); k++) {
            found.add(set.find(w.chars(), w.start(k), w.end(k), w.hash(k)));
        }
        assertEquals(java.util.Arrays.asList("BB", "Aa", null, "C", null), found);
    }

    @Test
    void wordsOfEveryLengthAreFoundLongOnesToo() {
        String long80 = "a".repeat(80);
        WordTable set = WordTable.of(List.of("x", long80, "abcdefghij"));
        WordSpans w = WordSpans.of("x " + long80 + " " + "a".repeat(70) + " abcdefghij abcdefghik xy");
        List<String> found = new java.util.ArrayList<>();
        for (int k = 0; k < w.size(); k++) {
            found.add(set.find(w.chars(), w.start(k), w.end(k)));
        }
        assertEquals(java.util.Arrays.asList("x", long80, null, "abcdefghij", null, null), found);
    }
}
