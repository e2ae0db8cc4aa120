package dev.coupure.text;

import dev.coupure.doc.Block;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private final Segmenter segmenter = new Segmenter();

    @Test
    void lineNumbersAreOneBasedAndCountBlankLines() {
        String text = "La Russie et l’Iran signent un partenariat\n"
                + "\n"
                + "Le président russe a reçu son homologue.\n"
                + "Suite du même paragraphe.\n"
                + "\n"
                + "\n"
                + "Un second paragraphe.\n";
        assertEquals(List.of(
                new Block(1, "La Russie et l’Iran signent un partenariat", 0),
                new Block(3, "Le président russe a reçu son homologue.", 1),
                new Block(4, "Suite du même paragraphe.", 1),
                new Block(7, "Un second paragraphe.", 2)), segmenter.segment(text));
    }

    @Test
    void leadingBlankLinesDoNotStartAParagraph() {
        assertEquals(List.of(new Block(3, "Publicité", 0), new Block(4, "Titre", 0)),
                segmenter.segment("\n\nPublicité\nTitre"));
    }

    @Test
    void trailingNewlinesAddNoLine() {
        assertEquals(List.of(new Block(1, "Fin.", 0)), segmenter.segment("Fin.\n"));
        assertEquals(List.of(new Block(1, "Fin.", 0)), segmenter.segment("Fin.\n\n\n"));
        assertEquals(segmenter.segment("Fin."), segmenter.segment("Fin.\n"));
    }

    @Test
    void emptyAndBlankTextHaveNoLines() {
        assertTrue(segmenter.segment("").isEmpty());
        assertTrue(segmenter.segment("\n\n\n").isEmpty());
    }

    @Test
    void linesAreStripped() {
        assertEquals(List.of(new Block(1, "Par Jean Dupont", 0)), segmenter.segment("  Par Jean Dupont \t"));
    }

    @Test
    void numbersMatchTheRawInputAfterNormalizing() {
        // CRLF, lone CR and form feed all end a line: numbers stay those of an editor showing the file.
        String raw = "Titre\r\n\r\nPremier paragraphe.\rSuite.\r\n\u000CDernier.";
        List<Block> lines = segmenter.segment(new Normalizer().normalize(raw));
        assertEquals(List.of(
                new Block(1, "Titre", 0),
                new Block(3, "Premier paragraphe.", 1),
                new Block(4, "Suite.", 1),
                new Block(6, "Dernier.", 2)), lines);
    }

    @Property(tries = 500)
    void everyLineIsTheNonBlankLineOfItsNumber(@ForAll("lines") List<String> input) {
        String text = String.join("\n", input);
        List<Block> lines = segmenter.segment(text);
        long nonBlank = input.stream().filter(l -> !l.isBlank()).count();
        assertEquals(nonBlank, lines.size());
        int previousNumber = 0;
        int previousParagraph = 0;
        for (Block line : lines) {
            assertTrue(line.number() > previousNumber, "increasing numbers");
            assertEquals(input.get(line.number() - 1).strip(), line.text());
            assertFalse(line.text().isBlank());
            // a paragraph starts exactly after a blank line
            boolean afterBlank = line.number() > 1 && input.get(line.number() - 2).isBlank() && previousNumber > 0;
            assertEquals(afterBlank ? previousParagraph + 1 : previousParagraph, line.paragraph());
            previousNumber = line.number();
            previousParagraph = line.paragraph();
        }
    }

    @Provide
    Arbitrary<List<String>> lines() {
        Arbitrary<String> line = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of("", " ", "\t")),
                net.jqwik.api.Tuple.of(5, Arbitraries.strings().withChars("abcéèàô’« » .,").ofMaxLength(20)));
        return line.list().ofMaxSize(15);
    }
}
