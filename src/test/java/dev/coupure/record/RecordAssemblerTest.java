package dev.coupure.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

/** The record's paragraph count is the number of blank-line-separated pieces of its body. */
class RecordAssemblerTest {

    @Test
    void paragraphsAreSeparatedByABlankLine() {
        assertEquals(0, RecordAssembler.paragraphs(""));
        assertEquals(1, RecordAssembler.paragraphs("Une seule ligne."));
        assertEquals(1, RecordAssembler.paragraphs("Deux lignes\nd'un paragraphe."));
        assertEquals(3, RecordAssembler.paragraphs("Un.\n\nDeux.\nSuite.\n\nTrois."));
    }

    @Property(tries = 1000)
    void paragraphsCountAsSplittingTheBodyWould(
            @ForAll @Chars({'\n', ' '}) @CharRange(from = 'a', to = 'c') String text) {
        int expected = text.isEmpty() ? 0 : text.split("\n\n").length;
        assertEquals(expected, RecordAssembler.paragraphs(text));
    }
}
