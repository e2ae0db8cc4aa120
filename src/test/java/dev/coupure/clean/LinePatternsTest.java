package dev.coupure.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coupure.text.WordSpans;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

    @Property(tries = 2000)
    void theBylineCheckSaysNoOnlyWhereTheExpressionsDo(@ForAll("bylineLike") String line) {
        String stripped = line.strip();
        if (!LinePatterns.mayStartByline(stripped)) {
            assertFalse(LinePatterns.BYLINE.matcher(stripped).matches(), line);
            assertFalse(LinePatterns.BYLINE_WORD_ALONE.matcher(stripped).matches(), line);
        }
    }

    @Test
    void theBylineCheckLetsBylinesThroughAndStopsWordsThatOnlyStartLikeOne() {
        for (String byline : new String[] {"Par Claire Dumoulin", "BY: Jane Roe", "von", "Texte\tet photos", "Written by  Ann"}) {
            assertTrue(LinePatterns.mayStartByline(byline), byline);
        }
        for (String not : new String[] {"Pour la première fois", "Dans la nuit", "Parler", "Texter", "by-election", ""}) {
            assertFalse(LinePatterns.mayStartByline(not), not);
        }
    }

    @Provide
    Arbitrary<String> bylineLike() {
        Arbitrary<String> opener = Arbitraries.of("par", "by", "von", "por", "di", "door", "texte", "text", "reportage",
                "propos recueillis par", "written by", "words by", "pour", "dans", "bypass", "ditto", "wordsworth",
                "propos", "\u212Aar", "ｐar", "written");
        Arbitrary<String> caseOf = opener.flatMap(w -> Arbitraries.of(w, w.toUpperCase(Locale.ROOT),
                w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1)));
        Arbitrary<String> after = Arbitraries.of("", " ", ":", " :", ": ", "\t", " \u00A0", "\u00A0", "x", "-", "s ", " \n ");
        Arbitrary<String> rest = Arbitraries.of("", "Claire Dumoulin", "jane roe", "Anna Fink, Jan Marchart", ":", "  ");
        return caseOf.flatMap(w -> after.flatMap(a -> rest.map(r -> w + a + r)));
    }

    @Property(tries = 3000)
    void theCreditCheckSaysNoOnlyWhereTheExpressionDoes(@ForAll("captionLike") String line) {
        int from = Math.max(0, line.length() - 90);
        if (!LinePatterns.mayEndWithCredit(line, from)) {
            assertFalse(LinePatterns.TRAILING_CREDIT.matcher(line).region(from, line.length()).find(), line);
        }
    }

    @Test
    void aBracketWithNoCreditInItIsNoCredit() {
        assertFalse(LinePatterns.mayEndWithCredit("Le ministre a répondu aux questions (voir encadré).", 0));
        assertFalse(LinePatterns.mayEndWithCredit("Le ministre a répondu (3)", 0));
        assertFalse(LinePatterns.mayEndWithCredit("Image : le port, puis la ville (archives) et le reste. Fin (ici)", 60),
                "the picture's word stands before the tail");
        assertTrue(LinePatterns.mayEndWithCredit("Le port de Hambourg (Source: Reuters)", 0));
        assertTrue(PATTERNS.endsWithCredit("Le port de Hambourg (Source: Reuters)"));
        assertTrue(LinePatterns.mayEndWithCredit("Le port (Photo: J. Martin)", 0), "a sentence's end inside the bracket");
        assertTrue(PATTERNS.endsWithCredit("Le port (Photo: J. Martin)"));
    }

    @Provide
    Arbitrary<String> captionLike() {
        Arbitrary<String> piece = Arbitraries.of("Le président à l'Élysée, mardi", "Der Kanzler in Berlin", " ", ". ", "! ",
                "?", ":", " : ", "(", ")", "(Photo: Reuters)", "(PICTURE : Getty Images)", "(source: AFP)", "(voir encadré)",
                "(3)", "Foto: dpa", "Photo : AFP", "crédit photo : Jean Martin", "CRÉDIT PHOTO: J. M.", "Bild:", "© ",
                "©Anett Seidler", "| OUEST-FRANCE", ". | Le Monde", "» | Ouest-France", "12:30", "image", "source", "Photos",
                "a".repeat(40), "\t", "  ", ".");
        return piece.list().ofMinSize(1).ofMaxSize(8).map(pieces -> String.join("", pieces));
    }
    @Property(tries = 3000)
    void theBarAndSignChecksSayNoOnlyWhereTheExpressionDoes(@ForAll("barOrSignLike") String line) {
        for (int from : new int[] {0, line.length() / 2, Math.max(0, line.length() - 90)}) {
            if (!LinePatterns.mayEndWithCredit(line, from)) {
                assertFalse(LinePatterns.TRAILING_CREDIT.matcher(line).region(from, line.length()).find(), line + " from " + from);
            }
        }
    }

    @Test
    void aMenuOfBarsOrASignBeforeASentenceIsNoCredit() {
        assertFalse(LinePatterns.mayEndWithCredit("Accueil | Actualités | Sports | Contact", 0));
        assertFalse(LinePatterns.mayEndWithCredit("© Valmont Presse 2025. Tous droits réservés.", 0));
        assertFalse(PATTERNS.endsWithCredit("Le port de Valmont au petit matin. © Jean Martin. Vue du quai."));
        assertTrue(LinePatterns.mayEndWithCredit("Des bénévoles réparent une chaise. | OUEST-FRANCE", 0));
        assertTrue(PATTERNS.endsWithCredit("Des bénévoles réparent une chaise. | OUEST-FRANCE"));
        assertTrue(LinePatterns.mayEndWithCredit("Les quais de Valmont, un soir d'hiver » \t| Le Courrier", 0));
        assertTrue(PATTERNS.endsWithCredit("Le port de Valmont au petit matin © Jean Martin"));
        assertFalse(LinePatterns.mayEndWithCredit("Une phrase finie. | Le Courrier", 19), "the sentence's end stands before the tail");
    }

    @Provide
    Arbitrary<String> barOrSignLike() {
        Arbitrary<String> piece = Arbitraries.of("Le port de Valmont", "der Hafen", " ", "\u00A0", "\t", ".", "!", "?", "»", "”",
                "|", " | ", "©", "© ", "OUEST-FRANCE", "Le Courrier", "Élodie", "éa", "&", "'", "/", "-", ":", "(", ")",
                "Photo: AFP", "2025", "x".repeat(30));
        return piece.list().ofMinSize(1).ofMaxSize(10).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 3000)
    void theNumericDateCheckSaysNoOnlyWhereTheExpressionDoes(@ForAll("numberLike") String line) {
        if (!LinePatterns.mayHoldNumericDate(line)) {
            assertFalse(LinePatterns.NUMERIC_DATE.matcher(line).find(), line);
        }
    }

    @Property(tries = 3000)
    void theClockCheckSaysNoOnlyWhereTheExpressionDoes(@ForAll("numberLike") String line) {
        if (!LinePatterns.mayHoldClock(line)) {
            assertFalse(LinePatterns.CLOCK.matcher(line).find(), line);
        }
    }

    @Test
    void aDatelineNeedsNoNumericDateButATimeOrAPriceIsNone() {
        assertTrue(LinePatterns.mayHoldNumericDate("Publié le 17/01/2025 à 10h32"));
        assertTrue(LinePatterns.mayHoldNumericDate("2025-01-17"));
        assertFalse(LinePatterns.mayHoldNumericDate("12:00"));
        assertFalse(LinePatterns.mayHoldNumericDate("Mis à jour : 3 heures - 12 €"));
        assertFalse(LinePatterns.mayHoldNumericDate("La Grande Guerre, 1914-1918"), "a range is one separator");
        assertFalse(LinePatterns.mayHoldNumericDate("Score final 2-1, puis 3-123-4"));
        assertTrue(LinePatterns.mayHoldNumericDate("Stand: 5.6.24"));
        assertTrue(LinePatterns.mayHoldClock("17 janvier, 10h32"));
        assertTrue(LinePatterns.mayHoldClock("Jan. 17 at 9 : 05"));
        assertFalse(LinePatterns.mayHoldClock("Sep 24 2 mins read"));
        assertFalse(LinePatterns.mayHoldClock("Mise à jour le 3 mars, 48h plus tard"), "a digit after the h too");
        assertTrue(PATTERNS.isDateline("17/01/2025 10:32", WordSpans.folded("17/01/2025 10:32")));
        assertTrue(PATTERNS.isDateline("Publié le 17 janvier 2025", WordSpans.folded("Publié le 17 janvier 2025")));
        assertTrue(PATTERNS.isDateline("17 janvier, 10h32", WordSpans.folded("17 janvier, 10h32")));
        assertFalse(PATTERNS.isDateline("12 000 €", WordSpans.folded("12 000 €")));
    }

    @Provide
    Arbitrary<String> numberLike() {
        Arbitrary<String> piece = Arbitraries.of("1", "7", "12", "19", "2025", "01", "123", ".", "/", "-", "–", ":", "h", " ",
                "\u00A0", "\t", "\u000B", "janvier", "Mai", "é", "_", "\u0663", "\uFF11", "a", "H", "17/01/2025", "5.6.24",
                "2025-01-17", "3/4", "12.3", "10:32", "9 h 05");
        return piece.list().ofMinSize(1).ofMaxSize(10).map(pieces -> String.join("", pieces));
    }
}
