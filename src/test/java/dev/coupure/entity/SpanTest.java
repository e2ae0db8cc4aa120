package dev.coupure.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coupure.text.PersonNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A span's name keys, read from its tokens in one pass, against the rule written out as lists of words. */
class SpanTest {

    private static final Vocabulary VOCABULARY = new Vocabulary(new Gazetteer(), new Lexicon(PersonNames.load()));
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "junior", "senior", "ii", "iii", "iv", "fils", "pere");

    @Test
    void generationalSuffixesDoNotIdentifyAPerson() {
        Segment seg = new Segment("Hier, Gaston Lebrun Père et Gaston Lebrun Fils.", false, VOCABULARY);
        Span father = new Span(seg, 2, 5);
        Span son = new Span(seg, 6, 9);
        assertEquals("gaston lebrun", father.nameKey());
        assertEquals(father.nameKey(), son.nameKey());
        assertEquals("lebrun", son.lastKey());
    }

    @Test
    void aSuffixAloneIsTheName() {
        Segment seg = new Segment("Junior a marqué.", false, VOCABULARY);
        assertEquals("junior", new Span(seg, 0, 1).nameKey());
    }

    @Property(tries = 500)
    void keysAreThoseOfTheWordsLeftOnceSuffixesAreDropped(@ForAll("names") String text, @ForAll @IntRange(max = 12) int from,
            @ForAll @IntRange(min = 1, max = 8) int length) {
        Segment seg = new Segment(text, false, VOCABULARY);
        int start = Math.min(from, seg.tokens.size() - 1);
        int end = Math.min(seg.tokens.size(), start + length);
        List<Token> words = new ArrayList<>();
        for (int i = start; i < end; i++) {
            if (seg.tokens.get(i).word) {
                words.add(seg.tokens.get(i));
            }
        }
        if (words.isEmpty()) {
            return; // no span is made without a word
        }
        while (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1).key)) {
            words.remove(words.size() - 1);
        }
        List<String> keys = new ArrayList<>();
        for (Token w : words) {
            String k = NameKey.of(w.key);
            if (!k.isEmpty()) {
                keys.add(k);
            }
        }
        String expected = words.size() == 1 ? NameKey.of(words.get(0).key) : String.join(" ", keys);
        Span span = new Span(seg, start, end);
        assertEquals(expected, span.nameKey(), text);
        assertEquals(NameKey.of(words.get(words.size() - 1).key), span.lastKey(), text);
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> word = Arbitraries.of("Gaston", "Lebrun", "Jr", "Sr", "Senior", "fils", "Père", "II", "IV", "de",
                "Saint-Cyr", "O'Hara", "l'", "’", "-", ".", ",", "Schönbrunn", "Tchékhov", "12");
        return word.list().ofMinSize(1).ofMaxSize(10).map(ws -> String.join(" ", ws));
    }
}
