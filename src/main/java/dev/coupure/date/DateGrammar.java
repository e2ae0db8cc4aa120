package dev.coupure.date;

import dev.coupure.text.CharClass;
import dev.coupure.text.ExpressionChars;
import dev.coupure.text.Fold;
import dev.coupure.text.ResourceLines;
import dev.coupure.text.WordTable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
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

    /** English month names that are also everyday words: only taken when written with a capital. */
    private static final Set<String> CAPITALISED_ONLY = Set.of("may", "march", "mar");

    /**
     * Longest first; on equal spans a valid reading before an impossible one. Impossible dates take
     * their place too, so that "31 février 2025" hides "février 2025".
     */
    private static final Comparator<Candidate> LONGEST_FIRST = Comparator
            .comparingInt((Candidate c) -> c.end - c.start).reversed()
            .thenComparingInt(c -> c.start)
            .thenComparing(c -> !c.valid);
    private static final Comparator<Candidate> BY_START = Comparator.comparingInt(c -> c.start);

    private static final String NB = "(?<![\\p{L}\\p{N}])";
    private static final String NA = "(?![\\p{L}])";
    /** A year, not followed by more digits nor a decimal part. */
    private static final String YEAR_END = "(?!\\p{N}|[.,]\\p{N})";

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, Integer> months;
    private final Map<String, DayOfWeek> weekdays;
    private final RoleKeywords roles;
    private final Map<String, ChronoUnit> units;
    private final Map<String, Integer> numbers;
    private final Map<String, Integer> dayWords;
    /**
     * The words {@link Anchors} are found at, with the kinds of expression each starts: weekdays,
     * months, number words, and the first run of letters of each prefix ("il" of "il y a"), suffix
     * ("ago") and day word ("aujourd", "avant").
     */
    private final WordTable anchorWords;
    private static final long WEEKDAY = 1;
    private static final long MONTH = 2;
    private static final long NUMBER = 4;
    private static final long PREFIX = 8;
    private static final long DAY_WORD = 16;
    private static final long SUFFIX = 32;
    /** A longer run of letters is no word of the vocabulary. */
    private static final int MAX_ANCHOR_LETTERS = 12;
    /** The endings of ordinal days the day-month expression allows before the month. */
    private static final List<String> ORDINAL_ENDINGS = List.of("er", "\u1D49\u02B3", "st", "nd", "rd", "th");
    /** The words the day-month expression allows between the day and the month ("3rd of May", "3 de mayo"). */
    private static final List<String> DAY_OF = List.of("of", "de");
    /** The words the month-day ("the") and month-year ("de", "del", "of") expressions allow between the month and its number. */
    private static final List<String> BEFORE_NUMBER = List.of("the", "de", "del", "of");
    /** The words the expressions allow between a weekday and its day ("lundi le 3", "Monday the 3rd"). */
    private static final List<String> AFTER_WEEKDAY = List.of("le", "the", "den");

    // The expressions that may start at a digit, each with the shape of run it starts with there;
    // those that start at a month, with the shape of the run they read after it.
    final Pattern dayMonth;
    /** What may not stand before a day: no part of a number, a time or a path ("4.8", "11:32", "2012-08-19"). */
    private static final String BEFORE_DAY = ".,:/";
    final DigitRun day;
    final Pattern monthDay;
    static final DigitRun MONTH_DAY = new DigitRun(1, 2, null);
    final Pattern monthYear;
    static final DigitRun MONTH_YEAR = new DigitRun(4, 4, null);
    final Pattern numeric;
    /** What may not stand before a numeric date: no part of a longer number, address, range or time. */
    private static final String BEFORE_NUMERIC = ".,:/+-";
    static final DigitRun NUMERIC_DAY = DigitRun.firstOfThree(1, 2, "/.-").notAfter(BEFORE_NUMERIC);
    final Pattern yearFirst;
    static final DigitRun NUMERIC_YEAR = DigitRun.firstOfThree(4, 4, "/.-").notAfter(BEFORE_NUMERIC);
    final Pattern numericNoYear;
    static final DigitRun DAY_SLASH = DigitRun.separated(2, 2, "/").notAfter(BEFORE_NUMERIC);
    private final Pattern agoPrefix;
    final Pattern agoSuffix;
    private static final String BEFORE_AMOUNT = ".,";
    static final DigitRun AMOUNT = new DigitRun(1, 3, null).notAfter(BEFORE_AMOUNT);
    private final Pattern dayWord;

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
            // A month name is found by its anchor, the run of letters it is (see anchors()).
            if (stripDot(name).isEmpty() || stripDot(name).length() > MAX_ANCHOR_LETTERS
                    || !stripDot(name).chars().allMatch(Character::isLetter)) {
                throw new IllegalStateException("months.tsv: a month is up to " + MAX_ANCHOR_LETTERS
                        + " letters and an optional final dot: " + line);
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
        List<RoleKeywords.Keyword> keywordList = new ArrayList<>();
        for (String line : ResourceLines.read(DateGrammar.class, "date-keywords.tsv")) {
            String[] cols = columns(line, 2, "date-keywords.tsv");
            DateRole role = DateRole.valueOf(cols[0].toUpperCase(Locale.ROOT));
            if (role == DateRole.NONE) {
                throw new IllegalStateException("date-keywords.tsv: NONE is not a keyword kind: " + line);
            }
            keywordList.add(new RoleKeywords.Keyword(Fold.fold(cols[1]), role));
        }
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
                case "suffix" -> {
                    // the suffix scan is tried only on a line holding a suffix's first word (its anchor)
                    if (phrase.isEmpty() || !Character.isLetter(phrase.charAt(0))) {
                        throw new IllegalStateException("relative.tsv: a suffix starts with a letter: " + line);
                    }
                    suffixes.add(phrase);
                }
                default -> throw new IllegalStateException("relative.tsv: unknown kind: " + line);
            }
        }
        this.months = Map.copyOf(monthNames);
        this.weekdays = Map.copyOf(weekdayNames);
        this.roles = new RoleKeywords(keywordList);
        this.units = Map.copyOf(unitNames);
        this.numbers = Map.copyOf(numberNames);
        this.dayWords = Map.copyOf(dayNames);
        Map<String, Long> anchorKinds = new HashMap<>();
        mark(anchorKinds, weekdays.keySet(), WEEKDAY);
        mark(anchorKinds, months.keySet(), MONTH);
        mark(anchorKinds, numbers.keySet(), NUMBER);
        mark(anchorKinds, firstWords(prefixes), PREFIX);
        mark(anchorKinds, firstWords(suffixes), SUFFIX);
        mark(anchorKinds, firstWords(dayNames.keySet()), DAY_WORD);
        this.anchorWords = new WordTable(anchorKinds);

        this.day = new DigitRun(1, 2, dayFollowers(monthPatterns)).notAfter(BEFORE_DAY);
        String mon = NameTrie.alternation(monthPatterns);
        String wd = NameTrie.alternation(weekdayPatterns);
        String unit = NameTrie.alternation(unitNames.keySet());
        String num = NameTrie.alternation(numberNames.keySet());
        String weekdayBefore = "(?:(?<wd>" + wd + ")" + NA + "\\s*+,?\\s*+(?:(?:" + String.join("|", AFTER_WEEKDAY)
                + ")\\s++)?)?";

        this.dayMonth = Pattern.compile(DigitRun.lookbehind(BEFORE_DAY) + weekdayBefore
                + "(?<day>\\d{1,2})(?:" + String.join("|", ORDINAL_ENDINGS) + "|(?<ddot>\\.))?\\s*+"
                + "(?:(?:" + String.join("|", DAY_OF) + ")\\s++)?"
                + "(?<mon>" + mon + ")" + NA
                + "(?:(?:\\s*+,\\s*+|\\s++|(?<=\\.))(?:(?:de|del)\\s++)?(?<year>\\d{4})" + YEAR_END + ")?");
        this.monthDay = Pattern.compile(NB + "(?:(?<wd>" + wd + ")" + NA + "\\s*+,?\\s*+)?"
                + "(?<mon>" + mon + ")" + NA + "\\s*+(?:the\\s++)?(?<day>\\d{1,2})(?:st|nd|rd|th)?"
                + "(?:(?:\\s*+,\\s*+|\\s++)(?<year>\\d{4})" + YEAR_END + "|(?![\\p{L}\\p{N}]|[.,:/-]\\p{N}))");
        this.monthYear = Pattern.compile(NB + "(?<mon>" + mon + ")" + NA
                + "(?:\\s*+,\\s*+|\\s++|(?<=\\.))(?:(?:de|del|of)\\s++)?(?<year>\\d{4})" + YEAR_END);
        this.numeric = Pattern.compile(DigitRun.lookbehind(BEFORE_NUMERIC) + weekdayBefore
                + "(?<a>\\d{1,2})(?<sep>[/.-])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})(?![\\p{L}\\p{N}]|[.,/:-]\\p{N})");
        this.yearFirst = Pattern.compile(DigitRun.lookbehind(BEFORE_NUMERIC)
                + "(?<y>\\d{4})(?<sep>[/.-])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?![\\p{N}]|[.,/:-]\\p{N})");
        this.numericNoYear = Pattern.compile(DigitRun.lookbehind(BEFORE_NUMERIC) + weekdayBefore
                + "(?<a>\\d{2})/(?<b>\\d{2})(?![\\p{L}\\p{N}/]|[.,:-]\\p{N}|\\s?%)");
        this.agoPrefix = Pattern.compile(NB + "(?:" + NameTrie.alternation(prefixes) + ")\\s++"
                + "(?:(?<num>\\d{1,3})\\s*+|(?<nw>" + num + ")\\s++)(?<unit>" + unit + ")(?![\\p{L}\\p{N}])"
                // "il y a 3 jours de grève" is "there are 3 days of strike", not "3 days ago"
                + "(?!\\s++(?:d'|du(?![\\p{L}])|des(?![\\p{L}])|de(?![\\p{L}])(?!\\s++(?:cela|ca)(?![\\p{L}]))))");
        this.agoSuffix = Pattern.compile(DigitRun.lookbehind(BEFORE_AMOUNT)
                + "(?:(?<num>\\d{1,3})\\s*+|(?<nw>" + num + ")\\s++)(?<unit>" + unit + ")\\s++(?:"
                + NameTrie.alternation(suffixes) + ")" + NA);
        this.dayWord = Pattern.compile("(?<![\\p{L}\\p{N}'-])(?<dw>" + NameTrie.alternation(dayNames.keySet())
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
            if (a.hasMonth()) {
                scanDayMonth(f, a, all);
            }
            scanMonthDay(f, a, all);
            scanMonthYear(f, a, all);
            scanNumeric(f, a, o, all);
            scanYearFirst(f, a, all);
            scanNumericNoYear(f, a, o, all);
        }
        scanAgo(f, agoPrefix, a.prefixes(), all);
        if (a.suffixes().length > 0) {
            scanAgo(f, agoSuffix, merge(AMOUNT.fitting(f.text, a.digits()), a.numberWords()), all);
        }
        scanDayWords(f, a, all);
        mergeDayWordWithDate(f, all);
        ClockTimes.timeBeforeDate(f, a.digits(), all);

        if (all.isEmpty()) {
            return List.of(); // most lines that get this far: a digit, but no date
        }
        all.sort(LONGEST_FIRST);
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
        kept.sort(BY_START);
        List<DateMention> mentions = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            int start = f.originalStart(c.start);
            int end = f.originalEnd(c.end);
            mentions.add(new DateMention(start, end, line.substring(start, end), c.year, c.month, c.day, c.weekday,
                    c.time, c.offset, c.relative, roles.roleBefore(f.text, c.start), c.numeric));
        }
        return List.copyOf(mentions);
    }

    /**
     * Where expressions may start: runs of digits and words of the vocabulary, as sorted folded offsets.
     *
     * @param monthGlued a month glued to a day by its ordinal ("15thjanuary"): in a run of letters
     *     that is no month, yet the day-month expression reads it
     */
    private record Anchors(int[] digits, int[] weekdays, int[] months, int[] numberWords, int[] prefixes,
            int[] suffixes, int[] dayWords, boolean monthGlued) {

        /** Whether the line names a month where a day-month expression can read it. */
        boolean hasMonth() {
            return months.length > 0 || monthGlued;
        }
    }

    /** Whether the letters {@code t[start, end)} are an ordinal's ending ("er", "th", "ᵉʳ") and a month. */
    private boolean ordinalThenMonth(char[] t, int start, int end) {
        if (end - start <= 2) {
            return false;
        }
        String ordinal = new String(t, start, 2);
        return ORDINAL_ENDINGS.contains(ordinal) && (anchorWords.get(t, start + 2, end) & MONTH) != 0;
    }

    private Anchors anchors(String text) {
        IntList digits = new IntList();
        IntList weekdayStarts = new IntList();
        IntList monthStarts = new IntList();
        IntList numberStarts = new IntList();
        IntList prefixStarts = new IntList();
        IntList suffixStarts = new IntList();
        IntList dayWordStarts = new IntList();
        char[] t = text.toCharArray();
        boolean monthGlued = false;
        int i = 0;
        int n = t.length;
        while (i < n) {
            char c = t[i];
            if (ExpressionChars.isDigit(c)) {
                digits.add(i);
                while (i < n && ExpressionChars.isDigit(t[i])) {
                    i++;
                }
            } else if (CharClass.is(c, CharClass.LETTER)) {
                int start = i;
                while (i < n && CharClass.is(t[i], CharClass.LETTER)) {
                    i++;
                }
                monthGlued |= start > 0 && t[start - 1] >= '0' && t[start - 1] <= '9' && ordinalThenMonth(t, start, i);
                long kinds = i - start > MAX_ANCHOR_LETTERS ? 0 : anchorWords.get(t, start, i);
                if (kinds == 0) {
                    continue;
                }
                if ((kinds & WEEKDAY) != 0) {
                    weekdayStarts.add(start);
                }
                if ((kinds & MONTH) != 0) {
                    monthStarts.add(start);
                }
                if ((kinds & NUMBER) != 0) {
                    numberStarts.add(start);
                }
                if ((kinds & PREFIX) != 0) {
                    prefixStarts.add(start);
                }
                if ((kinds & SUFFIX) != 0) {
                    suffixStarts.add(start);
                }
                if ((kinds & DAY_WORD) != 0) {
                    dayWordStarts.add(start);
                }
            } else {
                i++;
            }
        }
        return new Anchors(digits.toArray(), weekdayStarts.toArray(), monthStarts.toArray(), numberStarts.toArray(),
                prefixStarts.toArray(), suffixStarts.toArray(), dayWordStarts.toArray(), monthGlued);
    }

    /**
     * The characters the day-month expression can read right after its day: an ordinal's ending,
     * the day's dot, a space, "of" or "de", a month. Most days of a line are followed by a comma, a
     * slash or a hyphen ("Jan 7, 2024", "7/1"), where the expression cannot start.
     */
    private static String dayFollowers(Collection<String> monthNames) {
        StringBuilder s = new StringBuilder(".").append(ExpressionChars.SPACES);
        for (List<String> words : List.of(ORDINAL_ENDINGS, DAY_OF, List.copyOf(monthNames))) {
            words.forEach(w -> s.append(w.charAt(0)));
        }
        return s.toString();
    }

    /**
     * Whether the month word at {@code start} can be followed by the number an expression reads
     * after it: past the word's dot, spaces and comma, and past one of {@link #BEFORE_NUMBER}, a
     * run of digits of that shape. Most months of prose ("en juin dernier") have none, and a month
     * has a day ("juin 5") or a year ("juin 2025"), not both.
     */
    static boolean numberMayFollow(String t, int start, DigitRun number) {
        int i = numberPlace(t, start, BEFORE_NUMBER);
        return i >= 0 && number.fits(t, i);
    }

    /**
     * Whether the weekday at {@code start} can be followed by the day the expression reads after
     * it: past the word's dot, spaces and comma, and past one of {@link #AFTER_WEEKDAY}, a run of
     * digits of that shape. Most weekdays of prose ("on Tuesday the court", "am Montag") have none.
     */
    static boolean dayMayFollowWeekday(String t, int start, DigitRun day) {
        int i = numberPlace(t, start, AFTER_WEEKDAY);
        return i >= 0 && day.fits(t, i);
    }

    /**
     * Where the number read after the word at {@code start} would stand: past the word, its dot,
     * spaces and commas, and one of {@code between} with the spaces after it; -1 if another word
     * stands there.
     */
    private static int numberPlace(String t, int start, List<String> between) {
        int i = skipLetters(t, start);
        i = skipDotsCommasSpaces(t, i);
        int word = i;
        i = skipLetters(t, i);
        if (i > word) {
            if (!isOneOf(between, t, word, i)) {
                return -1;
            }
            i = skipDotsCommasSpaces(t, i);
        }
        return i;
    }

    private static boolean isOneOf(List<String> words, String t, int start, int end) {
        for (String w : words) {
            if (w.length() == end - start && t.startsWith(w, start)) {
                return true;
            }
        }
        return false;
    }

    private static int skipLetters(String t, int from) {
        int i = from;
        while (i < t.length() && Character.isLetter(t.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipDotsCommasSpaces(String t, int from) {
        int i = from;
        while (i < t.length() && (t.charAt(i) == '.' || t.charAt(i) == ',' || Character.isWhitespace(t.charAt(i)))) {
            i++;
        }
        return i;
    }

    /** Of the month starts, those a number of this shape {@link #numberMayFollow may follow}. */
    private static int[] monthsBefore(DigitRun number, String t, int[] months) {
        return where(months, s -> numberMayFollow(t, s, number));
    }

    /** Of the weekday starts, those a day of this shape {@link #dayMayFollowWeekday may follow}. */
    private static int[] weekdaysBefore(DigitRun day, String t, int[] weekdays) {
        return where(weekdays, s -> dayMayFollowWeekday(t, s, day));
    }

    /** Of the weekday starts, those one of these month starts {@link #monthFollowsWeekday follows}. */
    private static int[] weekdaysBeforeMonths(String t, int[] weekdays, int[] months) {
        return where(weekdays, s -> monthFollowsWeekday(t, s, months));
    }

    /** Whether one of these month starts follows the weekday at {@code start}, past its dot, spaces and comma. */
    static boolean monthFollowsWeekday(String t, int start, int[] months) {
        return Arrays.binarySearch(months, skipDotsCommasSpaces(t, skipLetters(t, start))) >= 0;
    }

    /** The starts that pass, in order. */
    private static int[] where(int[] starts, IntPredicate keep) {
        if (starts.length == 0) {
            return starts; // most lines name no weekday: nothing allocated
        }
        int[] kept = new int[starts.length];
        int n = 0;
        for (int s : starts) {
            if (keep.test(s)) {
                kept[n++] = s;
            }
        }
        return n == starts.length ? starts : Arrays.copyOf(kept, n);
    }

    /** Adds a kind of anchor to each of these words' kinds. */
    private static void mark(Map<String, Long> kinds, Collection<String> words, long kind) {
        words.forEach(w -> kinds.merge(w, kind, (a, b) -> a | b));
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
        Arrays.sort(all);
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

    /** Most kinds of anchor are absent from most lines: an empty list allocates nothing. */
    private static final class IntList {
        private static final int[] EMPTY = new int[0];
        private int[] values = EMPTY;
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, Math.max(8, size * 2));
            }
            values[size++] = v;
        }

        int[] toArray() {
            return size == 0 ? EMPTY : Arrays.copyOf(values, size);
        }
    }

    private void scanDayMonth(Folded f, Anchors a, List<Candidate> out) {
        int[] starts = merge(weekdaysBefore(day, f.text, a.weekdays()), day.fitting(f.text, a.digits()));
        for (Matcher m : LineMatchers.at(dayMonth, f.text, starts)) {
            if (monthAllowed(f, m.start("mon"), m.group("mon"))) {
                out.add(textualDate(f, m));
            }
        }
    }

    private void scanMonthDay(Folded f, Anchors a, List<Candidate> out) {
        int[] months = monthsBefore(MONTH_DAY, f.text, a.months());
        int[] starts = merge(weekdaysBeforeMonths(f.text, a.weekdays(), months), months);
        for (Matcher m : LineMatchers.at(monthDay, f.text, starts)) {
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
        c.valid = c.month != null && PossibleDates.possible(c.year, c.month, c.day);
        ClockTimes.withTime(f, c, false);
        return c;
    }

    private void scanMonthYear(Folded f, Anchors a, List<Candidate> out) {
        for (Matcher m : LineMatchers.at(monthYear, f.text, monthsBefore(MONTH_YEAR, f.text, a.months()))) {
            String monName = m.group("mon");
            if (!monthAllowed(f, m.start("mon"), monName)) {
                continue;
            }
            Candidate c = new Candidate(m.start(), m.end());
            c.month = months.get(stripDot(monName));
            c.year = Integer.parseInt(m.group("year"));
            c.valid = c.month != null && PossibleDates.possible(c.year, c.month, null);
            out.add(c);
        }
    }

    private void scanNumeric(Folded f, Anchors anchors, NumericOrder order, List<Candidate> out) {
        int[] starts = merge(weekdaysBefore(NUMERIC_DAY, f.text, anchors.weekdays()),
                NUMERIC_DAY.fitting(f.text, anchors.digits()));
        for (Matcher m : LineMatchers.at(numeric, f.text, starts)) {
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
            ClockTimes.withTime(f, c, false);
            out.add(c);
        }
    }

    private void scanNumericNoYear(Folded f, Anchors a, NumericOrder order, List<Candidate> out) {
        int[] starts = merge(weekdaysBefore(DAY_SLASH, f.text, a.weekdays()), DAY_SLASH.fitting(f.text, a.digits()));
        for (Matcher m : LineMatchers.at(numericNoYear, f.text, starts)) {
            Candidate c = new Candidate(m.start(), m.end());
            c.numeric = true;
            c.weekday = weekday(m.group("wd"));
            // No year and no forcing: "12/13" is a score or a fraction, not 13 December.
            readDayMonth(c, Integer.parseInt(m.group("a")), Integer.parseInt(m.group("b")), order, false);
            ClockTimes.withTime(f, c, false);
            out.add(c);
        }
    }

    /** Day and month from two numbers, in the given order unless the values (or the weekday) say otherwise. */
    private static void readDayMonth(Candidate c, int a, int b, NumericOrder order, boolean mayForce) {
        int day = order == NumericOrder.MONTH_FIRST ? b : a;
        int month = order == NumericOrder.MONTH_FIRST ? a : b;
        if (mayForce) {
            boolean asGiven = PossibleDates.possible(c.year, month, day);
            boolean swapped = PossibleDates.possible(c.year, day, month);
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
        c.valid = PossibleDates.possible(c.year, month, day);
    }

    private void scanYearFirst(Folded f, Anchors a, List<Candidate> out) {
        for (Matcher m : LineMatchers.at(yearFirst, f.text, NUMERIC_YEAR.fitting(f.text, a.digits()))) {
            Candidate c = new Candidate(m.start(), m.end());
            c.numeric = true;
            c.year = Integer.parseInt(m.group("y"));
            c.month = Integer.parseInt(m.group("m"));
            c.day = Integer.parseInt(m.group("d"));
            c.valid = PossibleDates.possible(c.year, c.month, c.day);
            ClockTimes.withTime(f, c, true);
            out.add(c);
        }
    }

    private void scanAgo(Folded f, Pattern p, int[] starts, List<Candidate> out) {
        for (Matcher m : LineMatchers.at(p, f.text, starts)) {
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
        for (Matcher m : LineMatchers.at(dayWord, f.text, a.dayWords())) {
            Integer days = dayWords.get(words(m.group("dw")));
            if (days == null) {
                continue;
            }
            Candidate c = new Candidate(m.start(), m.end());
            c.relative = new RelativeDate(ChronoUnit.DAYS, days);
            c.valid = true;
            c.dayWord = true;
            ClockTimes.withTime(f, c, false);
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

    // ------------------------------------------------------------------------------ URL

    /**
     * The day a URL's path carries: "/2025/01/17/", "/2025-01-17/", "20250117" as a run of its
     * own ("/20250117/", "article_20250117.html", or a 20250117103200 timestamp). Years
     * 1995..2035 only. Empty when there is no day ("/2025/01/"), when the digits do not make a
     * date, or when the URL carries two different dates.
     */
    public Optional<LocalDate> fromUrl(String url) {
        return UrlDates.fromUrl(url);
    }

    // ------------------------------------------------------------------------------ helpers

    private static int skipSpaces(String t, int from) {
        int i = from;
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private boolean monthAllowed(Folded f, int start, String name) {
        return !CAPITALISED_ONLY.contains(stripDot(name)) || Character.isUpperCase(f.originalChar(start));
    }

    private DayOfWeek weekday(String name) {
        return name == null ? null : weekdays.get(stripDot(words(name)));
    }

    private static String words(String s) {
        return SPACES.matcher(s).replaceAll(" ");
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
}
