package dev.coupure.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinePatternsTest {

    private static final LinePatterns PATTERNS = LinePatterns.load();

    @Test
    void aBylineWordAloneOnItsLineWaitsForTheNamesOnTheNext() {
        for (String alone : new String[] {"von", "Par", "  By  ", "Par :", "Texte:", "Propos recueillis par"}) {
            assertTrue(PATTERNS.isBylinePrefix(alone), alone);
        }
        for (String not : new String[] {"Par Claire Dumoulin", "by by", "Par :x", "Parler", "", "Nachrichten von"}) {
            assertFalse(PATTERNS.isBylinePrefix(not), not);
        }
    }

    @Test
    void aBylineWithItsNamesGivesTheNames() {
        assertEquals(Optional.of("Claire Dumoulin"), PATTERNS.bylineName("Par Claire Dumoulin", 3));
        assertEquals(Optional.of("Anna Fink"), PATTERNS.bylineName("von Anna Fink", 3));
        assertEquals(Optional.of("Jane Roe"), PATTERNS.bylineName("  BY Jane Roe", 3));
        assertEquals(Optional.of("Jane Roe"), PATTERNS.bylineName("Written by: Jane Roe", 4));
        assertEquals(Optional.empty(), PATTERNS.bylineName("Jean-Pierre Dupont", 2));
        assertEquals(Optional.empty(), PATTERNS.bylineName("Par ailleurs, rien", 3), "a name starts with a capital");
    }

    @Test
    void aBylineSharesItsLineWithTheDatelineEitherSide() {
        assertEquals(Optional.of("Claire Dumoulin"), PATTERNS.bylineName("Mardi 4 février 2025 - Par Claire Dumoulin", 7));
        assertEquals(Optional.of("Gérard Fontanel"),
                PATTERNS.bylineName("Par Gérard Fontanel – Publié le 14 novembre 2008", 8));
        assertEquals(Optional.of("Claire Dumoulin | Le Monde"), PATTERNS.bylineName("Par Claire Dumoulin | Le Monde", 5),
                "what follows the bar is no date");
        assertEquals(Optional.empty(), PATTERNS.bylineName("Mardi 4 février 2025-Par Claire Dumoulin", 7));
    }

    @Test
    void aCaptionEndsWithItsCreditInEveryShape() {
        for (String caption : new String[] {
                "Le président à l'Élysée, mardi (Photo: Reuters)  ",
                "Der Kanzler in Berlin. Foto: dpa",
                "Blick auf den Hafen © Anett Seidler",
                "Des manifestants devant la préfecture. Photo : AFP",
                "Un atelier de bricolage. | OUEST-FRANCE",
                "Le Premier ministre à Matignon, mardi. Crédit photo : Jean Martin",
                "Sur le port de Hambourg. BILD: Anett Seidler"}) {
            assertTrue(PATTERNS.endsWithCredit(caption), caption);
        }
    }

    @Test
    void proseAndBareCreditsAreNotCaptions() {
        for (String not : new String[] {
                "Il a précisé : « nous verrons bien ». La séance est levée.",
                "Le ministre a répondu aux questions (voir encadré).",
                "Photo : AFP",
                "Trois choses à retenir : le prix, la date, le lieu!",
                "Lire aussi : le gouvernement présente son budget",
                "Mis à jour le 4 février à 12:30",
                ""}) {
            assertFalse(PATTERNS.endsWithCredit(not), not);
        }
    }

    @Test
    void aBreadcrumbIsATrailOfShortStepsBetweenArrows() {
        assertTrue(PATTERNS.isBreadcrumb("Accueil > Monde > Europe"));
        assertTrue(PATTERNS.isBreadcrumb("Mac & i › News › 2015"));
        assertTrue(PATTERNS.isBreadcrumb("Startseite\t→ Politik → Ausland"));
        assertFalse(PATTERNS.isBreadcrumb("Accueil > Monde"), "two steps");
        assertFalse(PATTERNS.isBreadcrumb("Accueil > une étape bien trop longue pour un menu > Europe"));
        assertFalse(PATTERNS.isBreadcrumb("« Nous verrons » a-t-il dit, « demain » au plus tard."));
        assertFalse(PATTERNS.isBreadcrumb("Accueil>Monde>Europe"), "arrows without spaces");
    }
}
