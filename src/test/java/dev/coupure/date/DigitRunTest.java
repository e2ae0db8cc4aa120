package dev.coupure.date;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DigitRunTest {

    private static final DateGrammar GRAMMAR = DateGrammar.load();

    /** Each expression that may start at a digit, with the run shape the grammar checks before trying it. */
    private static final List<Object[]> PAIRS = List.of(
            new Object[] {GRAMMAR.dayMonth, DateGrammar.DAY},
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
        assertArrayEquals(new int[] {3, 6, 16, 21, 34, 37}, DateGrammar.DAY.fitting(t, runs));
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
                "heure").list().ofMaxSize(14)
                .map(parts -> String.join("", parts));
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
