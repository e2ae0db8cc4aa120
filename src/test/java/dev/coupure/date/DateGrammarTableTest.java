package dev.coupure.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every case of {@code date-expressions.tsv} (its header documents the columns). */
class DateGrammarTableTest {

    private static final String TABLE = "/date-expressions.tsv";
    private static final DateGrammar GRAMMAR = DateGrammar.load();

    record Case(int lineNumber, String input, NumericOrder order, String year, String month, String day,
            String weekday, String time, String relative, String role, String text) {

        @Override
        public String toString() {
            return "line " + lineNumber + ": " + input + " [" + order + "]";
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        InputStream in = DateGrammarTableTest.class.getResourceAsStream(TABLE);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + TABLE);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != 9 && c.length != 10) {
                    throw new IllegalStateException(TABLE + " line " + n + ": expected 9 or 10 columns, got " + c.length);
                }
                NumericOrder order = switch (c[1]) {
                    case "DAY" -> NumericOrder.DAY_FIRST;
                    case "MONTH" -> NumericOrder.MONTH_FIRST;
                    default -> throw new IllegalStateException(TABLE + " line " + n + ": bad order " + c[1]);
                };
                cases.add(new Case(n, c[0], order, c[2], c[3], c[4], c[5], c[6], c[7], c[8], c.length == 10 ? c[9] : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    static Stream<Arguments> table() {
        return cases().stream().map(Arguments::of);
    }

    @Test
    void theTableHasHundredsOfCases() {
        List<Case> all = cases();
        assertTrue(all.size() >= 300, "only " + all.size() + " cases");
        assertTrue(all.stream().filter(c -> c.year().equals("none")).count() >= 80, "too few negative cases");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void readsTheExpression(Case c) {
        List<DateMention> found = GRAMMAR.findOrThrow(c.input(), c.order());
        if (c.year().equals("none")) {
            assertEquals(List.of(), found, "expected no mention in: " + c.input());
            return;
        }
        assertEquals(1, found.size(), "expected exactly one mention in: " + c.input() + ", got " + found);
        DateMention m = found.get(0);
        String what = c + " -> " + m;
        assertEquals(c.input().substring(m.start(), m.end()), m.text(), what);
        if (c.text() != null) {
            assertEquals(c.text(), m.text(), what);
        }
        assertEquals(integer(c.year()), m.year(), "year of " + what);
        assertEquals(integer(c.month()), m.month(), "month of " + what);
        assertEquals(integer(c.day()), m.day(), "day of " + what);
        assertEquals(c.weekday().equals("-") ? null : DayOfWeek.valueOf(c.weekday()), m.weekday(), "weekday of " + what);
        LocalTime time = null;
        ZoneOffset offset = null;
        if (!c.time().equals("-")) {
            if (c.time().endsWith("Z") || c.time().indexOf('+') > 0 || c.time().lastIndexOf('-') > 0) {
                OffsetTime t = OffsetTime.parse(c.time());
                time = t.toLocalTime();
                offset = t.getOffset();
            } else {
                time = LocalTime.parse(c.time());
            }
        }
        assertEquals(time, m.time(), "time of " + what);
        assertEquals(offset, m.offset(), "offset of " + what);
        RelativeDate relative = null;
        if (!c.relative().equals("-")) {
            String[] parts = c.relative().split(":");
            relative = new RelativeDate(ChronoUnit.valueOf(parts[0]), Integer.parseInt(parts[1]));
        }
        assertEquals(relative, m.relative(), "relative of " + what);
        assertEquals(c.role().equals("-") ? DateRole.NONE : DateRole.valueOf(c.role()), m.role(), "role of " + what);
    }

    private static Integer integer(String s) {
        return s.equals("-") ? null : Integer.valueOf(s);
    }
}
