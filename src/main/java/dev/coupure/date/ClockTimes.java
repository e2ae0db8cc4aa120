package dev.coupure.date;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time of day and time zone written next to a date ("à 14h05", "10:32 AM EST",
 * "T10:32:00+01:00"). A time alone is not a date, so a time is only read to extend a date
 * candidate, after it or before it.
 */
final class ClockTimes {

    private static final String AMPM = "[ap](?:\\.\\s?m\\.?|m(?![\\p{L}]))";
    /** A time of day: "10h32", "10 h 32", "10h", "10:32", "10:32:15", "10.32 Uhr", "08.15 GMT", "10:32 AM", "5 p.m.". */
    private static final String TIME_CORE = ""
            + "(?:(?<h2>\\d{1,2}):(?<m2>\\d{2})(?::(?<s2>\\d{2})(?:[.,]\\d{1,9})?)?(?!\\p{N}|:\\p{N})"
            + "(?:\\s?(?<ap2>" + AMPM + "))?(?:\\s?(?:uhr|h)(?![\\p{L}\\p{N}]))?"
            + "|(?<h3>\\d{1,2})\\.(?<m3>\\d{2})(?:\\s?uhr(?![\\p{L}])|\\s?(?<ap3>" + AMPM + ")"
            + "|(?=\\s?\\(?(?:utc|gmt|bst|cet|cest)(?![\\p{L}])))"
            + "|(?<h1>\\d{1,2})\\s?(?:heures?|h)(?:\\s?(?<m1>\\d{2})(?!\\p{N}))?(?![\\p{L}\\p{N}])"
            + "|(?<h4>\\d{1,2})\\s?(?<ap4>" + AMPM + ")"
            + "|(?<h5>\\d{1,2})\\s?uhr(?![\\p{L}]))";
    /** What may not stand before a time written before its date: no part of a number, a time or a date. */
    private static final String BEFORE_TIME = ".,:/";
    /** A time after a date, with what may stand between: "à", "at", ",", "-", "um"... */
    private static final Pattern TIME = Pattern.compile(
            "\\s*+(?:[,|\\u00B7\\u2022-]\\s*+)?(?:(?:a|at|um|alle|a\\s++las|as|om|vers|around|kl\\.?)\\s++)?" + TIME_CORE);
    /** A time before a date: "10:32 AM EST, Fri January 17, 2025". */
    static final Pattern TIME_BEFORE = Pattern.compile(DigitRun.lookbehind(BEFORE_TIME) + TIME_CORE);
    /**
     * Every time of day starts with an hour of one or two digits, then ":" or "." and the
     * minutes, or, after an optional space, "h", "heures", "uhr", "am" or "pm": not "17 janvier".
     */
    static final DigitRun HOUR = DigitRun.spaced(1, 2, ":.hapu").notAfter(BEFORE_TIME);
    private static final Pattern BETWEEN_TIME_AND_DATE = Pattern.compile("\\s*+(?:[,|\\u00B7\\u2022-]\\s*+)?(?:(?:le|on)\\s++)?");

    private static final String ZONE_NAMES = "utc|gmt|cest|cet|bst|wet|west|eest|eet|edt|est|cdt|cst|mdt|mst|pdt|pst"
            + "|et|ct|mt|pt";
    private static final String ZONE_OFFSET = "[+-]\\s?\\d{1,2}(?::?\\d{2})?(?!\\p{N})";
    private static final Pattern ZONE = Pattern.compile(""
            + "\\s?\\((?<zn1>" + ZONE_NAMES + ")(?![\\p{L}])(?:\\s?(?<zo1>" + ZONE_OFFSET + "))?\\)"
            + "|\\s?(?<zn2>" + ZONE_NAMES + ")(?![\\p{L}])(?:\\s?(?<zo2>" + ZONE_OFFSET + "))?"
            + "|\\s?(?<zo3>[+-]\\d{2}:?\\d{2})(?!\\p{N})"
            + "|(?<zz>z)(?![\\p{L}\\p{N}])");
    private static final Map<String, Integer> ZONE_HOURS = Map.ofEntries(Map.entry("utc", 0), Map.entry("gmt", 0),
            Map.entry("wet", 0), Map.entry("cet", 1), Map.entry("bst", 1), Map.entry("west", 1), Map.entry("cest", 2),
            Map.entry("eet", 2), Map.entry("eest", 3), Map.entry("est", -5), Map.entry("edt", -4), Map.entry("cdt", -5),
            Map.entry("mst", -7), Map.entry("mdt", -6), Map.entry("pst", -8), Map.entry("pdt", -7));
    /** After "2025-01-17": "T10:32", "T10:32:00Z", "T10:32:00.000+01:00". */
    private static final Pattern ISO_TIME = Pattern.compile(
            "t(?<h>\\d{2}):(?<m>\\d{2})(?::(?<s>\\d{2})(?:[.,]\\d{1,9})?)?(?:(?<z>z)|(?<o>[+-]\\d{2}(?::?\\d{2})?))?"
                    + "(?![\\p{N}])");

    private ClockTimes() {
    }

    /** Extends the candidate over a time and zone right after it, when there is one and it is valid. */
    static void withTime(Folded f, Candidate c, boolean iso) {
        String t = f.text;
        if (c.end >= t.length()) {
            return;
        }
        if (iso) {
            Matcher m = LineMatchers.tail(ISO_TIME, t, c.end);
            if (m.lookingAt()) {
                LocalTime time = time(m.group("h"), m.group("m"), m.group("s"), null);
                if (time != null) {
                    c.time = time;
                    c.end = m.end();
                    if (m.group("z") != null) {
                        c.offset = ZoneOffset.UTC;
                    } else if (m.group("o") != null) {
                        c.offset = offset(m.group("o"));
                        if (c.offset == null) {
                            c.end = m.start("o");
                        }
                    }
                    return;
                }
            }
        }
        Matcher m = LineMatchers.tail(TIME, t, c.end);
        if (!m.lookingAt()) {
            return;
        }
        LocalTime time = timeOf(m);
        if (time == null) {
            return;
        }
        c.time = time;
        c.end = m.end();
        zone(f, c);
    }

    private static LocalTime timeOf(Matcher m) {
        if (m.group("h2") != null) {
            return time(m.group("h2"), m.group("m2"), m.group("s2"), m.group("ap2"));
        } else if (m.group("h3") != null) {
            return time(m.group("h3"), m.group("m3"), null, m.group("ap3"));
        } else if (m.group("h1") != null) {
            return time(m.group("h1"), m.group("m1"), null, null);
        } else if (m.group("h4") != null) {
            return time(m.group("h4"), null, null, m.group("ap4"));
        }
        return time(m.group("h5"), null, null, null);
    }

    /** "10:32 AM EST, Fri January 17, 2025", "10h32, le 17/01/2025": a time written before its date. */
    static void timeBeforeDate(Folded f, int[] digits, List<Candidate> all) {
        String t = f.text;
        List<Candidate> dated = new ArrayList<>();
        for (Candidate c : all) {
            if (c.valid && c.day != null && c.relative == null && c.time == null) {
                dated.add(c);
            }
        }
        if (dated.isEmpty()) {
            return;
        }
        // Positions strictly inside a candidate: a time there already belongs to a date.
        int[] inside = new int[t.length() + 2];
        for (Candidate c : all) {
            inside[c.start + 1]++;
            inside[c.end]--;
        }
        for (int i = 1; i < inside.length; i++) {
            inside[i] += inside[i - 1];
        }
        Map<Integer, List<Candidate>> byStart = new HashMap<>();
        for (Candidate d : dated) {
            byStart.computeIfAbsent(d.start, k -> new ArrayList<>()).add(d);
        }
        List<Candidate> joined = new ArrayList<>();
        for (Matcher m : LineMatchers.at(TIME_BEFORE, t, HOUR.fitting(t, digits))) {
            LocalTime time = timeOf(m);
            if (time == null || inside[m.start()] > 0) {
                continue; // "17 janvier à 10h, le 18 janvier": that time is the first date's
            }
            Candidate head = new Candidate(m.start(), m.end());
            head.time = time;
            zone(f, head);
            Matcher between = LineMatchers.tail(BETWEEN_TIME_AND_DATE, t, head.end);
            int dateStart = between.lookingAt() ? between.end() : head.end;
            if (dateStart == head.end) {
                continue; // "10:3217 janvier": a time and a date need something between them
            }
            for (Candidate d : byStart.getOrDefault(dateStart, List.of())) {
                Candidate c = d.copy();
                c.start = head.start;
                c.time = head.time;
                c.offset = head.offset;
                joined.add(c);
            }
        }
        all.addAll(joined);
    }

    private static void zone(Folded f, Candidate c) {
        Matcher z = LineMatchers.tail(ZONE, f.text, c.end);
        if (!z.lookingAt()) {
            return;
        }
        if (z.group("zo3") != null) {
            ZoneOffset o = offset(z.group("zo3"));
            if (o != null) {
                c.offset = o;
                c.end = z.end();
            }
            return;
        }
        if (z.group("zz") != null) {
            if (f.originalChar(z.start("zz")) == 'Z') {
                c.offset = ZoneOffset.UTC;
                c.end = z.end();
            }
            return;
        }
        boolean paren = z.group("zn1") != null;
        String name = paren ? z.group("zn1") : z.group("zn2");
        int nameStart = paren ? z.start("zn1") : z.start("zn2");
        String off = paren ? z.group("zo1") : z.group("zo2");
        // "10h est" is French for "10 o'clock is": zone names count only in capitals.
        for (int i = nameStart; i < nameStart + name.length(); i++) {
            if (!Character.isUpperCase(f.originalChar(i))) {
                return;
            }
        }
        Integer hours = ZONE_HOURS.get(name);
        boolean universal = name.equals("utc") || name.equals("gmt");
        if (off != null && universal) {
            ZoneOffset o = offset(off);
            if (o == null) {
                return;
            }
            c.offset = o;
            c.end = z.end();
            return;
        }
        if (off != null && !paren) {
            // "CET+1" makes no sense: keep the name, leave the number.
            c.end = z.end("zn2");
        } else if (off != null) {
            return;
        } else {
            c.end = z.end();
        }
        c.offset = hours == null ? null : ZoneOffset.ofHours(hours);
    }

    /** A valid time of day from its fields, or null: "25h", "13 PM". */
    static LocalTime time(String h, String m, String s, String ampm) {
        int hour = Integer.parseInt(h);
        int minute = m == null ? 0 : Integer.parseInt(m);
        int second = s == null ? 0 : Integer.parseInt(s);
        if (ampm != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            boolean pm = ampm.charAt(0) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return LocalTime.of(hour, minute, second);
    }

    /** "+01:00", "+0100", "-05", "+ 1", "+1:30"; null when out of range. */
    private static ZoneOffset offset(String text) {
        String s = text.replace(" ", "");
        int sign = s.charAt(0) == '-' ? -1 : 1;
        String digits = s.substring(1).replace(":", "");
        int hours;
        int minutes = 0;
        if (s.contains(":")) {
            String[] parts = s.substring(1).split(":");
            hours = Integer.parseInt(parts[0]);
            minutes = Integer.parseInt(parts[1]);
        } else if (digits.length() <= 2) {
            hours = Integer.parseInt(digits);
        } else {
            hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
            minutes = Integer.parseInt(digits.substring(digits.length() - 2));
        }
        if (hours > 14 || minutes > 59) {
            return null;
        }
        try {
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
