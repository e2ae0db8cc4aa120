package dev.coupure.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coupure.text.Fold;
import dev.coupure.text.WordSpans;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The web-phrase lexicon finds a phrase where its mode says it must sit in the line, and nowhere else. */
class LexiconTest {

    private static final Lexicon LEXICON = Lexicon.load();

    private static Optional<Lexicon.Match> match(String line) {
        return LEXICON.match(WordSpans.of(Fold.fold(line)), FeatureExtractor.endsSentence(line));
    }

    private static String phrase(String line) {
        return match(line).map(Lexicon.Match::phrase).orElse(null);
    }

    @Test
    void aWholeLinePhraseMatchesThroughItsDecoration() {
        assertEquals("publicite", phrase("PUBLICITÉ"));
        assertEquals("publicite", phrase("• Publicité (2) :"));
        assertEquals(Lexicon.Mode.LINE, match("Publicité").orElseThrow().mode());
    }

    @Test
    void theLongestStartingPhraseWins() {
        assertEquals("lire aussi :", phrase("Lire aussi : Le gouvernement présente son budget"));
        assertEquals("lire aussi", phrase("Lire aussi Le gouvernement présente son budget"));
    }

    @Test
    void anOpeningPhraseStartsEvenALongSentence() {
        assertEquals("votre adresse e-mail ne sera pas publiee",
                phrase("Votre adresse e-mail ne sera pas publiée, et nous ne la communiquerons à personne, "
                        + "ni à nos partenaires commerciaux, ni à quiconque."));
    }

    @Test
    void aContainedPhraseMatchesBetweenWordBoundaries() {
        assertEquals("lien copie", phrase("Cliquez ici : lien copié"));
        assertTrue(match("Cliquez ici : lien copiés").isEmpty());
    }

    @Test
    void proseAndLookAlikesAreNotInTheLexicon() {
        assertTrue(match("Le gouvernement présente son budget.").isEmpty());
        assertTrue(match("Lire aussitôt le rapport").isEmpty());
        assertTrue(match("").isEmpty());
    }
}
