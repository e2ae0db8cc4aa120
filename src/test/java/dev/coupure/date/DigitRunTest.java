package dev.coupure.date;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DigitRunTest {

    private static final DateGrammar GRAMMAR = DateGrammar.load();

    /** Each expression that may start at a digit, with the run shape the grammar checks before trying it. */
    private static final List<Object[]> PAIRS = List.of(
            new Object[] {GRAMMAR.dayMonth, GRAMMAR.day},
            new Object[] {GRAMMAR.numeric, DateGrammar.NUMERIC_DAY},
            new Object[] {GRAMMAR.yearFirst, DateGrammar.NUMERIC_YEAR},
            new Object[] {GRAMMAR.numericNoYear, DateGrammar.DAY_SLASH},
            new Object[] {GRAMMAR.agoSuffix, DateGrammar.AMOUNT},
            new Object[] {ClockTimes.TIME_BEFORE, ClockTimes.HOUR});

    @Test
    void keepsTheRunsOfTheShapeAsked() {
        String t = "le 17/01/2025 a 10h, 3 buts, 2024-12-05 et 450 euros";
        int[] runs = runStarts(t);
        assertArrayEquals(new int[] {3}, DateGrammar.NUMERIC_DAY.fitting(t, runs), "not the later fields, 01 and 12");
        assertArrayEquals(new int[] {29}, DateGrammar.NUMERIC_YEAR.fitting(t, runs));
        assertArrayEquals(new int[] {21, 37}, GRAMMAR.day.fitting(t, runs), "a day the month or its ordinal may follow");
        assertArrayEquals(new int[] {3, 6, 16, 21, 34, 37, 43}, DateGrammar.AMOUNT.fitting(t, runs));
        assertArrayEquals(new int[] {3}, DateGrammar.DAY_SLASH.fitting(t, runs), "not 01/2025, inside the date");
    }

    @Test
    void eachExpressionMatchesAtARunItKeeps() {
        List<String> lines = List.of("17 janvier 2025", "17/01/2025", "2025-01-17", "17/01", "3 days ago", "10h32");
        for (int k = 0; k < PAIRS.size(); k++) {
            String t = lines.get(k);
            Pattern p = (Pattern) PAIRS.get(k)[0];
            assertTrue(p.matcher(t).lookingAt(), p + " reads " + t);
            assertArrayEquals(new int[] {0}, ((DigitRun) PAIRS.get(k)[1]).fitting(t, new int[] {0}), t);
        }
    }

    @Test
    void aDayIsFollowedByWhatLeadsToItsMonthAndANumericDateByItsNextField() {
        String t = "5. juni, 7th of may, 3 de mayo, 2 mars, 1er mai, 9\u1D49\u02B3 mai, jan 7, 2024, 8/9, 6.7.24, 4-x, 2025-06-1";
        int[] runs = runStarts(t);
        assertArrayEquals(new int[] {0, 9, 21, 32, 40, 49, 62, 65, 71, 73, 76, 78, 80, 84, 89, 94, 97}, runs);
        assertArrayEquals(new int[] {0, 9, 21, 32, 40, 49, 76}, GRAMMAR.day.fitting(t, runs),
                "not \"7, 2024\", \"8/9\", the 7 and 24 of \"6.7.24\", nor \"4-x\"");
        assertArrayEquals(new int[] {76}, DateGrammar.NUMERIC_DAY.fitting(t, runs),
                "not \"5. juni\", \"8/9\" (two fields), \"7.24\" (after a dot) nor \"4-x\"");
        assertArrayEquals(new int[] {89}, DateGrammar.NUMERIC_YEAR.fitting(t, runs));
        assertArrayEquals(new int[0], DateGrammar.NUMERIC_YEAR.fitting("2025-06, 2025-06.1, 2025-123-1", new int[] {0, 9, 20}),
                "a year-first date's separator comes again after one or two digits");
    }

    @Test
    void aMonthIsFollowedByItsDayOrItsYear() {
        for (String t : List.of("juin 2025", "january, 2024", "mayo de 2024", "march of 1999", "sept.\t2012")) {
            assertTrue(DateGrammar.numberMayFollow(t, 0, DateGrammar.MONTH_YEAR), t);
            assertFalse(DateGrammar.numberMayFollow(t, 0, DateGrammar.MONTH_DAY), t);
        }
        for (String t : List.of("jan. 7", "may the 4th", "sept.\t12")) {
            assertTrue(DateGrammar.numberMayFollow(t, 0, DateGrammar.MONTH_DAY), t);
            assertFalse(DateGrammar.numberMayFollow(t, 0, DateGrammar.MONTH_YEAR), t);
        }
        for (String t : List.of("juin dernier", "juin et 2025", "jan.-7", "may the force", "mai de l'an 2000", "juillet",
                "juin 123", "juin 20250")) {
            assertFalse(DateGrammar.numberMayFollow(t, 0, DateGrammar.MONTH_DAY), t);
            assertFalse(DateGrammar.numberMayFollow(t, 0, DateGrammar.MONTH_YEAR), t);
        }
    }

    /** The month-day and month-year expressions read a number after the month: a month no number follows is dropped. */
    @Property(tries = 3000)
    void dropsNoMonthWhereTheExpressionMatches(@ForAll("monthLines") String t) {
        Matcher day = GRAMMAR.monthDay.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher year = GRAMMAR.monthYear.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        for (int s = 0; s < t.length(); s++) {
            // A month-day match at a weekday reads the weekday first: dropsNoWeekdayWhereTheExpressionMatches checks it.
            if (day.region(s, t.length()).lookingAt() && day.group("wd") == null) {
                assertTrue(DateGrammar.numberMayFollow(t, s, DateGrammar.MONTH_DAY), "a day at " + s + " of \"" + t + "\"");
            }
            if (year.region(s, t.length()).lookingAt()) {
                assertTrue(DateGrammar.numberMayFollow(t, s, DateGrammar.MONTH_YEAR), "a year at " + s + " of \"" + t + "\"");
            }
        }
    }

    @Test
    void anHourIsFollowedByItsMinutesOrItsUnit() {
        String t = "17 janvier a 10h32, 9 h, 11:05, 5 pm, 8.15 uhr, 3 buts et 12 ans";
        int[] runs = runStarts(t);
        assertArrayEquals(new int[] {0, 13, 16, 20, 25, 28, 32, 38, 40, 48, 58}, runs);
        assertArrayEquals(new int[] {13, 20, 25, 32, 38, 58}, ClockTimes.HOUR.fitting(t, runs),
                "not the day (17), the minutes (32, 05, 15) nor the goals (3); \"12 ans\" might be \"12 am\"");
    }

    /** The old rule tried every run of digits: the check may drop only runs where the expression fails. */
    @Property(tries = 2000)
    void dropsNoRunWhereTheExpressionMatches(@ForAll("foldedLines") String t) {
        assertKeepsEveryRunMatchedAt(t);
    }

    /** The same over numbers and separators in the shapes of dates, times and ranges, after what the lookbehinds bar. */
    @Property(tries = 3000)
    void dropsNoRunOfANumberWhereTheExpressionMatches(@ForAll("numberLines") String t) {
        assertKeepsEveryRunMatchedAt(t);
    }

    /** A weekday the check drops is one where the expressions that read a weekday before their day fail. */
    @Property(tries = 3000)
    void dropsNoWeekdayWhereTheExpressionMatches(@ForAll("weekdayLines") String t) {
        Object[][] dayFirst = {{GRAMMAR.dayMonth, GRAMMAR.day}, {GRAMMAR.numeric, DateGrammar.NUMERIC_DAY},
            {GRAMMAR.numericNoYear, DateGrammar.DAY_SLASH}};
        for (int s = 0; s < t.length(); s++) {
            for (Object[] pair : dayFirst) {
                Matcher m = ((Pattern) pair[0]).matcher(t).region(s, t.length()).useTransparentBounds(true)
                        .useAnchoringBounds(false);
                if (m.lookingAt() && m.group("wd") != null) {
                    assertTrue(DateGrammar.dayMayFollowWeekday(t, s, (DigitRun) pair[1]), pair[0] + " at " + s + " of \"" + t + "\"");
                }
            }
            Matcher m = GRAMMAR.monthDay.matcher(t).region(s, t.length()).useTransparentBounds(true).useAnchoringBounds(false);
            if (m.lookingAt() && m.group("wd") != null) {
                int month = m.start("mon");
                assertTrue(DateGrammar.monthFollowsWeekday(t, s, new int[] {month}), "its month, at " + s + " of \"" + t + "\"");
                assertTrue(DateGrammar.numberMayFollow(t, month, DateGrammar.MONTH_DAY), "its day, at " + s + " of \"" + t + "\"");
            }
        }
    }

    @Test
    void aWeekdayIsFollowedByItsDayOrItsMonth() {
        for (String t : List.of("lundi 3 fevrier", "monday the 3rd", "freitag, den 7. mai", "mer. 1er mai")) {
            assertTrue(DateGrammar.dayMayFollowWeekday(t, 0, GRAMMAR.day), t);
        }
        assertTrue(DateGrammar.dayMayFollowWeekday("lundi, le 03/02/2025", 0, DateGrammar.NUMERIC_DAY));
        assertTrue(DateGrammar.dayMayFollowWeekday("sam., 15/03", 0, DateGrammar.DAY_SLASH));
        for (String t : List.of("lundi dernier", "on tuesday for 3 days", "am montag, als 5", "lundi 2025", "monday's 3")) {
            assertFalse(DateGrammar.dayMayFollowWeekday(t, 0, GRAMMAR.day), t);
        }
        assertFalse(DateGrammar.dayMayFollowWeekday("lundi 3 fevrier", 0, DateGrammar.NUMERIC_DAY), "a day, not a numeric date");
        assertTrue(DateGrammar.monthFollowsWeekday("friday, january 10", 0, new int[] {8}));
        assertFalse(DateGrammar.monthFollowsWeekday("friday night, january 10", 0, new int[] {14}));
    }

    private static void assertKeepsEveryRunMatchedAt(String t) {
        int[] runs = runStarts(t);
        for (Object[] pair : PAIRS) {
            Pattern p = (Pattern) pair[0];
            int[] fitting = ((DigitRun) pair[1]).fitting(t, runs);
            Matcher m = p.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
            for (int s : runs) {
                if (m.region(s, t.length()).lookingAt()) {
                    assertTrue(contains(fitting, s), p + " matches at " + s + " of \"" + t + "\"");
                }
            }
        }
    }

    @Provide
    Arbitrary<String> foldedLines() {
        return Arbitraries.of("1", "7", "12", "31", "202", "2025", "20250", "/", ".", "-", ":", ",", " ", " ",
                "janvier", "jan.", "may", "lundi", "er", "th", "h", "heures", "am", "p.m.", "uhr", "de", "of",
                "jours", "days", "ago", "il y a", "t", "%", "+", "x", "\t", "\u00A0", "a", "p", "u", "e", "é", "pm", "a.m.",
                "heure", "juni", "mar.", "mars", "sept", "mayo", "the", "del", "d", "o", "s", "n", "r", "st", "nd",
                "\u1D49\u02B3", "\u1D49", "\u000B", "\n", "\u2009", "\u0663", "\uFF15", "Mai", "JAN", "ü", "ß")
                .list().ofMaxSize(14)
                .map(parts -> String.join("", parts));
    }

    /** Numbers of one to five digits joined by the separators of dates and times, after and before what lookbehinds read. */
    @Provide
    Arbitrary<String> numberLines() {
        Arbitrary<String> edge = Arbitraries.of("", " ", "le ", "x", ".", ",", ":", "/", "+", "-", "(", "$", "\u0663",
                "\uFF15", "\u00E9", "\u00B2", " h", " uhr", " pm", "%", " janvier", "er mai", ".5", "\t");
        Arbitrary<String> number = Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(5);
        Arbitrary<String> separator = Arbitraries.of("/", ".", "-", ":", "", " ", ". ", ",", "x");
        return Combinators.combine(edge, number, separator, number, separator, number, edge)
                .as((before, a, s1, b, s2, c, after) -> before + a + s1 + b + s2 + c + after);
    }

    /** A weekday, what may stand between it and a day or month, and a date or a word, within a folded line. */
    @Provide
    Arbitrary<String> weekdayLines() {
        Arbitrary<String> weekday = Arbitraries.of("lundi", "mon.", "mon", "monday", "mar.", "mardi", "friday", "freitag",
                "lundix", "xlundi", "dimanche");
        Arbitrary<String> gap = Arbitraries.of("", " ", "  ", ",", ", ", " , ", ".", ". ", "\t", "\u00A0", "-", ":", "'s ");
        Arbitrary<String> word = Arbitraries.of("", "", "le ", "the ", "den ", "de ", "night ", "x ", "le", "the");
        Arbitrary<String> date = Arbitraries.of("3 fevrier", "17 janvier 2025", "3rd of may", "03/02/2025", "3/2/25",
                "03/02", "3.2.2025", "17-01-2025", "jan. 7", "january 10, 2025", "mai 3", "mar 17", "12", "2025", "123",
                "7.", "x", "3 x", "03/02/", "3/02/2");
        return Combinators.combine(foldedLines(), weekday, gap, word, date, foldedLines())
                .as((before, w, g, between, d, after) -> before + w + g + between + d + after);
    }

    /** A month, what may stand between it and a number, a number, within a folded line. */
    @Provide
    Arbitrary<String> monthLines() {
        Arbitrary<String> gap = Arbitraries.of("", " ", "  ", ".", ". ", ",", ", ", " ,", "\u00A0", "\t", "\u000B", "\u2009",
                "-", "/", ":", "x");
        Arbitrary<String> word = Arbitraries.of("", "", "the", "de", "del", "of", "d", "th", "deli", "l'", "\u00E9");
        Arbitrary<String> number = Arbitraries.of("4", "12", "123", "2025", "20250", "4th", "12,", "2025.5", "\u0663",
                "\uFF15", "x", "");
        Arbitrary<String> month = Arbitraries.of("juin", "mayo", "sept.", "sept", "mar.", "jan", "may", "mai", "lundi",
                "mardi, mai", "fri., jan.", "juinx", "xjuin");
        return Combinators.combine(foldedLines(), month, gap, word, gap, number, foldedLines())
                .as((before, m, g1, w, g2, n, after) -> before + m + g1 + w + g2 + n + after);
    }

    private static int[] runStarts(String t) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < t.length(); i++) {
            if (isDigit(t.charAt(i)) && (i == 0 || !isDigit(t.charAt(i - 1)))) {
                starts.add(i);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }
}
