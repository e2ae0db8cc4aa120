package dev.coupure.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CopyrightNoticeTest {

    /** The expressions the scans replaced, kept as their oracle. */
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(.+?)\\.?\\s*$");
    private static final Pattern RIGHTS = Pattern.compile("(?i)tous droits réservés|all rights reserved|alle rechte vorbehalten");
    private static final Pattern YEAR_OR_PUNCTUATION = Pattern.compile("\\b(19|20)\\d{2}\\b|[-–—,.]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Test
    void aNoticeNamesItsHolderWithoutYearsPunctuationOrRights() {
        assertEquals("Le Figaro", CopyrightNotice.holder("© Le Figaro 2025. Tous droits réservés."));
        assertEquals("Valmont Presse", CopyrightNotice.holder("Copyright © 1998-2024 Valmont Presse. All rights reserved."));
        assertEquals("Ouest France", CopyrightNotice.holder("(C) Ouest-France, 2025"));
        assertEquals("L'Écho des Dunes SA", CopyrightNotice.holder("©2025 L'Écho des Dunes SA \u2014 alle Rechte vorbehalten"));
        assertEquals("Radio 20250 Nord", CopyrightNotice.holder("© Radio 20250 Nord"), "a number longer than a year stays");
        assertEquals("Studio_2025 Nord", CopyrightNotice.holder("© Studio_2025 Nord"), "a year inside a word stays");
        assertEquals("Nord 2025\u0301", CopyrightNotice.holder("© Nord 2025\u0301"), "a mark on its last digit makes it a word");
        assertEquals("Nord \u0301", CopyrightNotice.holder("© Nord \u03012025"), "a mark on nothing is no part of a word");
    }

    @Test
    void aLineThatOpensNoNoticeOrNamesNobodyHasNoHolder() {
        for (String line : new String[] {"Contact", "Conditions générales", "Copy", " © décalé", "", "©", "© 2025.",
                "copyright ©  ", "© jean dupont, photographe", "(c) 2024 \u2014 tous droits réservés", "© Le Monde\nAbonnez-vous"}) {
            assertNull(CopyrightNotice.holder(line), line);
        }
    }

    @Test
    void aLegalNoticeReservesTheRightsInAnyCaseOfItsAsciiLetters() {
        assertTrue(CopyrightNotice.reservesRights("© Le Figaro 2025. TOUS DROITS RéSERVéS."));
        assertTrue(CopyrightNotice.reservesRights("© 2024 Example Media. All Rights Reserved."));
        assertFalse(CopyrightNotice.reservesRights("© Le Figaro 2025. TOUS DROITS RÉSERVÉS."), "É is not ASCII: as the expression");
        assertFalse(CopyrightNotice.reservesRights("Tous droits de reproduction réservés"));
    }

    @Property(tries = 10000)
    void theHolderIsWhatTheExpressionsGave(@ForAll("notices") String line) {
        assertEquals(oracleHolder(line), CopyrightNotice.holder(line), () -> "\"" + line + "\"");
    }

    @Property(tries = 3000)
    void theRightsAreReservedWhereTheExpressionFindsThem(@ForAll("notices") String line) {
        assertEquals(RIGHTS.matcher(line).find(), CopyrightNotice.reservesRights(line), () -> "\"" + line + "\"");
    }

    /** What the extractor read before, with the same verdict on an empty holder or one without a capital. */
    private static String oracleHolder(String line) {
        Matcher m = COPYRIGHT.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String holder = RIGHTS.matcher(m.group(1)).replaceAll(" ");
        holder = SPACES.matcher(YEAR_OR_PUNCTUATION.matcher(holder).replaceAll(" ")).replaceAll(" ").strip();
        return holder.isEmpty() || !Character.isUpperCase(holder.codePointAt(0)) ? null : holder;
    }

    /**
     * An opening or something like one, what may follow it, a name, then pieces where the
     * expressions' edges lie: years beside letters, digits, underscores, marks and letters beyond
     * the BMP; rights phrases in several cases; punctuation; spaces of every kind; line breaks.
     */
    @Provide
    Arbitrary<String> notices() {
        Arbitrary<String> opening = Arbitraries.of("©", "(c)", "(C)", "copyright", "Copyright", "COPYRIGHT", "copyrıght",
                "cop", "( c)", "", " ©", "\u212A");
        Arbitrary<String> lead = Arbitraries.of("", " ", "  ", "©", " © ", "©©", "\t", "\n", "\u00A0", ".");
        Arbitrary<String> name = Arbitraries.of("Le Figaro", "CNN", "ouest", "É", "\uD835\uDC00", "", "2025 CNN");
        Arbitrary<String> body = Arbitraries.of(" ", " ", "2025", "1999", "20250", "202", "\u0301", "\u0300\u0301", "_",
                "a", "é", "\uD834\uDD67", ".", ",", "-", "—", "\n", "\u2028", "\u0085", "\u2003", "tous droits réservés",
                "TOUS DROITS RÉSERVÉS", "Tous Droits RéSERVéS", "All Rights Reserved", "alle Rechte vorbehalten", "all rights")
                .list().ofMaxSize(6).map(pieces -> String.join("", pieces));
        Arbitrary<String> end = Arbitraries.of("", "", ".", ". ", " .", "..", "\n", " \r\n", "\u2028", "\t");
        return Combinators.combine(opening, lead, name, body, end).as((o, l, n, b, e) -> o + l + n + b + e);
    }
}
