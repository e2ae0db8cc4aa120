package dev.coupure.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class BylineTest {

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
