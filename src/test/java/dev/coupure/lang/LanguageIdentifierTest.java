package dev.coupure.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

    private static final String FRENCH = "Le conseil municipal a adopté jeudi soir un plan de rénovation des écoles primaires"
            + " de la ville, après plus de trois heures de débats parfois vifs.";
    private static final String ENGLISH = "The city council adopted on Thursday night a plan to renovate the town's primary"
            + " schools, after more than three hours of sometimes heated debate.";

    @Test
    void tellsFrenchFromEnglishWithAConfidenceThatSaysHowClearItIs() {
        LanguageIdentifier identifier = LanguageIdentifier.forLanguages(List.of("fr", "en", "de"));
        LanguageGuess fr = identifier.identify(FRENCH);
        assertEquals("fr", fr.code());
        assertTrue(fr.confidence() > 0.5 && fr.confidence() <= 1, String.valueOf(fr.confidence()));
        assertEquals("en", identifier.identify(ENGLISH).code());
    }

    @Test
    void aTextWithoutLettersHasNoLanguage() {
        LanguageGuess none = LanguageIdentifier.forLanguages(List.of("fr", "en")).identify("12 345 — 67,8 %");
        assertNull(none.code());
        assertEquals(0, none.confidence());
    }

    @Test
    void aSingleLanguageIsTakenAsGiven() {
        LanguageIdentifier french = LanguageIdentifier.forLanguages(List.of("fr"));
        assertEquals(new LanguageGuess("fr", 1.0), french.identify(ENGLISH));
        assertNull(french.identify("—").code());
    }

    @Test
    void unknownCodesAreRefusedWithTheirName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LanguageIdentifier.forLanguages(List.of("fr", "xx")));
        assertTrue(e.getMessage().contains("'xx'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LanguageIdentifier.forLanguages(List.of()));
    }
}
