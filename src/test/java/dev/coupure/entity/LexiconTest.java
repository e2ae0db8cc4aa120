package dev.coupure.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coupure.text.PersonNames;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The classes the lexicon gives a token's word, which it keeps on the token after the first question. */
class LexiconTest {

    private static final Lexicon LEXICON = new Lexicon(PersonNames.load());

    private static Token word(String text) {
        return Tokenizer.tokenize(text).get(0);
    }

    @Test
    void classesAgreeWithTheWordListsWhenAskedAgain() {
        List<Set<String>> lists = List.of(LEXICON.stop, LEXICON.demonyms, LEXICON.particles, LEXICON.orgHeads,
                LEXICON.orgTails, LEXICON.placeHeads, LEXICON.placeTails, LEXICON.miscHeads);
        for (String text : List.of("Banque", "rue", "de", "selon", "Iraniens", "Festival", "Party", "lac", "Lyon")) {
            Token t = word(text);
            int expected = 0;
            for (int c = 0; c < lists.size(); c++) {
                expected |= lists.get(c).contains(t.key) ? 1 << c : 0;
            }
            assertEquals(expected, LEXICON.classes(t) & Lexicon.TAGGER_CLASSES, text);
            assertEquals(expected, LEXICON.classes(t) & Lexicon.TAGGER_CLASSES, text + ", again");
        }
        assertTrue(LEXICON.isOrgHead(word("Banque")));
        assertTrue(LEXICON.isPlaceHead(word("rue")));
        assertTrue(LEXICON.isStop(word("Selon")));
        assertFalse(LEXICON.isStop(word("Lyon")));
    }

    @Test
    void aGivenNameIsOneOnlyWhenCapitalized() {
        assertTrue(LEXICON.isGivenName(word("Marie")));
        assertFalse(LEXICON.isGivenName(word("marie")));
        assertFalse(LEXICON.isGivenName(word("Lyon")));
    }

    @Test
    void adjectivesAndParticlesAreLowerCaseWords() {
        assertTrue(LEXICON.isAdjective(word("européenne")));
        assertTrue(LEXICON.isAdjective(word("iraniens")));
        assertFalse(LEXICON.isAdjective(word("Européenne")));
        assertTrue(LEXICON.isParticle(word("de")));
        assertFalse(LEXICON.isParticle(word("De")));
    }

    @Test
    void anArticleIsToldByItsWrittenForm() {
        assertTrue(LEXICON.isArticle(word("La")));
        assertTrue(LEXICON.isArticle(Tokenizer.tokenize("l’Iran").get(0)));
        assertFalse(LEXICON.isArticle(word("à")), "à is not the English a");
        assertFalse(LEXICON.isArticle(word("Lyon")));
    }
}
