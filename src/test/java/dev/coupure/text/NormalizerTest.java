package dev.coupure.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer.Form;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class NormalizerTest {

    private final Normalizer normalizer = new Normalizer();

    @Test
    void composesDecomposedAccents() {
        String decomposed = "Le pre\u0301sident a rec\u0327u l\u2019E\u0301lyse\u0301e";
        assertEquals("Le président a reçu l’Élysée", normalizer.normalize(decomposed));
        assertTrue(java.text.Normalizer.isNormalized(normalizer.normalize(decomposed), Form.NFC));
    }

    @Test
    void noBreakSpacesBecomePlainSpaces() {
        assertEquals("la « sécurité » d’abord", normalizer.normalize("la «\u00A0sécurité\u00A0» d’abord"));
        assertEquals("Prix : 5 € ; vraiment ?", normalizer.normalize("Prix\u202F: 5\u00A0€\u202F; vraiment\u202F?"));
        assertEquals("1 700 000 dollars", normalizer.normalize("1\u2009700\u2009000 dollars"));
    }

    @Test
    void invisibleFormatCharactersAreRemoved() {
        assertEquals("l’État", normalizer.normalize("l’\u200BÉtat"), "zero-width space");
        assertEquals("anticonstitutionnellement", normalizer.normalize("anti\u00ADconstitution\u00ADnellement"), "soft hyphen");
        assertEquals("Le Monde", normalizer.normalize("\uFEFFLe Monde"), "byte-order mark");
        assertEquals("Kyiv", normalizer.normalize("Ky\u2060iv"), "word joiner");
    }

    @Test
    void zeroWidthJoinersAreKept() {
        String technologist = "👩\u200D💻 développeuse";
        assertEquals(technologist, normalizer.normalize(technologist));
        String persian = "می\u200Cخواهم";
        assertEquals(persian, normalizer.normalize(persian));
    }

    @Test
    void crlfAndCrBecomeLf() {
        assertEquals("Titre\n\nCorps du texte.\n", normalizer.normalize("Titre\r\n\r\nCorps du texte.\r\n"));
        assertEquals("Ligne un\nLigne deux\nLigne trois", normalizer.normalize("Ligne un\rLigne deux\rLigne trois"));
        assertEquals("a\n\nb", normalizer.normalize("a\r\r\nb"), "CR then CRLF is two line ends");
        assertEquals("a\nb\nc\nd", normalizer.normalize("a\u2028b\u000Cc\u0085d"));
    }

    @Test
    void spacesAreFoldedAndLinesTrimmed() {
        assertEquals("Le président français\nen visite à Moscou",
                normalizer.normalize("   Le   président\t\tfrançais   \n\t en  visite à Moscou  "));
        assertEquals("a\n\nb", normalizer.normalize("a\n  \t \u00A0\nb"), "a line of spaces becomes blank");
        assertEquals("mot suivant", normalizer.normalize("mot \u200B suivant"));
    }

    @Test
    void controlCharactersAreDropped() {
        assertEquals("Alerte info", normalizer.normalize("Alerte\u0007 info\u0000"));
    }

    @Test
    void emptyStaysEmpty() {
        assertEquals("", normalizer.normalize(""));
        assertEquals("\n\n", normalizer.normalize(" \r\n \n"));
    }

    // ---------------------------------------------------------------- properties

    @Property(tries = 500)
    void outputIsCanonical(@ForAll("messyText") String s) {
        String n = normalizer.normalize(s);
        assertTrue(java.text.Normalizer.isNormalized(n, Form.NFC), "NFC");
        assertFalse(n.contains("\r"), "no CR");
        assertFalse(n.contains("  "), "no double space");
        for (char c : List.of('\u00A0', '\u202F', '\u200B', '\u00AD', '\uFEFF', '\t')) {
            assertFalse(n.indexOf(c) >= 0, () -> "no U+" + Integer.toHexString(c));
        }
        for (String line : n.split("\n", -1)) {
            assertEquals(line.strip(), line, "trimmed line");
        }
    }

    @Property(tries = 500)
    void printableAsciiLinesKeepTheirCharactersWithSpacesFolded(@ForAll @CharRange(from = ' ', to = '~') String line) {
        assertEquals(line.strip().replaceAll(" +", " "), normalizer.normalize(line));
    }

    @Property(tries = 500)
    void idempotent(@ForAll("messyText") String s) {
        String once = normalizer.normalize(s);
        assertEquals(once, normalizer.normalize(once));
    }

    @Property(tries = 500)
    void keepsTheLineCount(@ForAll("messyText") String s) {
        long lineEnds = s.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count();
        assertEquals(lineEnds, normalizer.normalize(s).chars().filter(c -> c == '\n').count());
    }

    /** French text with decomposed accents, odd spaces, invisible characters and mixed line ends. */
    @Provide
    Arbitrary<String> messyText() {
        Arbitrary<String> token = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(10, Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzÉéèàçœ’«».,;:!?-")
                        .ofMinLength(1).ofMaxLength(8)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of("e\u0301", "E\u0301", "a\u0300", "c\u0327", "o\u0302")),
                net.jqwik.api.Tuple.of(4, Arbitraries.of(" ", "  ", "\t", "\u00A0", "\u202F", "\u2009")),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("\u200B", "\u00AD", "\uFEFF", "\u200D")),
                net.jqwik.api.Tuple.of(3, Arbitraries.of("\n", "\r\n", "\r", "\n\n")));
        return token.list().ofMaxSize(30).map(parts -> String.join("", parts));
    }
}
