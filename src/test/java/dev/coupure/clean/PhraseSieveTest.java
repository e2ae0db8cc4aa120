package dev.coupure.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The sieve names every phrase {@link String#indexOf} finds, whatever else it names. */
class PhraseSieveTest {

    private static final List<String> PHRASES = List.of("tous droits réservés", "abonnez-vous", "à la une", "lien copié",
            "cookies", "ok", "cookie policy", "% lu", "ça", "\uD83D\uDCF0 news", "東京都");
    private static final PhraseSieve SIEVE = new PhraseSieve(PHRASES);

    @Property(tries = 3000)
    void everyPhraseTheTextHoldsIsACandidate(@ForAll("texts") String text, @ForAll @IntRange(max = 12) int skip) {
        int from = Math.min(skip, text.length());
        long candidates = SIEVE.candidates(text.toCharArray(), from, text.length());
        for (int i = 0; i < PHRASES.size(); i++) {
            if (text.indexOf(PHRASES.get(i), from) >= 0) {
                assertTrue((candidates & 1L << i) != 0, PHRASES.get(i) + " in " + text + " from " + from);
            }
        }
    }

    @Test
    void aTextNamesThePhrasesItHoldsAndLittleElse() {
        long shortOnes = 1L << PHRASES.indexOf("ok") | 1L << PHRASES.indexOf("ça") | 1L << PHRASES.indexOf("東京都");
        assertEquals(shortOnes, SIEVE.candidates("le conseil municipal vote le budget".toCharArray(), 0, 35));
        String tail = "copyright: tous droits réservés";
        long whole = 1L << PHRASES.indexOf("tous droits réservés");
        assertEquals(whole, SIEVE.candidates(tail.toCharArray(), 0, tail.length()) & whole);
        assertEquals(0, SIEVE.candidates(tail.toCharArray(), 12, tail.length()) & whole, "the phrase starts before from");
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(PHRASES),
                Arbitraries.of(PHRASES).map(p -> p.substring(0, p.length() / 2)),
                Arbitraries.of(" ", "la", "tous", "cookie", "vous", "a la", "ok?", "東京", "\uD83D\uDCF0"),
                Arbitraries.strings().ofMaxLength(6));
        return piece.list().ofMaxSize(10).map(pieces -> String.join("", pieces));
    }
}
