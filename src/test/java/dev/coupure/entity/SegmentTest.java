package dev.coupure.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coupure.text.PersonNames;
import org.junit.jupiter.api.Test;

/** What a segment knows of its tokens and lines. */
class SegmentTest {

    private static final Gazetteer GAZETTEER = new Gazetteer();
    private static final Lexicon LEXICON = new Lexicon(PersonNames.load());
    private static final Vocabulary VOCABULARY = new Vocabulary(GAZETTEER, LEXICON);

    @Test
    void knownAliasesAreTheGazetteersLongestAndStayTheSameWhenAskedAgain() {
        String text = "France 24 a interrogé le Conseil de l'Union européenne, puis la France.\nFrance Inter aussi.";
        Segment seg = new Segment(text, false, VOCABULARY);
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < seg.tokens.size(); i++) {
                assertEquals(GAZETTEER.longest(text, seg.tokens, i), seg.known(i), "token " + i + ", pass " + pass);
            }
        }
        assertEquals("France 24", seg.known(0).entry().name());
        assertEquals("Conseil de l'Union européenne", seg.known(5).entry().name());
        assertNull(seg.known(4), "le");
    }

    @Test
    void linesInTitleCaseOrCapitalsAreRestrictedAndBylinesAreTold() {
        String text = "Par Jeanne Marchal\nLe budget a été voté hier soir par les élus.\nPUTIN HOSTS IRANIAN PRESIDENT\n"
                + "Le Budget Sera Voté Demain Avec Quelques Retouches";
        Segment seg = new Segment(text, false, VOCABULARY);
        assertTrue(seg.byline(0));
        assertFalse(seg.byline(1));
        assertFalse(seg.restrictedLine(1));
        assertTrue(seg.restrictedLine(2));
        assertTrue(seg.allCapsLine(2));
        assertTrue(seg.restrictedLine(3));
        assertFalse(seg.allCapsLine(3));
    }

    @Test
    void nameKeysAreMadeOnceAndAreTheNameKeysOfTheFoldedNames() {
        Segment seg = new Segment("Vladimir Poutine", false, VOCABULARY);
        String key = seg.nameKey("vladimir poutine");
        assertEquals(NameKey.of("vladimir poutine"), key);
        assertEquals("vladimir putin", key);
        assertSame(key, seg.nameKey("vladimir poutine"));
    }
}
