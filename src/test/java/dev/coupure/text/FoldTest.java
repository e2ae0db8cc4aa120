package dev.coupure.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import org.junit.jupiter.api.Test;

class FoldTest {

    @Test
    void caseAndAccentsDoNotMatter() {
        assertEquals("publicite", Fold.fold("PUBLICITÉ"));
        assertEquals(Fold.fold("PUBLICITÉ"), Fold.fold("Publicité"));
        assertEquals("elysee", Fold.fold("ÉLYSÉE"));
        assertEquals("noel a montreal", Fold.fold("Noël à Montréal"));
        assertEquals("ca", Fold.fold("Ça"));
    }

    @Test
    void typographicApostrophesAndDashesArePlain() {
        assertEquals("l'iran", Fold.fold("l’Iran"));
        assertEquals(Fold.fold("l'Iran"), Fold.fold("l’Iran"));
        assertEquals(Fold.fold("l'Iran"), Fold.fold("l‘Iran"));
        assertEquals("nord-coreens", Fold.fold("Nord–Coréens"));
        assertEquals("russie - iran", Fold.fold("Russie — Iran"));
        assertEquals("-5 °c", Fold.fold("\u22125 °C"));
    }

    @Test
    void spacesAreFoldedAndTrimmed() {
        assertEquals("par jean dupont", Fold.fold("  Par\tJean \n Dupont  "));
    }

    @Test
    void decomposedInputFoldsLikeComposed() {
        assertEquals(Fold.fold("Élysée"), Fold.fold("E\u0301lyse\u0301e"));
    }

    @Test
    void ligaturesAndOtherLettersStay() {
        assertEquals("œuvre", Fold.fold("Œuvre"));
        assertEquals("cœur", Fold.fold("CŒUR"));
        assertNotEquals(Fold.fold("Publicité"), Fold.fold("Publicités"));
    }

    @Test
    void charactersPastTheBuiltTableFoldByTheSameRule() {
        // Hangul syllables decompose into two or three jamo; full-width Latin and CJK stay as they are.
        assertEquals("\u1112\u1161\u11AB\u1100\u116E\u11A8", Fold.fold("한국"));
        assertEquals(Fold.fold("한국"), Fold.fold(Fold.fold("한국")));
        assertEquals("東京 ａｂｃ", Fold.fold("東京　ＡＢＣ"));
        assertEquals("\uD83D\uDE00 ok", Fold.fold("\uD83D\uDE00 OK"));
    }

    @Test
    void aFoldCanBeLongerThanItsText() {
        // U+0390 (ΐ) decomposes to three characters and keeps one; U+01C4 (Ǆ) is one character that lowers to one.
        assertEquals("ι", Fold.fold("ΐ"));
        String manyExpanding = "ǅ".repeat(50);
        assertEquals(Fold.fold(manyExpanding), Fold.fold(Fold.fold(manyExpanding)));
    }

    @Property(tries = 500)
    void printableAsciiFoldsToItsLowerCase(@ForAll @CharRange(from = ' ', to = '~') String s) {
        assertEquals(s.toLowerCase(Locale.ROOT).strip().replaceAll(" +", " "), Fold.fold(s));
    }

    @Property(tries = 500)
    void foldIsIdempotentAndCaseInsensitive(@ForAll("frenchText") String s) {
        String folded = Fold.fold(s);
        assertEquals(folded, Fold.fold(folded));
        assertEquals(folded, Fold.fold(s.toUpperCase(Locale.ROOT)));
        assertEquals(folded, Fold.fold(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)));
        assertEquals(folded, folded.toLowerCase(Locale.ROOT));
        assertFalse(folded.matches("(?s).*[\\p{M}’–—].*"), folded);
        assertEquals(folded.strip(), folded);
        assertFalse(folded.contains("  "));
    }

    @Provide
    Arbitrary<String> frenchText() {
        return Arbitraries.strings()
                .withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZàâäçéèêëîïôöùûüÿæœÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ"
                        + " '’‘-–—.,;:!?«»\t\n")
                .ofMaxLength(40);
    }

    @Test
    void aCharacterFoldsAsTheStringOfIt() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(Fold.fold(String.valueOf((char) c)), Fold.fold((char) c), "U+" + Integer.toHexString(c));
        }
    }
}
