package dev.coupure.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class YearsTest {

    /** The expression the scan replaced, kept as its oracle. */
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

    @Test
    void aYearIsAWordOfItsOwn() {
        assertTrue(Years.mentioned("Publié le 3 juin 2024, 10:32"));
        assertTrue(Years.mentioned("(1999)"));
        assertFalse(Years.mentioned("Tel. 01202025 55"), "not inside a longer run of digits");
        assertFalse(Years.mentioned("Stand 20250"));
        assertFalse(Years.mentioned("Modèle X2025 ou 2025b"), "not glued to letters");
        assertFalse(Years.mentioned("fichier_2024"), "an underscore is of the word");
        assertFalse(Years.mentioned("2024\u0301"), "a mark on its last digit is of the word");
        assertTrue(Years.mentioned("\u0301 2024"), "a mark on nothing is not");
        assertFalse(Years.mentioned("Le 3 mars 2101, 1899 ou 18 h"));
    }

    @Property(tries = 5000)
    void aYearStandsWhereTheExpressionFindsOne(@ForAll("yearLike") String text) {
        Matcher m = YEAR.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0; i < text.length(); i++) {
            assertEquals(m.region(i, text.length()).lookingAt(), Years.isAt(text, i), "at " + i + " of \"" + text + "\"");
        }
        assertEquals(YEAR.matcher(text).find(), Years.mentioned(text), text);
    }

    /** Years, other numbers and what may stand beside them: letters, "_", marks, letters beyond the BMP, spaces. */
    @Provide
    Arbitrary<String> yearLike() {
        return Arbitraries.of("19", "20", "2025", "1999", "2101", "1899", "202", "20250", "0", "7", "_", "a", "é", "X", " ",
                "\u00A0", ".", "-", ",", "(", "\u0301", "\u0300\u0301", "\uD835\uDC00", "\uD834\uDD67", "\u0663", "\u00B2")
                .list().ofMaxSize(8).map(pieces -> String.join("", pieces));
    }
}
