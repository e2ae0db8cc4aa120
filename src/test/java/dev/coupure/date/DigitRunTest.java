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
        assertArrayEquals(new int[] {3, 6, 34}, DateGrammar.NUMERIC_DAY.fitting(t, runs));
        assertArrayEquals(new int[] {29}, DateGrammar.NUMERIC_YEAR.fitting(t, runs));
        assertArrayEquals(new int[] {21, 37}, GRAMMAR.day.fitting(t, runs), "a day the month or its ordinal may follow");
        assertArrayEquals(new int[] {3, 6, 16, 21, 34, 37, 43}, DateGrammar.AMOUNT.fitting(t, runs));
        assertArrayEquals(new int[] {3, 6}, DateGrammar.DAY_SLASH.fitting(t, runs));
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
        String t = "5. juni, 7th of may, 3 de mayo, 2 mars, 1er mai, 9\u1D49\u02B3 mai, jan 7, 2024, 8/9, 6.7.24, 4-x, 2025-06";
        int[] runs = runStarts(t);
        assertArrayEquals(new int[] {0, 9, 21, 32, 40, 49, 62, 65, 71, 73, 76, 78, 80, 84, 89, 94}, runs);
        assertArrayEquals(new int[] {0, 9, 21, 32, 40, 49, 76, 78}, GRAMMAR.day.fitting(t, runs),
                "not \"7, 2024\", \"8/9\", \"24,\" nor \"4-x\"");
        assertArrayEquals(new int[] {71, 76, 78}, DateGrammar.NUMERIC_DAY.fitting(t, runs), "not \"5. juni\" nor \"4-x\"");
        assertArrayEquals(new int[] {89}, DateGrammar.NUMERIC_YEAR.fitting(t, runs));
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
            // A month-day match at a weekday reads the weekday first: the grammar keeps every weekday.
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
        assertArrayEquals(new int[] {13, 20, 25, 32, 38, 40, 58}, ClockTimes.HOUR.fitting(t, runs),
                "not the day (17), the minutes (32, 05) nor the goals (3); \"12 ans\" might be \"12 am\"");
    }

    /** The old rule tried every run of digits: the check may drop only runs where the expression fails. */
    @Property(tries = 2000)
    void dropsNoRunWhereTheExpressionMatches(@ForAll("foldedLines") String t) {
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
