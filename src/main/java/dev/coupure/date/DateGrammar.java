package dev.coupure.date;

import dev.coupure.text.Fold;
import dev.coupure.text.ResourceLines;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and reads the date expressions of one line of text: textual dates in French, English
 * and a few other languages ("lundi 3 février 2025 à 14h05", "Jan. 17, 2025 10:32 AM",
 * "3. Mai 2024"), numeric dates ("17/01/2025", "2025-01-17T10:32:00+01:00", "17/01"), month and
 * year ("juillet 2024") and relative dates ("il y a 3 heures", "hier à 17h", "2 days ago").
 * It also reads the date a URL carries ({@link #fromUrl}).
 *
 * <p>It prefers saying nothing to saying something wrong: impossible dates ("31 février",
 * "29/02/2023") give no mention and hide the shorter expressions inside them ("février 2025"),
 * a time alone is not a date, and numbers that are prices, scores, percentages, phone numbers
 * or version numbers are left alone.
 *
 * <p>Matching runs on the folded line (lower case, no accents), one folded character per
 * original character where possible, and every offset is mapped back to the original line.
 * The vocabulary is in resources next to this class: {@code months.tsv}, {@code weekdays.tsv},
 * {@code date-keywords.tsv} and {@code relative.tsv}.
 *
 * <p>An instance is immutable and thread-safe; {@link #load()} reads the resources once.
 */
public final class DateGrammar {

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2099;
    private static final int MIN_URL_YEAR = 1995;
    private static final int MAX_URL_YEAR = 2035;

    /** English month names that are also everyday words: only taken when written with a capital. */
    private static final Set<String> CAPITALISED_ONLY = Set.of("may", "march", "mar");

    /** Words allowed between a role keyword and its date: "Publié le", "Posted on", "Publié ce vendredi". */
    private static final List<String> CONNECTIVES = List.of("en date du", "le", "ce", "du", "on", "at", "the", "am", "el",
            "il", "a");

    private static final String NB = "(?<![\\p{L}\\p{N}])";
    private static final String NA = "(?![\\p{L}])";
    /** A year, not followed by more digits nor a decimal part. */
    private static final String YEAR_END = "(?!\\p{N}|[.,]\\p{N})";

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
    /** A time after a date, with what may stand between: "à", "at", ",", "-", "um"... */
    private static final Pattern TIME = Pattern.compile(
            "\\s*+(?:[,|\\u00B7\\u2022-]\\s*+)?(?:(?:a|at|um|alle|a\\s++las|as|om|vers|around|kl\\.?)\\s++)?" + TIME_CORE);
    /** A time before a date: "10:32 AM EST, Fri January 17, 2025". */
    private static final Pattern TIME_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}.,:/])" + TIME_CORE);
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

    private static final Pattern URL_SLASHES = Pattern.compile("(?<!\\p{N})(\\d{4})/(\\d{1,2})/(\\d{1,2})(?!\\p{N})");
    private static final Pattern URL_DASHES = Pattern.compile("(?<!\\p{N})(\\d{4})([-_.])(\\d{2})\\2(\\d{2})(?!\\p{N})");
    private static final Pattern URL_DIGITS = Pattern.compile("(?<!\\p{N})(\\d{8}(?:\\d{2}|\\d{4}|\\d{6})?)(?!\\p{N})");
    private static final Pattern URL_HOST = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//[^/?#]*");

    private record Keyword(String phrase, DateRole role) {
    }

    private final Map<String, Integer> months;
    private final Map<String, DayOfWeek> weekdays;
    private final List<Keyword> keywords;
    private final Map<String, ChronoUnit> units;
    private final Map<String, Integer> numbers;
    private final Map<String, Integer> dayWords;
    /** The first run of letters of each prefix ("il" of "il y a") and day word ("aujourd", "avant"). */
    private final Set<String> prefixFirstWords;
    private final Set<String> dayWordFirstWords;

    private final Pattern dayMonth;
    private final Pattern monthDay;
    private final Pattern monthYear;
    private final Pattern numeric;
    private final Pattern yearFirst;
    private final Pattern numericNoYear;
    private final Pattern agoPrefix;
    private final Pattern agoSuffix;
    private final Pattern dayWord;
    /** "Publié par Jean Dupont le", "Posted by admin on": a keyword, a short byline, then the date. */
    private final Pattern bylineBefore;

    private static final class Holder {
        static final DateGrammar INSTANCE = new DateGrammar();
    }

    /** The grammar, its resources read on first use. */
    public static DateGrammar load() {
        return Holder.INSTANCE;
    }

    private DateGrammar() {
        Map<String, Integer> monthNames = new HashMap<>();
        List<String> monthPatterns = new ArrayList<>();
        for (String line : ResourceLines.read(DateGrammar.class, "months.tsv")) {
            String[] cols = columns(line, 2, "months.tsv");
            String name = Fold.fold(cols[0]);
            int month = Integer.parseInt(cols[1]);
            if (month < 1 || month > 12) {
                throw new IllegalStateException("months.tsv: month out of range: " + line);
            }
            putOnce(monthNames, stripDot(name), month, "months.tsv");
            monthPatterns.add(name);
        }
        Map<String, DayOfWeek> weekdayNames = new HashMap<>();
        List<String> weekdayPatterns = new ArrayList<>();
        for (String line : ResourceLines.read(DateGrammar.class, "weekdays.tsv")) {
            String[] cols = columns(line, 2, "weekdays.tsv");
            String name = Fold.fold(cols[0]);
            putOnce(weekdayNames, stripDot(name), DayOfWeek.valueOf(cols[1].toUpperCase(Locale.ROOT)), "weekdays.tsv");
            weekdayPatterns.add(name);
        }
        List<Keyword> keywordList = new ArrayList<>();
        for (String line : ResourceLines.read(DateGrammar.class, "date-keywords.tsv")) {
            String[] cols = columns(line, 2, "date-keywords.tsv");
            DateRole role = DateRole.valueOf(cols[0].toUpperCase(Locale.ROOT));
            if (role == DateRole.NONE) {
                throw new IllegalStateException("date-keywords.tsv: NONE is not a keyword kind: " + line);
            }
            keywordList.add(new Keyword(Fold.fold(cols[1]), role));
        }
        keywordList.sort(Comparator.comparingInt((Keyword k) -> k.phrase().length()).reversed());
        Map<String, ChronoUnit> unitNames = new HashMap<>();
        Map<String, Integer> numberNames = new HashMap<>();
        Map<String, Integer> dayNames = new HashMap<>();
        List<String> prefixes = new ArrayList<>();
        List<String> suffixes = new ArrayList<>();
        for (String line : ResourceLines.read(DateGrammar.class, "relative.tsv")) {
            String[] cols = line.split("\t");
            String kind = cols[0].strip();
            String phrase = cols.length > 1 ? Fold.fold(cols[1]) : "";
            if (phrase.isEmpty()) {
                throw new IllegalStateException("relative.tsv: no phrase: " + line);
            }
            switch (kind) {
                case "unit" -> putOnce(unitNames, phrase, ChronoUnit.valueOf(columns(line, 3, "relative.tsv")[2]),
                        "relative.tsv");
                case "number" -> putOnce(numberNames, phrase, Integer.parseInt(columns(line, 3, "relative.tsv")[2]),
                        "relative.tsv");
                case "day" -> putOnce(dayNames, phrase, Integer.parseInt(columns(line, 3, "relative.tsv")[2]),
                        "relative.tsv");
                case "prefix" -> prefixes.add(phrase);
                case "suffix" -> suffixes.add(phrase);
                default -> throw new IllegalStateException("relative.tsv: unknown kind: " + line);
            }
        }
        this.months = Map.copyOf(monthNames);
        this.weekdays = Map.copyOf(weekdayNames);
        this.keywords = List.copyOf(keywordList);
        this.units = Map.copyOf(unitNames);
        this.numbers = Map.copyOf(numberNames);
        this.dayWords = Map.copyOf(dayNames);
        this.prefixFirstWords = firstWords(prefixes);
        this.dayWordFirstWords = firstWords(dayNames.keySet());

        String mon = alternation(monthPatterns);
        String wd = alternation(weekdayPatterns);
        String unit = alternation(unitNames.keySet());
        String num = alternation(numberNames.keySet());
        String weekdayBefore = "(?:(?<wd>" + wd + ")" + NA + "\\s*+,?\\s*+(?:(?:le|the|den)\\s++)?)?";

        this.dayMonth = Pattern.compile("(?<![\\p{L}\\p{N}.,:/])" + weekdayBefore
                + "(?<day>\\d{1,2})(?:er|\\u1D49\\u02B3|st|nd|rd|th|(?<ddot>\\.))?\\s*+(?:(?:of|de)\\s++)?"
                + "(?<mon>" + mon + ")" + NA
                + "(?:(?:\\s*+,\\s*+|\\s++|(?<=\\.))(?:(?:de|del)\\s++)?(?<year>\\d{4})" + YEAR_END + ")?");
        this.monthDay = Pattern.compile(NB + "(?:(?<wd>" + wd + ")" + NA + "\\s*+,?\\s*+)?"
                + "(?<mon>" + mon + ")" + NA + "\\s*+(?:the\\s++)?(?<day>\\d{1,2})(?:st|nd|rd|th)?"
                + "(?:(?:\\s*+,\\s*+|\\s++)(?<year>\\d{4})" + YEAR_END + "|(?![\\p{L}\\p{N}]|[.,:/-]\\p{N}))");
        this.monthYear = Pattern.compile(NB + "(?<mon>" + mon + ")" + NA
                + "(?:\\s*+,\\s*+|\\s++|(?<=\\.))(?:(?:de|del|of)\\s++)?(?<year>\\d{4})" + YEAR_END);
        this.numeric = Pattern.compile("(?<![\\p{L}\\p{N}.,:/+-])" + weekdayBefore
                + "(?<a>\\d{1,2})(?<sep>[/.-])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})(?![\\p{L}\\p{N}]|[.,/:-]\\p{N})");
        this.yearFirst = Pattern.compile("(?<![\\p{L}\\p{N}.,:/+-])"
                + "(?<y>\\d{4})(?<sep>[/.-])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?![\\p{N}]|[.,/:-]\\p{N})");
        this.numericNoYear = Pattern.compile("(?<![\\p{L}\\p{N}.,:/+-])" + weekdayBefore
                + "(?<a>\\d{2})/(?<b>\\d{2})(?![\\p{L}\\p{N}/]|[.,:-]\\p{N}|\\s?%)");
        this.agoPrefix = Pattern.compile(NB + "(?:" + alternation(prefixes) + ")\\s++"
                + "(?:(?<num>\\d{1,3})\\s*+|(?<nw>" + num + ")\\s++)(?<unit>" + unit + ")(?![\\p{L}\\p{N}])"
                // "il y a 3 jours de grève" is "there are 3 days of strike", not "3 days ago"
                + "(?!\\s++(?:d'|du(?![\\p{L}])|des(?![\\p{L}])|de(?![\\p{L}])(?!\\s++(?:cela|ca)(?![\\p{L}]))))");
        this.agoSuffix = Pattern.compile("(?<![\\p{L}\\p{N}.,])"
                + "(?:(?<num>\\d{1,3})\\s*+|(?<nw>" + num + ")\\s++)(?<unit>" + unit + ")\\s++(?:" + alternation(suffixes)
                + ")" + NA);
        List<String> phrases = new ArrayList<>();
        for (Keyword k : keywordList) {
            phrases.add(k.phrase());
        }
        this.bylineBefore = Pattern.compile(NB + "(?<kw>" + alternation(phrases) + ")\\s++(?:par|by)\\s++"
                + "[^,;|:()\\[\\]\\d]{1,60}?,?\\s(?:le|on)\\s*+$");
        this.dayWord = Pattern.compile("(?<![\\p{L}\\p{N}'-])(?<dw>" + alternation(dayNames.keySet())
                + ")(?![\\p{L}\\p{N}'-])");
    }

    // ------------------------------------------------------------------------------ find

    /**
     * All date expressions of the line, left to right, not overlapping; where two overlap the
     * longer wins. Never throws: a line it cannot read gives an empty list.
     *
     * @param order how to read numeric dates whose day and month are both 12 or less
     */
    public List<DateMention> find(String line, NumericOrder order) {
        try {
            return findOrThrow(line, order);
        } catch (RuntimeException e) {
            // A grammar bug must not stop the pipeline; the tests run findOrThrow to catch it.
            return List.of();
        }
    }

    /** {@link #find} without the safety net, for the tests. */
    List<DateMention> findOrThrow(String line, NumericOrder order) {
        if (line == null || line.isEmpty()) {
            return List.of();
        }
        NumericOrder o = order == null ? NumericOrder.DAY_FIRST : order;
        Folded f = Folded.of(line);
        Anchors a = anchors(f.text);
        List<Candidate> all = new ArrayList<>();
        if (a.digits().length > 0) {
            // Every date but a relative one has digits: most lines of prose skip these scans.
            scanDayMonth(f, a, all);
            scanMonthDay(f, a, all);
            scanMonthYear(f, a, all);
            scanNumeric(f, a, o, all);
            scanYearFirst(f, a, all);
            scanNumericNoYear(f, a, o, all);
        }
        scanAgo(f, agoPrefix, a.prefixes(), all);
        scanAgo(f, agoSuffix, merge(a.digits(), a.numberWords()), all);
        scanDayWords(f, a, all);
        mergeDayWordWithDate(f, all);
        timeBeforeDate(f, a, all);

        // Longest first; on equal spans a valid reading before an impossible one. Impossible
        // dates take their place too, so that "31 février 2025" hides "février 2025".
        all.sort(Comparator.comparingInt((Candidate c) -> c.end - c.start).reversed()
                .thenComparingInt(c -> c.start)
                .thenComparing(c -> !c.valid));
        boolean[] taken = new boolean[f.text.length()];
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : all) {
            if (c.end <= c.start || c.end > taken.length) {
                continue;
            }
            boolean free = true;
            for (int i = c.start; i < c.end && free; i++) {
                free = !taken[i];
            }
            if (!free) {
                continue;
            }
            for (int i = c.start; i < c.end; i++) {
                taken[i] = true;
            }
            if (c.valid) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(c -> c.start));
        List<DateMention> mentions = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            int start = f.originalStart(c.start);
            int end = f.originalEnd(c.end);
            mentions.add(new DateMention(start, end, line.substring(start, end), c.year, c.month, c.day, c.weekday,
                    c.time, c.offset, c.relative, roleBefore(f.text, c.start), c.numeric));
        }
        return List.copyOf(mentions);
    }

    /** Where expressions may start: runs of digits and words of the vocabulary, as sorted folded offsets. */
    private record Anchors(int[] digits, int[] weekdays, int[] months, int[] numberWords, int[] prefixes,
            int[] dayWords) {
    }

    private Anchors anchors(String t) {
        IntList digits = new IntList();
        IntList weekdayStarts = new IntList();
        IntList monthStarts = new IntList();
        IntList numberStarts = new IntList();
        IntList prefixStarts = new IntList();
        IntList dayWordStarts = new IntList();
        int i = 0;
        int n = t.length();
        while (i < n) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.add(i);
                while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                    i++;
                }
            } else if (Character.isLetter(c)) {
                int start = i;
                while (i < n && Character.isLetter(t.charAt(i))) {
                    i++;
                }
                if (i - start > 12) {
                    continue;
                }
                String word = t.substring(start, i);
                if (weekdays.containsKey(word)) {
                    weekdayStarts.add(start);
                }
                if (months.containsKey(word)) {
                    monthStarts.add(start);
                }
                if (numbers.containsKey(word)) {
                    numberStarts.add(start);
                }
                if (prefixFirstWords.contains(word)) {
                    prefixStarts.add(start);
                }
                if (dayWordFirstWords.contains(word)) {
                    dayWordStarts.add(start);
                }
            } else {
                i++;
            }
        }
        return new Anchors(digits.toArray(), weekdayStarts.toArray(), monthStarts.toArray(), numberStarts.toArray(),
                prefixStarts.toArray(), dayWordStarts.toArray());
    }

    /** The matches of {@code p} starting exactly at the given offsets (the pattern's lookbehinds see the whole text). */
    private static List<Matcher> at(Pattern p, String text, int[] starts) {
        List<Matcher> out = new ArrayList<>();
        Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int s : starts) {
            m.region(s, text.length());
            if (m.lookingAt()) {
                out.add(m);
                m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
        }
        return out;
    }

    private static int[] merge(int[] a, int[] b) {
        if (a.length == 0) {
            return b;
        }
        if (b.length == 0) {
            return a;
        }
        int[] all = new int[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        java.util.Arrays.sort(all);
        return all;
    }

    private static Set<String> firstWords(Collection<String> phrases) {
        Set<String> words = new java.util.HashSet<>();
        for (String phrase : phrases) {
            int end = 0;
            while (end < phrase.length() && Character.isLetter(phrase.charAt(end))) {
                end++;
            }
            if (end > 0) {
                words.add(phrase.substring(0, end));
            }
        }
        return Set.copyOf(words);
    }

    private static final class IntList {
        private int[] values = new int[8];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    /** A possible mention, in folded offsets. */
    private static final class Candidate {
        int start;
        int end;
        Integer year;
        Integer month;
        Integer day;
        DayOfWeek weekday;
        LocalTime time;
        ZoneOffset offset;
        RelativeDate relative;
        boolean numeric;
        boolean valid;
        boolean dayWord;

        Candidate(int start, int end) {
            this.start = start;
            this.end = end;
        }

        Candidate copy() {
            Candidate c = new Candidate(start, end);
            c.year = year;
            c.month = month;
            c.day = day;
            c.weekday = weekday;
            c.time = time;
            c.offset = offset;
            c.relative = relative;
            c.numeric = numeric;
            c.valid = valid;
            c.dayWord = dayWord;
            return c;
        }
    }

    private void scanDayMonth(Folded f, Anchors a, List<Candidate> out) {
        for (Matcher m : at(dayMonth, f.text, merge(a.weekdays(), a.digits()))) {
            if (monthAllowed(f, m.start("mon"), m.group("mon"))) {
                out.add(textualDate(f, m));
            }
        }
    }

    private void scanMonthDay(Folded f, Anchors a, List<Candidate> out) {
        for (Matcher m : at(monthDay, f.text, merge(a.weekdays(), a.months()))) {
            String monName = m.group("mon");
            if (!monthAllowed(f, m.start("mon"), monName)) {
                continue;
            }
            // "juillet 14 morts": without a year, "Month day" is English, and English capitalises months.
            if (m.group("year") == null && !Character.isUpperCase(f.originalChar(m.start("mon")))) {
                continue;
            }
            out.add(textualDate(f, m));
        }
    }

    /** A date read from a day-and-month-name match ("17 janvier 2025", "January 17, 2025"), with its time if one follows. */
    private Candidate textualDate(Folded f, Matcher m) {
        Candidate c = new Candidate(m.start(), m.end());
        c.month = months.get(stripDot(m.group("mon")));
        c.day = Integer.parseInt(m.group("day"));
        c.year = m.group("year") == null ? null : Integer.parseInt(m.group("year"));
        c.weekday = weekday(m.group("wd"));
        c.valid = c.month != null && possible(c.year, c.month, c.day);
        withTime(f, c, false);
        return c;
    }

    private void scanMonthYear(Folded f, Anchors a, List<Candidate> out) {
        for (Matcher m : at(monthYear, f.text, a.months())) {
            String monName = m.group("mon");
            if (!monthAllowed(f, m.start("mon"), monName)) {
                continue;
            }
            Candidate c = new Candidate(m.start(), m.end());
            c.month = months.get(stripDot(monName));
            c.year = Integer.parseInt(m.group("year"));
            c.valid = c.month != null && possible(c.year, c.month, null);
            out.add(c);
        }
    }

    private void scanNumeric(Folded f, Anchors anchors, NumericOrder order, List<Candidate> out) {
        for (Matcher m : at(numeric, f.text, merge(anchors.weekdays(), anchors.digits()))) {
            Candidate c = new Candidate(m.start(), m.end());
            c.numeric = true;
            String a = m.group("a");
            String b = m.group("b");
            String y = m.group("y");
            c.weekday = weekday(m.group("wd"));
            int year = Integer.parseInt(y);
            if (y.length() == 2) {
                // "17/01/25" yes; "1.2.25" is a version number: two-digit years need slashes or two-digit fields.
                boolean plain = m.group("sep").equals("/") || (a.length() == 2 && b.length() == 2);
                if (!plain) {
                    out.add(c); // blocks, never valid
                    continue;
                }
                year += year <= 69 ? 2000 : 1900;
            }
            c.year = year;
            readDayMonth(c, Integer.parseInt(a), Integer.parseInt(b), order, true);
            withTime(f, c, false);
            out.add(c);
        }
    }

    private void scanNumericNoYear(Folded f, Anchors a, NumericOrder order, List<Candidate> out) {
        for (Matcher m : at(numericNoYear, f.text, merge(a.weekdays(), a.digits()))) {
            Candidate c = new Candidate(m.start(), m.end());
            c.numeric = true;
            c.weekday = weekday(m.group("wd"));
            // No year and no forcing: "12/13" is a score or a fraction, not 13 December.
            readDayMonth(c, Integer.parseInt(m.group("a")), Integer.parseInt(m.group("b")), order, false);
            withTime(f, c, false);
            out.add(c);
        }
    }

    /** Day and month from two numbers, in the given order unless the values (or the weekday) say otherwise. */
    private static void readDayMonth(Candidate c, int a, int b, NumericOrder order, boolean mayForce) {
        int day = order == NumericOrder.MONTH_FIRST ? b : a;
        int month = order == NumericOrder.MONTH_FIRST ? a : b;
        if (mayForce) {
            boolean asGiven = possible(c.year, month, day);
            boolean swapped = possible(c.year, day, month);
            if (!asGiven && swapped) {
                int t = day;
                day = month;
                month = t;
            } else if (asGiven && swapped && a != b && c.weekday != null && c.year != null
                    && LocalDate.of(c.year, month, day).getDayOfWeek() != c.weekday
                    && LocalDate.of(c.year, day, month).getDayOfWeek() == c.weekday) {
                // "lundi 03/02/2025" read month first would be a Sunday: the weekday settles the order.
                int t = day;
                day = month;
                month = t;
            }
        }
        c.day = day;
        c.month = month;
        c.valid = possible(c.year, month, day);
    }

    private void scanYearFirst(Folded f, Anchors a, List<Candidate> out) {
        for (Matcher m : at(yearFirst, f.text, a.digits())) {
            Candidate c = new Candidate(m.start(), m.end());
            c.numeric = true;
            c.year = Integer.parseInt(m.group("y"));
            c.month = Integer.parseInt(m.group("m"));
            c.day = Integer.parseInt(m.group("d"));
            c.valid = possible(c.year, c.month, c.day);
            withTime(f, c, true);
            out.add(c);
        }
    }

    private void scanAgo(Folded f, Pattern p, int[] starts, List<Candidate> out) {
        for (Matcher m : at(p, f.text, starts)) {
            Integer amount = m.group("num") != null ? Integer.valueOf(m.group("num")) : numbers.get(words(m.group("nw")));
            ChronoUnit unit = units.get(words(m.group("unit")));
            Candidate c = new Candidate(m.start(), m.end());
            c.valid = amount != null && unit != null;
            if (c.valid) {
                c.relative = new RelativeDate(unit, -amount);
            }
            out.add(c);
        }
    }

    private void scanDayWords(Folded f, Anchors a, List<Candidate> out) {
        for (Matcher m : at(dayWord, f.text, a.dayWords())) {
            Integer days = dayWords.get(words(m.group("dw")));
            if (days == null) {
                continue;
            }
            Candidate c = new Candidate(m.start(), m.end());
            c.relative = new RelativeDate(ChronoUnit.DAYS, days);
            c.valid = true;
            c.dayWord = true;
            withTime(f, c, false);
            out.add(c);
        }
    }

    /** "aujourd'hui (17 janvier)", "hier, 16 janvier": one mention with both readings. */
    private static void mergeDayWordWithDate(Folded f, List<Candidate> all) {
        String t = f.text;
        List<Candidate> merged = new ArrayList<>();
        for (Candidate r : all) {
            if (!r.dayWord || r.time != null) {
                continue;
            }
            int i = skipSpaces(t, r.end);
            boolean paren = i < t.length() && t.charAt(i) == '(';
            if (!paren && !(i < t.length() && t.charAt(i) == ',')) {
                continue;
            }
            int dateStart = skipSpaces(t, i + 1);
            Candidate best = null;
            for (Candidate d : all) {
                if (d.start == dateStart && d.valid && d.relative == null && d.day != null
                        && (best == null || d.end > best.end)) {
                    best = d;
                }
            }
            if (best == null) {
                continue;
            }
            int end = best.end;
            if (paren) {
                int close = skipSpaces(t, end);
                if (close >= t.length() || t.charAt(close) != ')') {
                    continue;
                }
                end = close + 1;
            }
            Candidate c = new Candidate(r.start, end);
            c.year = best.year;
            c.month = best.month;
            c.day = best.day;
            c.weekday = best.weekday;
            c.time = best.time;
            c.offset = best.offset;
            c.numeric = best.numeric;
            c.relative = r.relative;
            c.valid = true;
            merged.add(c);
        }
        all.addAll(merged);
    }

    // ------------------------------------------------------------------------------ time

    /** Extends the candidate over a time and zone right after it, when there is one and it is valid. */
    private static void withTime(Folded f, Candidate c, boolean iso) {
        String t = f.text;
        if (c.end >= t.length()) {
            return;
        }
        if (iso) {
            Matcher m = tail(ISO_TIME, t, c.end);
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
        Matcher m = tail(TIME, t, c.end);
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
    private static void timeBeforeDate(Folded f, Anchors a, List<Candidate> all) {
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
        for (Matcher m : at(TIME_BEFORE, t, a.digits())) {
            LocalTime time = timeOf(m);
            if (time == null || inside[m.start()] > 0) {
                continue; // "17 janvier à 10h, le 18 janvier": that time is the first date's
            }
            Candidate head = new Candidate(m.start(), m.end());
            head.time = time;
            zone(f, head);
            Matcher between = tail(BETWEEN_TIME_AND_DATE, t, head.end);
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
        Matcher z = tail(ZONE, f.text, c.end);
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

    private static Matcher tail(Pattern p, String text, int from) {
        return p.matcher(text).region(from, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
    }

    private static LocalTime time(String h, String m, String s, String ampm) {
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

    // ------------------------------------------------------------------------------ roles

    /** The role given by a keyword right before folded offset {@code start}. */
    private DateRole roleBefore(String t, int start) {
        int i = skipSeparatorsBack(t, start);
        DateRole role = keywordEndingAt(t, i);
        if (role != DateRole.NONE) {
            return role;
        }
        for (String connective : CONNECTIVES) {
            int s = phraseEndingAt(t, i, connective);
            if (s >= 0) {
                role = keywordEndingAt(t, skipSeparatorsBack(t, s));
                if (role != DateRole.NONE) {
                    return role;
                }
            }
        }
        Matcher byline = bylineBefore.matcher(t).region(Math.max(0, i - 120), i).useTransparentBounds(true);
        if (byline.find()) {
            return keywordEndingAt(t, byline.end("kw"));
        }
        return DateRole.NONE;
    }

    private DateRole keywordEndingAt(String t, int end) {
        for (Keyword k : keywords) {
            if (phraseEndingAt(t, end, k.phrase()) >= 0) {
                return k.role();
            }
        }
        return DateRole.NONE;
    }

    /** Where {@code phrase} starts if it ends at {@code end} as whole words (spaces match runs of spaces), else -1. */
    private static int phraseEndingAt(String t, int end, String phrase) {
        int i = end;
        for (int p = phrase.length() - 1; p >= 0; p--) {
            char c = phrase.charAt(p);
            if (c == ' ') {
                if (i == 0 || t.charAt(i - 1) != ' ') {
                    return -1;
                }
                while (i > 0 && t.charAt(i - 1) == ' ') {
                    i--;
                }
            } else {
                if (i == 0 || t.charAt(i - 1) != c) {
                    return -1;
                }
                i--;
            }
        }
        if (i == end || (i > 0 && Character.isLetterOrDigit(t.charAt(i - 1)))
                || (end < t.length() && Character.isLetterOrDigit(t.charAt(end)))) {
            return -1;
        }
        return i;
    }

    private static int skipSeparatorsBack(String t, int end) {
        int i = end;
        while (i > 0 && " :-|,(\u00B7\u2022".indexOf(t.charAt(i - 1)) >= 0) {
            i--;
        }
        return i;
    }

    private static int skipSpaces(String t, int from) {
        int i = from;
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    // ------------------------------------------------------------------------------ URL

    /**
     * The day a URL's path carries: "/2025/01/17/", "/2025-01-17/", "20250117" as a run of its
     * own ("/20250117/", "article_20250117.html", or a 20250117103200 timestamp). Years
     * 1995..2035 only. Empty when there is no day ("/2025/01/"), when the digits do not make a
     * date, or when the URL carries two different dates.
     */
    public Optional<LocalDate> fromUrl(String url) {
        if (url == null || url.isEmpty()) {
            return Optional.empty();
        }
        try {
            String path = URL_HOST.matcher(url).replaceFirst("");
            int hash = path.indexOf('#');
            if (hash >= 0) {
                path = path.substring(0, hash);
            }
            Set<LocalDate> found = new LinkedHashSet<>();
            Matcher m = URL_SLASHES.matcher(path);
            while (m.find()) {
                urlDate(m.group(1), m.group(2), m.group(3), found);
            }
            m = URL_DASHES.matcher(path);
            while (m.find()) {
                urlDate(m.group(1), m.group(3), m.group(4), found);
            }
            m = URL_DIGITS.matcher(path);
            while (m.find()) {
                String run = m.group(1);
                String rest = run.substring(8);
                // A longer run is a timestamp only if what follows the day is a time: hh, hhmm or hhmmss.
                if (!rest.isEmpty() && time(rest.substring(0, 2), rest.length() >= 4 ? rest.substring(2, 4) : null,
                        rest.length() >= 6 ? rest.substring(4, 6) : null, null) == null) {
                    continue;
                }
                urlDate(run.substring(0, 4), run.substring(4, 6), run.substring(6, 8), found);
            }
            return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void urlDate(String y, String m, String d, Set<LocalDate> found) {
        int year = Integer.parseInt(y);
        int month = Integer.parseInt(m);
        int day = Integer.parseInt(d);
        if (year >= MIN_URL_YEAR && year <= MAX_URL_YEAR && possible(year, month, day)) {
            found.add(LocalDate.of(year, month, day));
        }
    }

    // ------------------------------------------------------------------------------ helpers

    /** Whether the fields can be a real date: a null year or day is unknown, not wrong. */
    private static boolean possible(Integer year, Integer month, Integer day) {
        if (month == null || month < 1 || month > 12) {
            return false;
        }
        if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            return false;
        }
        if (day == null) {
            return true;
        }
        int max = year == null ? Month.of(month).maxLength() : YearMonth.of(year, month).lengthOfMonth();
        return day >= 1 && day <= max;
    }

    private boolean monthAllowed(Folded f, int start, String name) {
        return !CAPITALISED_ONLY.contains(stripDot(name)) || Character.isUpperCase(f.originalChar(start));
    }

    private DayOfWeek weekday(String name) {
        return name == null ? null : weekdays.get(stripDot(words(name)));
    }

    private static String words(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static String stripDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String[] columns(String line, int n, String resource) {
        String[] cols = line.split("\t");
        if (cols.length < n) {
            throw new IllegalStateException(resource + ": expected " + n + " tab-separated columns: " + line);
        }
        for (int i = 0; i < cols.length; i++) {
            cols[i] = cols[i].strip();
        }
        return cols;
    }

    private static <V> void putOnce(Map<String, V> map, String key, V value, String resource) {
        V old = map.putIfAbsent(key, value);
        if (old != null && !old.equals(value)) {
            throw new IllegalStateException(resource + ": " + key + " is both " + old + " and " + value);
        }
    }

    /**
     * A regex matching any of the folded names, as a trie ("jan(?:v(?:ier|\\.?)|uary|\\.?)") so
     * that a failed attempt costs a character or two, not one try per name; longer names are
     * tried first. A trailing dot marks an abbreviation: its dot is optional. A space matches
     * any run of spaces.
     */
    private static String alternation(Collection<String> names) {
        TrieNode root = new TrieNode();
        for (String name : names) {
            boolean abbreviation = name.endsWith(".") && name.length() > 1;
            String base = abbreviation ? name.substring(0, name.length() - 1) : name;
            if (base.isEmpty()) {
                continue;
            }
            TrieNode node = root;
            for (int i = 0; i < base.length(); i++) {
                node = node.children.computeIfAbsent(base.charAt(i), c -> new TrieNode());
            }
            if (abbreviation) {
                node.abbreviation = true;
            } else {
                node.word = true;
            }
        }
        return "(?:" + root.regex() + ")";
    }

    private static final class TrieNode {
        final java.util.TreeMap<Character, TrieNode> children = new java.util.TreeMap<>();
        boolean word;
        boolean abbreviation;

        String regex() {
            StringJoiner alternatives = new StringJoiner("|");
            for (Map.Entry<Character, TrieNode> e : children.entrySet()) {
                char c = e.getKey();
                String step;
                if (c == ' ') {
                    step = "\\s++";
                } else if (Character.isLetterOrDigit(c)) {
                    step = String.valueOf(c);
                } else {
                    step = "\\" + c;
                }
                alternatives.add(step + e.getValue().regex());
            }
            if (abbreviation) {
                alternatives.add("\\.?");
            } else if (word) {
                alternatives.add("");
            }
            String body = alternatives.toString();
            return children.size() + (word || abbreviation ? 1 : 0) > 1 ? "(?:" + body + ")" : body;
        }
    }

    /**
     * A line folded character by character, with the original index of every folded character:
     * whitespace becomes one space each (never collapsed), accents and combining marks go.
     */
    static final class Folded {
        /** The fold of every character below U+2070 (Latin, Greek, Cyrillic, general punctuation). */
        private static final String[] TABLE = new String[0x2070];

        static {
            for (char c = 0; c < TABLE.length; c++) {
                TABLE[c] = foldChar(c);
            }
        }

        final String text;
        private final String original;
        private final int[] origin;

        private Folded(String text, String original, int[] origin) {
            this.text = text;
            this.original = original;
            this.origin = origin;
        }

        static Folded of(String line) {
            StringBuilder out = new StringBuilder(line.length());
            int[] origin = new int[line.length() * 2 + 4];
            int n = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                String folded = c < TABLE.length ? TABLE[c] : foldChar(c);
                for (int k = 0; k < folded.length(); k++) {
                    if (n == origin.length) {
                        origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                    }
                    out.append(folded.charAt(k));
                    origin[n++] = i;
                }
            }
            return new Folded(out.toString(), line, java.util.Arrays.copyOf(origin, n));
        }

        private static String foldChar(char c) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return " ";
            }
            return Fold.fold(String.valueOf(c));
        }

        int originalStart(int foldedStart) {
            return origin[foldedStart];
        }

        /** The original end for a folded end: after the last character, and after any marks folding dropped. */
        int originalEnd(int foldedEnd) {
            if (foldedEnd <= 0) {
                return 0;
            }
            int end = origin[foldedEnd - 1] + 1;
            if (end < original.length() && Character.isLowSurrogate(original.charAt(end))
                    && Character.isHighSurrogate(original.charAt(end - 1))) {
                end++;
            }
            // Characters that folded to nothing (combining marks) up to the next folded one belong to the match.
            int next = foldedEnd < origin.length ? origin[foldedEnd] : original.length();
            return Math.max(end, next);
        }

        char originalChar(int folded) {
            return original.charAt(origin[folded]);
        }
    }
}
