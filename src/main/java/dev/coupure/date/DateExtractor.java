package dev.coupure.date;

import dev.coupure.doc.Decision;
import dev.coupure.doc.Label;
import dev.coupure.text.ExpressionChars;
import dev.coupure.text.Fold;
import dev.coupure.text.ResourceLines;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the publication and modification dates of an article from its classified lines.
 *
 * <p>Only a date in a dateline (a line of date and little else, a byline, the lines around the
 * headline) or after a "Publié le" / "Mis à jour" keyword is a publication or modification date.
 * A date in a caption, in related links or in the middle of the text is an event. The one
 * exception is a day the first lines of the text anchor to the day of writing ("ce vendredi 17
 * janvier", "aujourd'hui (17 janvier)"). Without any of these, a date in the source URL or the file
 * name is used. A yearless date gets its year from its weekday or from the latest month the text
 * mentions; a relative date ("il y a 3 heures") needs a reference date. When nothing supports a
 * date, there is none: a wrong date is worse than no date.
 */
public final class DateExtractor {

    /** The dates of one article; either may be null. */
    public record Dates(PublicationDate published, PublicationDate modified) {
        public static final Dates NONE = new Dates(null, null);
    }

    /**
     * What the extractor may anchor dates to besides the text.
     *
     * @param path the input path (its file name may carry a date)
     * @param url the article's URL, or null
     * @param languageCode the article's language, or null (English allows month-first numeric dates)
     * @param reference the date relative dates count from, or null
     * @param referenceSource where the reference came from: reference, sidecar, email:date, url, filename
     */
    public record Context(String path, String url, String languageCode, LocalDate reference, String referenceSource) {
    }

    /** Lines around the headline that count as its dateline zone. */
    private static final int NEAR_TITLE_LINES = 6;
    /** How far into the text a line of date and little else may stand and still be the dateline. */
    private static final int DATELINE_INTO_TEXT = 15;
    /**
     * References that may give a yearless date its year: the user's, the sidecar's, an e-mail's
     * Date. A date in a file name or URL is often when the page was saved, which may be years
     * after it appeared.
     */
    private static final Set<String> STRONG_REFERENCES = Set.of("reference", "sidecar", "email:date");
    /** Outside the text, a line longer than this is a teaser or a caption, not a dateline or a "Publié le" line. */
    private static final int KEYWORD_LINE_MAX_WORDS = 24;
    /** Lines a date above the headline counts as further away than one below it. */
    private static final int ABOVE_TITLE_PENALTY = 3;
    /** A dateline is short: a longer line by the headline is a caption or a teaser. */
    private static final int DATELINE_MAX_WORDS = 14;
    /** The first body lines where a deictic date ("ce vendredi 17 janvier") reports the day of writing. */
    private static final int LEAD_LINES = 2;
    /** Characters before a date searched for a deictic word. */
    private static final int DEICTIC_WINDOW = 24;
    /** Years after the latest year a page mentions that its yearless dates may fall in. */
    private static final int YEAR_WINDOW = 2;
    private static final Pattern YEAR_IN_PROSE = Pattern.compile(
            "(?i)\\b(?:en|in|depuis|since|de|du|of|im|seit|année|year|jahr)\\s+((?:19|20)\\d{2})\\b");
    /** A numeric date: the only kind whose day and month order is in question. */
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}");
    /** "— West Ham United (@WestHam) October 31, 2021": the signature of an embedded post, dated when it was posted. */
    private static final Pattern EMBED_SIGNATURE = Pattern.compile("\\(@\\w{1,30}\\)");
    /** How many lower-case letters make a label glued to the digits after it. */
    private static final int GLUED_LABEL_LETTERS = 3;
    /*
     * Word separators, compiled once: String.split compiles such an expression on every call.
     * A day word keeps its hyphen ("avant-hier").
     */
    private static final Pattern BETWEEN_DAY_WORDS = Pattern.compile("[^\\p{L}'-]+");
    /** What may stand between the year, month and day of a date in a file name. */
    private static final String FILE_DATE_SEPARATORS = "-_.";

    private final DateGrammar grammar;
    private final Set<String> deictic = new HashSet<>();
    private final Set<String> notPublication = new HashSet<>();
    private final Map<String, String> dayWordLanguage = new HashMap<>();

    public DateExtractor(DateGrammar grammar) {
        this.grammar = grammar;
        ResourceLines.read(DateExtractor.class, "deictic.txt").forEach(w -> deictic.add(Fold.fold(w)));
        ResourceLines.read(DateExtractor.class, "not-publication.txt").forEach(w -> notPublication.add(Fold.fold(w)));
        for (String row : ResourceLines.read(DateExtractor.class, "relative-day-languages.tsv")) {
            String[] cells = row.split("\t");
            dayWordLanguage.put(Fold.fold(cells[0]), cells[1].strip());
        }
    }

    /** A date mention with where it stands and how much its place says. */
    private record Candidate(DateMention mention, int lineIndex, String source, String evidence, boolean deictic) {
    }

    public Dates extract(List<Decision> decisions, Context context) {
        int title = indexOf(decisions, Label.TITLE);
        boolean english = "en".equals(context.languageCode());
        List<Candidate> candidates = candidates(decisions, context, NumericOrder.DAY_FIRST, title);
        NumericOrder order = NumericOrder.DAY_FIRST;
        if (english && candidates.stream().anyMatch(c -> ambiguous(c.mention()))) {
            // Only an English page may write the month first; look at how it writes its other dates.
            order = numericOrder(decisions);
            if (order == NumericOrder.MONTH_FIRST) {
                candidates = candidates(decisions, context, order, title);
            }
        }
        Anchors anchors = new Anchors(new PageYears(decisions, order), context.reference(), context.referenceSource(),
                english && order == NumericOrder.DAY_FIRST);
        PublicationDate published = best(candidates, DateRole.PUBLISHED, anchors, title);
        PublicationDate modified = best(candidates, DateRole.MODIFIED, anchors, title);
        if (published == null) {
            published = fromUrl(context);
        }
        return new Dates(published, modified);
    }

    /** 01/02/2025: day and month could be either way round. */
    private static boolean ambiguous(DateMention m) {
        return m.numericOnly() && m.day() != null && m.month() != null && m.day() <= 12 && !m.day().equals(m.month());
    }

    /** Dates in datelines, after keywords, or anchored to the day of writing in the lead. */
    private List<Candidate> candidates(List<Decision> decisions, Context context, NumericOrder order, int title) {
        int firstBody = firstBody(decisions);
        List<Candidate> candidates = new ArrayList<>();
        int bodySeen = 0;
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            boolean lead = d.label().inBody() && bodySeen < LEAD_LINES;
            if (d.label().inBody()) {
                bodySeen++;
            }
            // Dates further into the text are events; the grammar only reads lines that can matter.
            // The body past the lead is most lines: ruled out first, before isEventZone scans its text.
            if (d.label().inBody() && !lead || isEventZone(d)
                    || !d.label().inBody() && words(d.block().text()) > KEYWORD_LINE_MAX_WORDS) {
                continue;
            }
            // Datelines stand by the headline (or just above the text when there is none): a date
            // further away is a "today" widget, a teaser's or an archive's.
            int head = title >= 0 ? Math.min(title, firstBody) : firstBody;
            boolean nearHead = i >= head - NEAR_TITLE_LINES && (i <= head + NEAR_TITLE_LINES
                    || d.label() == Label.DATELINE && i <= firstBody + DATELINE_INTO_TEXT);
            // Only a day word ("hier", "yesterday") makes a date without digits; those count by the headline and in the lead.
            if (!nearHead && !lead && !hasDigit(d.block().text())) {
                continue;
            }
            String text = unglued(d.block().text());
            boolean dateline = nearHead && (d.label() == Label.DATELINE || d.label() == Label.BYLINE
                    || d.label() == Label.BOILERPLATE && words(text) <= DATELINE_MAX_WORDS);
            for (DateMention m : grammar.find(text, order)) {
                if (precededBy(text, m, notPublication) || foreignDayWord(m, context.languageCode())) {
                    continue;
                }
                if (dateline || m.role() != DateRole.NONE && (lead || !d.label().inBody())) {
                    candidates.add(new Candidate(m, i, "dateline", evidence(text, m), false));
                } else if (lead && isDeictic(text, m)) {
                    candidates.add(new Candidate(m, i, "text", evidence(text, m), true));
                }
            }
        }
        return candidates;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The years and latest month a page mentions, anywhere (its furniture is as old as its
     * text): read only when a yearless date needs them, since it means parsing every line.
     */
    private final class PageYears {
        private final List<Decision> decisions;
        private final NumericOrder order;
        private Set<Integer> years;
        private YearMonth latestMonth;

        PageYears(List<Decision> decisions, NumericOrder order) {
            this.decisions = decisions;
            this.order = order;
        }

        Set<Integer> years() {
            read();
            return years;
        }

        YearMonth latestMonth() {
            read();
            return latestMonth;
        }

        private void read() {
            if (years != null) {
                return;
            }
            years = new HashSet<>();
            for (Decision d : decisions) {
                String text = d.block().text();
                if (!mentionsYear(text)) {
                    continue;
                }
                Matcher prose = YEAR_IN_PROSE.matcher(text);
                while (prose.find()) {
                    years.add(Integer.parseInt(prose.group(1)));
                }
                for (DateMention m : grammar.find(unglued(text), order)) {
                    if (m.year() != null) {
                        years.add(m.year());
                        if (m.month() != null) {
                            YearMonth ym = YearMonth.of(m.year(), m.month());
                            latestMonth = latestMonth == null || ym.isAfter(latestMonth) ? ym : latestMonth;
                        }
                    }
                }
            }
        }
    }

    /**
     * Whether a run of four digits of its own is a year of 1900 to 2099: a line without one
     * gives no year, and most lines are read no further.
     */
    static boolean mentionsYear(String text) {
        int i = 0;
        while (i < text.length()) {
            if (!ExpressionChars.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && ExpressionChars.isDigit(text.charAt(i))) {
                i++;
            }
            if (i - start == 4 && (text.startsWith("19", start) || text.startsWith("20", start))) {
                return true;
            }
        }
        return false;
    }

    /** Lines whose dates are events, embedded posts' or other articles' dates, never this article's. */
    private static boolean isEventZone(Decision d) {
        String text = d.block().text();
        // "(@" first: the expression would otherwise run over every line of every article.
        if (d.label() == Label.CAPTION || d.label() == Label.CREDIT
                || text.contains("(@") && EMBED_SIGNATURE.matcher(text).find()) {
            return true;
        }
        String kind = d.kind();
        return kind != null && (kind.startsWith("related") || kind.equals("comment-form") || kind.equals("prev-next")
                || kind.equals("image-caption") || kind.equals("page-footer"));
    }

    /**
     * @param unprovenOrder an English page that never shows whether it writes day or month first:
     *     its numeric dates with both fields up to 12 are ambiguous and not used
     */
    private record Anchors(PageYears page, LocalDate reference, String referenceSource, boolean unprovenOrder) {
    }

    /**
     * The best-supported date of a role: an explicit keyword first, then the dateline nearest the
     * headline, then a deictic date of the lead. Modified dates need their keyword.
     */
    private PublicationDate best(List<Candidate> candidates, DateRole role, Anchors anchors, int title) {
        PublicationDate best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Candidate c : candidates) {
            DateRole r = c.mention().role();
            if (role == DateRole.MODIFIED ? r != DateRole.MODIFIED : r == DateRole.MODIFIED) {
                continue;
            }
            // Datelines follow the headline more often than they precede it; above it stand teasers' dates.
            int distance = title < 0 ? c.lineIndex() : Math.abs(c.lineIndex() - title) + (c.lineIndex() < title ? ABOVE_TITLE_PENALTY : 0);
            int rank = (r == role ? 0 : 1000) + (c.deictic() ? 500 : 0) + distance;
            if (rank >= bestRank) {
                continue;
            }
            Optional<PublicationDate> resolved = resolve(c, anchors);
            if (resolved.isPresent()) {
                best = resolved.get();
                bestRank = rank;
            }
        }
        return best;
    }

    private Optional<PublicationDate> resolve(Candidate c, Anchors anchors) {
        DateMention m = c.mention();
        boolean keyword = m.role() != DateRole.NONE;
        if (m.relative() != null && m.month() == null) {
            return relative(c, anchors);
        }
        if (m.month() == null) {
            return Optional.empty();
        }
        if (anchors.unprovenOrder() && ambiguous(m)) {
            return Optional.empty();
        }
        if (m.day() == null) {
            // "April 2025" by a headline is a section or an archive link more often than a dateline.
            return Optional.empty();
        }
        if (m.year() != null) {
            LocalDate date = LocalDate.of(m.year(), m.month(), m.day());
            if (m.weekday() != null && date.getDayOfWeek() != m.weekday()) {
                return Optional.empty();
            }
            double confidence = c.deictic() ? 0.7 : keyword ? 0.95 : 0.85;
            return Optional.of(new PublicationDate(date.toString(), datetime(date, m), "day", c.source(), c.evidence(), confidence));
        }
        return yearless(c, anchors);
    }

    /** A day and month without year: the weekday, the reference date or the latest month mentioned decides. */
    private static Optional<PublicationDate> yearless(Candidate c, Anchors anchors) {
        DateMention m = c.mention();
        if (anchors.reference() != null && STRONG_REFERENCES.contains(anchors.referenceSource())) {
            for (int y = anchors.reference().getYear(); y >= anchors.reference().getYear() - 1; y--) {
                Optional<LocalDate> date = valid(y, m.month(), m.day());
                if (date.isPresent() && !date.get().isAfter(anchors.reference())
                        && (m.weekday() == null || date.get().getDayOfWeek() == m.weekday())) {
                    return Optional.of(new PublicationDate(date.get().toString(), null, "day", c.source(),
                            c.evidence(), c.deictic() ? 0.65 : 0.8));
                }
            }
            return Optional.empty();
        }
        if (anchors.page().years().isEmpty()) {
            return Optional.empty();
        }
        int latestYear = anchors.page().years().stream().max(Integer::compare).orElseThrow();
        if (m.weekday() != null) {
            LocalDate match = null;
            for (int y = latestYear; y <= latestYear + YEAR_WINDOW; y++) {
                Optional<LocalDate> date = valid(y, m.month(), m.day());
                if (date.isPresent() && date.get().getDayOfWeek() == m.weekday()) {
                    if (match != null) {
                        return Optional.empty();
                    }
                    match = date.get();
                }
            }
            return match == null ? Optional.empty()
                    : Optional.of(new PublicationDate(match.toString(), null, "day", c.source(), c.evidence(), 0.75));
        }
        // Without a weekday, only a deictic lead ("aujourd'hui (17 janvier)") may take the year
        // of the latest month the text speaks of; a yearless dateline may be any year.
        YearMonth latestMonth = anchors.page().latestMonth();
        if (!c.deictic() || latestMonth == null || latestMonth.getYear() != latestYear) {
            return Optional.empty();
        }
        // The first such day after the latest month the text speaks of in the past.
        for (int y = latestYear; y <= latestYear + 1; y++) {
            Optional<LocalDate> date = valid(y, m.month(), m.day());
            if (date.isPresent() && YearMonth.from(date.get()).isAfter(latestMonth)) {
                return Optional.of(new PublicationDate(date.get().toString(), null, "day", c.source(), c.evidence(), 0.6));
            }
        }
        return Optional.empty();
    }

    private Optional<PublicationDate> relative(Candidate c, Anchors anchors) {
        if (anchors.reference() == null) {
            return Optional.empty();
        }
        RelativeDate r = c.mention().relative();
        // Only whole days count from a reference known to the day: "il y a 3 heures" may be the
        // day before, "il y a 2 semaines" or "4 months ago" are rounded by the site.
        if (r.unit() != ChronoUnit.DAYS || !namesADay(c.mention())) {
            return Optional.empty(); // "1 day ago" is 24 to 48 hours: only "hier", "yesterday" name a calendar day
        }
        LocalDate date = anchors.reference().plusDays(r.amount());
        String precision = "day";
        String value = switch (precision) {
            case "month" -> YearMonth.from(date).toString();
            case "year" -> String.valueOf(date.getYear());
            default -> date.toString();
        };
        return Optional.of(new PublicationDate(value, null, precision, anchors.referenceSource(),
                c.evidence() + " (from " + anchors.reference() + ")", 0.6));
    }

    private PublicationDate fromUrl(Context context) {
        if (context.url() != null) {
            Optional<LocalDate> date = urlDate(context.url());
            if (date.isPresent()) {
                return new PublicationDate(date.get().toString(), null, "day", "url", context.url(), 0.8);
            }
        }
        // A date in a file name is when the page was saved more often than when it appeared: it
        // only serves as a reference for relative dates.
        return null;
    }

    /** A date written in a URL's path: /2025/01/17/, /2025-01-17/. */
    public Optional<LocalDate> urlDate(String url) {
        return grammar.fromUrl(url);
    }

    /** A date written in a file name: 2025-01-17, 2025_01_17, 20250117. */
    public static Optional<LocalDate> fileDate(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String name = fileName(path);
        // As a search of the expression (?<!\d)((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d) would
        // (the tests keep it as the oracle): from left to right, each after the last date read.
        int i = 0;
        while (i < name.length()) {
            int month = i + 4;
            month += isFileDateSeparator(name, month) ? 1 : 0;
            int day = month + 2;
            day += isFileDateSeparator(name, day) ? 1 : 0;
            if (!yearStartsAt(name, i) || !twoDigitsAt(name, month) || !twoDigitsAt(name, day) || ExpressionChars.isDigitAt(name, day + 2)) {
                i++;
                continue;
            }
            Optional<LocalDate> d = valid(Integer.parseInt(name, i, i + 4, 10), Integer.parseInt(name, month, month + 2, 10),
                    Integer.parseInt(name, day, day + 2, 10));
            if (d.isPresent()) {
                return d;
            }
            i = day + 2;
        }
        return Optional.empty();
    }

    /** A year of 19xx or 20xx at {@code i}, not after a digit. */
    private static boolean yearStartsAt(String name, int i) {
        return (name.startsWith("19", i) || name.startsWith("20", i)) && twoDigitsAt(name, i + 2)
                && !ExpressionChars.isDigitAt(name, i - 1);
    }

    private static boolean twoDigitsAt(String name, int i) {
        return ExpressionChars.isDigitAt(name, i) && ExpressionChars.isDigitAt(name, i + 1);
    }

    private static boolean isFileDateSeparator(String name, int i) {
        return i < name.length() && FILE_DATE_SEPARATORS.indexOf(name.charAt(i)) >= 0;
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    private static String datetime(LocalDate date, DateMention m) {
        if (m.time() == null || m.offset() == null) {
            return null;
        }
        return IsoDates.rfc3339(date.atTime(m.time()).atOffset(m.offset()));
    }

    /**
     * "ce vendredi 17 janvier": a deictic word right before the date. The grammar itself reads
     * "aujourd'hui (17 janvier)" as one mention, today and a day together.
     */
    private boolean isDeictic(String text, DateMention m) {
        return precededBy(text, m, deictic) || m.relative() != null && m.month() != null;
    }

    /**
     * "Updated20:49, 5 Aug 2024", "Publiziert17. Dezember 2024": a dump loses the space between
     * a label and the date next to it; a word of three letters or more glued to digits gets it back.
     */
    static String unglued(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 1; i < text.length(); i++) {
            if (ExpressionChars.isDigit(text.charAt(i)) && lowerCaseLettersBefore(text, i)) {
                out = out == null ? new StringBuilder(text.length() + 1) : out;
                out.append(text, copied, i).append(' ');
                copied = i;
            }
        }
        // Most lines have no such label and keep their string.
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * Whether {@link #GLUED_LABEL_LETTERS} lower-case letters stand right before {@code i}, as the
     * expression {@code (?<=\p{Ll}{3})(?=\d)} that this replaced read them: its lookbehind spans
     * three chars, so a letter beyond the BMP, two chars, never counted.
     */
    private static boolean lowerCaseLettersBefore(String text, int i) {
        if (i < GLUED_LABEL_LETTERS) {
            return false;
        }
        for (int k = i - GLUED_LABEL_LETTERS; k < i; k++) {
            if (Character.getType(text.charAt(k)) != Character.LOWERCASE_LETTER) {
                return false;
            }
        }
        return true;
    }

    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = text.charAt(i) == ' ';
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** Whether the date is a day word ("hier", "yesterday", "heute"), not a count ("il y a 2 jours"). */
    private boolean namesADay(DateMention m) {
        for (String word : BETWEEN_DAY_WORDS.split(Fold.fold(m.text()))) {
            if (dayWordLanguage.containsKey(word)) {
                return true;
            }
        }
        return false;
    }

    /** "hier" in a German page means "here", not "yesterday". */
    private boolean foreignDayWord(DateMention m, String language) {
        if (m.relative() == null) {
            return false;
        }
        for (String word : BETWEEN_DAY_WORDS.split(Fold.fold(m.text()))) {
            String of = dayWordLanguage.get(word);
            if (of != null && !of.equals(language)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of these phrases (of one or two words) stands right before the date. */
    private static boolean precededBy(String text, DateMention m, Set<String> phrases) {
        return endsWithPhrase(Fold.fold(text.substring(Math.max(0, m.start() - DEICTIC_WINDOW), m.start())), phrases);
    }

    /**
     * Whether the last word of {@code before}, or its last two words joined by a space, is one of
     * these phrases; a word is a run of letters and apostrophes (a hyphen splits "mise-a-jour").
     * Read from the end: only the last two words count.
     */
    static boolean endsWithPhrase(String before, Set<String> phrases) {
        if (before.isEmpty()) {
            return phrases.contains("");
        }
        int end = skipBack(before, before.length(), false);
        if (end == 0) {
            return false;
        }
        int start = skipBack(before, end, true);
        String last = before.substring(start, end);
        if (phrases.contains(last)) {
            return true;
        }
        int end2 = skipBack(before, start, false);
        return end2 > 0 && phrases.contains(before.substring(skipBack(before, end2, true), end2) + " " + last);
    }

    /** The start of the run before {@code from} of word characters (letters, apostrophes), or of the others. */
    private static int skipBack(String s, int from, boolean word) {
        int i = from;
        while (i > 0) {
            int c = s.codePointBefore(i);
            if ((Character.isLetter(c) || c == '\'') != word) {
                break;
            }
            i -= Character.charCount(c);
        }
        return i;
    }

    private static String evidence(String line, DateMention m) {
        if (line.length() <= 160) {
            return line;
        }
        int from = Math.max(0, m.start() - 60);
        int to = Math.min(line.length(), m.end() + 40);
        return (from > 0 ? "…" : "") + line.substring(from, to).strip() + (to < line.length() ? "…" : "");
    }

    /**
     * How an English page writes numeric dates: month first when one of them has a second field
     * above 12 ("01/25/2025"), else day first; a page that never shows it leaves its ambiguous
     * dates unused (see {@link Anchors}).
     */
    private NumericOrder numericOrder(List<Decision> decisions) {
        for (Decision d : decisions) {
            if (!NUMERIC_DATE.matcher(d.block().text()).find()) {
                continue;
            }
            for (DateMention m : grammar.find(d.block().text(), NumericOrder.MONTH_FIRST)) {
                if (m.numericOnly() && m.day() != null && m.day() > 12) {
                    return NumericOrder.MONTH_FIRST;
                }
            }
        }
        return NumericOrder.DAY_FIRST;
    }

    private static Optional<LocalDate> valid(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int indexOf(List<Decision> decisions, Label label) {
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i).label() == label) {
                return i;
            }
        }
        return -1;
    }

    private static int firstBody(List<Decision> decisions) {
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i).label().inBody()) {
                return i;
            }
        }
        return decisions.size();
    }
}
