package dev.coupure.meta;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class BylineTest {

    /** The expressions the scans replaced, kept as their oracle. */
    private static final Pattern SEPARATORS = Pattern.compile(
            "\\s*(?:,|;|&|·|\\||\\band\\b|\\bet\\b|\\bund\\b|\\by\\b|\\be\\b|\\bavec\\b|\\bwith\\b|\\bpour\\b|\\bfor\\b|\\bmit\\b|\\bfür\\b)\\s*");
    private static final Pattern BETWEEN_FOLDED_WORDS = Pattern.compile("[\\s.]+");
    private static final Pattern DOMAIN = Pattern.compile(".*\\.(com|fr|de|at|ch|be|org|net|co\\.uk)$");

    @Test
    void aBylineIsCutAtItsMarksAndAtItsJoiningWordsStandingAlone() {
        assertArrayEquals(new String[] {"Jean Dupont", "Marie Curie"}, Byline.separated("Jean Dupont et Marie Curie"));
        assertArrayEquals(new String[] {"Le Monde", "AFP"}, Byline.separated("Le Monde avec AFP"));
        assertArrayEquals(new String[] {"Anna Fink", "Wien"}, Byline.separated("Anna Fink | Wien"));
        assertArrayEquals(new String[] {"Samya Kullab", "Vasilisa Stepanenko", "Hanna Arhirova"},
                Byline.separated("Samya Kullab, Vasilisa Stepanenko and Hanna Arhirova"));
        assertArrayEquals(new String[] {"Bertrand Yvette Etienne"}, Byline.separated("Bertrand Yvette Etienne"),
                "\"and\", \"y\" and \"e\" inside names join nothing");
        assertArrayEquals(new String[] {"", "Claire"}, Byline.separated(", Claire"), "as String.split: a part before the first");
        assertArrayEquals(new String[] {"Claire"}, Byline.separated("Claire et"), "and none after the last");
        assertArrayEquals(new String[] {"José\u0301e", "Lena"}, Byline.separated("José\u0301e y Lena"));
    }

    @Property(tries = 5000)
    void aBylineIsCutWhereTheExpressionCutIt(@ForAll("bylines") String byline) {
        assertArrayEquals(SEPARATORS.split(byline), Byline.separated(byline), () -> "\"" + byline + "\"");
    }

    @Test
    void anOrganizationIsNamedByAWordOrAWebAddress() {
        assertTrue(Byline.isOrganization("cbc news"));
        assertTrue(Byline.isOrganization("br24.redaktion"));
        assertTrue(Byline.isOrganization("lemonde.fr"));
        assertTrue(Byline.isOrganization("example.co.uk"));
        assertFalse(Byline.isOrganization("jean dupont"));
        assertFalse(Byline.isOrganization("newsletter"));
        assertFalse(Byline.isOrganization("lemonde.fr\nabonnement"));
    }

    @Property(tries = 5000)
    void anOrganizationIsWhatTheExpressionsSaid(@ForAll("bylines") String byline) {
        boolean oracle = false;
        for (String w : BETWEEN_FOLDED_WORDS.split(byline)) {
            oracle |= Byline.ORGANIZATION_WORDS.contains(w);
        }
        oracle |= DOMAIN.matcher(byline).matches();
        assertEquals(oracle, Byline.isOrganization(byline), () -> "\"" + byline + "\"");
    }

    /**
     * Names glued to or spaced from the joining words in several cases and languages, marks,
     * underscores, letters beyond the BMP, spaces of every kind, web addresses and line breaks.
     */
    @Provide
    Arbitrary<String> bylines() {
        return Arbitraries.of("Jean", "Bertrand", "Yves", "and", "And", "et", "e", "y", "und", "avec", "with", "pour",
                "for", "mit", "für", "fur", "etc", " ", " ", "  ", "\t", "\n", "\u00A0", ",", ";", "&", "·", "|", "_",
                "\u0301", "é", "-", "'", ".", "\uD835\uDC00", "2", "news", "presse", "tv", ".fr", ".co.uk", "com", "\r",
                "\u2028", "\u0085")
                .list().ofMaxSize(8).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 2000)
    void dropsTheArticleAsTheExpressionDid(@ForAll("folded") String folded) {
        assertEquals(folded.replaceFirst("^the ", ""), Byline.withoutThe(folded), folded);
    }

    @Test
    void dropsOnlyALeadingArticle() {
        assertEquals("associated press", Byline.withoutThe("the associated press"));
        assertEquals("theatre du rond-point", Byline.withoutThe("theatre du rond-point"));
        assertEquals("le monde avec the guardian", Byline.withoutThe("le monde avec the guardian"));
        assertEquals("the", Byline.withoutThe("the"));
    }

    @Provide
    Arbitrary<String> folded() {
        Arbitrary<String> piece = Arbitraries.of("the", "the ", "The ", "th", "e", " ", "\u00A0", "\n", "times", "presse", "é");
        return piece.list().ofMinSize(0).ofMaxSize(5).map(pieces -> String.join("", pieces));
    }
}
