package dev.coupure.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.coupure.text.PersonNames;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Words read with the vocabulary: the same tokens, and what each table would answer for their keys. */
class VocabularyTest {

    private static final Gazetteer GAZETTEER = new Gazetteer();
    private static final Lexicon LEXICON = new Lexicon(PersonNames.load());
    private static final Vocabulary VOCABULARY = new Vocabulary(GAZETTEER, LEXICON);
    private static final List<String> SOME_KNOWN = List.of("le", "Président", "ministre", "de", "la", "Défense", "Emmanuel",
            "Macron", "l’Élysée", "Union", "européenne", "New", "York", "ONU", "porte-parole", "Banque", "rue", "Paris");

    @Property(tries = 500)
    void tokensAreTheSameAndKnowWhatTheTablesSayOfTheirWords(@ForAll("texts") String text) {
        List<Token> plain = Tokenizer.tokenize(text);
        List<Token> read = Tokenizer.tokenize(text, VOCABULARY);
        assertEquals(plain.size(), read.size(), text);
        for (int i = 0; i < read.size(); i++) {
            Token p = plain.get(i);
            Token t = read.get(i);
            assertEquals(List.of(p.start, p.end, p.text, p.key, p.line), List.of(t.start, t.end, t.text, t.key, t.line), text);
            assertEquals(List.of(p.word, p.cap, p.upper, p.digit, p.hyphen, p.sentenceStart),
                    List.of(t.word, t.cap, t.upper, t.digit, t.hyphen, t.sentenceStart), text);
            if (!t.word) {
                assertNull(t.lexeme, text);
                continue;
            }
            assertEquals(LEXICON.listed().getOrDefault(t.key, 0), t.lexeme.classes(), t.key);
            assertSame(GAZETTEER.firstWords().get(t.key), t.lexeme.aliases(), t.key);
            assertSame(LEXICON.cues.next.get(t.key), t.lexeme.cues(), t.key);
            assertEquals(LEXICON.classes(p), LEXICON.classes(t), t.key);
            if (t.lexeme != Vocabulary.UNLISTED) {
                assertEquals(t.key, t.lexeme.key());
            }
        }
    }

    @Test
    void everyWordOfEveryTableIsFoundWhateverItsCase() {
        List<String> words = new java.util.ArrayList<>(LEXICON.listed().keySet());
        words.addAll(GAZETTEER.firstWords().keySet());
        words.addAll(LEXICON.cues.next.keySet());
        for (String w : words) {
            for (String written : List.of(w, w.toUpperCase(Locale.ROOT))) {
                List<Token> tokens = Tokenizer.tokenize(written, VOCABULARY);
                if (tokens.size() == 1 && tokens.get(0).word && tokens.get(0).key.equals(w)) {
                    assertEquals(w, tokens.get(0).lexeme.key(), written);
                }
            }
        }
    }

    /** Known words in their usual spelling, in capitals or in lower case, among other words and punctuation. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> known = Arbitraries.of(SOME_KNOWN).flatMap(w -> Arbitraries.of(w, w.toUpperCase(Locale.ROOT),
                w.toLowerCase(Locale.ROOT)));
        Arbitrary<String> other = Arbitraries.strings().withChars("abcdeXYZéÉ’'-.,«» 1\n").ofMaxLength(8);
        return Arbitraries.oneOf(known, other).list().ofMaxSize(12).map(ws -> String.join(" ", ws));
    }
}
