package dev.coupure.clean;

import dev.coupure.text.CharClass;
import dev.coupure.text.ExpressionChars;
import dev.coupure.text.Fold;
import dev.coupure.text.ResourceLines;
import dev.coupure.text.Tokens;
import dev.coupure.text.WordSpans;
import dev.coupure.text.WordTable;
import dev.coupure.text.Years;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Shapes of lines that are never article text whatever the site: separators, arithmetic
 * captchas, source lines, bare links, photo credits, bylines and datelines. Each check looks at
 * one line alone; context is the classifier's business.
 */
public final class LinePatterns {

    private static final Pattern SOURCE_LINE = Pattern.compile(
            "(?i)^(sources?|lien|link|url|via|article original|original article)\\s*:?\\s*(https?://\\S+)\\s*$");
    private static final Pattern BARE_URL = Pattern.compile("(?i)^(https?://|www\\.)\\S+$");
    private static final Pattern CAPTCHA = Pattern.compile(
            "^[\\p{L}\\d]+\\s*[-+−×x*/÷]\\s*[\\p{L}\\d]+\\s*=\\s*[?_.]*\\s*$");
    /** The words that open a byline, before the names. */
    private static final List<String> BYLINE_WORDS = List.of("par", "by", "von", "por", "di", "door", "texte", "text",
            "reportage", "propos recueillis par", "written by", "words by");
    private static final String BYLINE_OPENING = "(" + String.join("|", BYLINE_WORDS) + ")";
    static final Pattern BYLINE = Pattern.compile("(?i)^" + BYLINE_OPENING + "\\s*:?\\s+(.+)$");
    /** The first letters of {@link #BYLINE_WORDS}. */
    private static final String BYLINE_INITIALS = BYLINE_WORDS.stream().map(w -> w.substring(0, 1)).distinct()
            .collect(Collectors.joining());
    /** A byline's opening word with nothing after it: the names are on the next line. */
    static final Pattern BYLINE_WORD_ALONE = Pattern.compile("(?i)" + BYLINE_OPENING + "\\s*:?");
    /** What joins a byline and a dateline on one line. */
    private static final Pattern FRAME_SEPARATOR = Pattern.compile("\\s+[-–—|·]\\s+");
    /** The characters {@link #FRAME_SEPARATOR} can split at. */
    private static final String FRAME_MARKS = "-–—|·";
    /** The characters a breadcrumb's steps are joined by. */
    private static final String ARROWS = ">›»→";
    /** In a line that opens a quotation with «, » closes it and is no arrow. */
    private static final String ARROWS_BESIDE_QUOTES = ">›→";
    static final Pattern NUMERIC_DATE = Pattern.compile(
            "\\b(\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})\\b");
    static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}\\s?[:h]\\s?\\d{2}\\b");
    /**
     * A credit closing a caption: "(Picture: Getty)", "Foto: dpa", "© Anett Seidler", "Photo : AFP",
     * or a name after a bar that follows a sentence ("… de bricolage. | OUEST-FRANCE").
     */
    static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?i)(\\((?:photos?|pictures?|fotos?|bild|image|crédits?|credits?|source)\\s*:[^)]{1,60}\\)"
            + "|\\b(?:photos?|fotos?|bild|picture|image|crédits? photo|credits?)\\s*:\\s*[^.!?:]{1,50}"
            + "|©\\s*[^.!?]{1,60}"
            + "|[.!?»”]\\s*\\|\\s*\\p{Lu}[\\p{L}\\s./&'-]{1,40})\\s*$");
    private static final int CREDIT_TAIL_CHARS = 90;
    /** What the words of {@link #TRAILING_CREDIT}'s "Photo : AFP" shape start with. */
    private static final List<String> PICTURE_WORDS = List.of("photo", "foto", "bild", "picture", "image", "crédit", "credit");
    /** The same for its bracketed shape, "(Source: AFP)" too. */
    private static final List<String> BRACKETED_CREDIT_WORDS =
            Stream.concat(PICTURE_WORDS.stream(), Stream.of("source")).toList();
    private static final Pattern BREADCRUMB_ARROW = Pattern.compile("\\s+[>›»→]\\s+");
    private static final Pattern BREADCRUMB_ARROW_BESIDE_QUOTES = Pattern.compile("\\s+[>›→]\\s+");
    private static final int BREADCRUMB_MIN_STEPS = 3;
    private static final int BREADCRUMB_MAX_STEP_WORDS = 4;

    private final Set<String> agencies = new HashSet<>();
    /** Folded month names, looked up by a word's span. */
    private final WordTable months;

    private LinePatterns() {
        ResourceLines.read(LinePatterns.class, "agencies.txt").forEach(a -> agencies.add(Fold.fold(a)));
        months = WordTable.of(ResourceLines.read(LinePatterns.class, "months.txt").stream().map(Fold::fold).toList());
    }

    public static LinePatterns load() {
        return new LinePatterns();
    }

    /** A line with neither letters nor digits ("-", "* * *", "|"). */
    public boolean isSeparator(String text) {
        for (int i = 0; i < text.length(); i++) {
            int flags = CharClass.of(text.charAt(i));
            if ((flags & (CharClass.LETTER | CharClass.DIGIT)) != 0) {
                return false;
            }
            if ((flags & CharClass.SURROGATE) != 0) {
                return text.codePoints().noneMatch(Character::isLetterOrDigit); // a letter outside the BMP?
            }
        }
        return true;
    }

    /**
     * "Accueil > Monde > Europe", "Mac & i › News › 2015": a trail of two or more arrows between
     * short steps, the page's place in the site.
     */
    public boolean isBreadcrumb(String text) {
        boolean quotes = text.indexOf('«') >= 0;
        if (spacedMarks(text, quotes ? ARROWS_BESIDE_QUOTES : ARROWS) < BREADCRUMB_MIN_STEPS - 1) {
            return false; // most lines: no split, no allocation
        }
        String[] steps = (quotes ? BREADCRUMB_ARROW_BESIDE_QUOTES : BREADCRUMB_ARROW).split(text);
        if (steps.length < BREADCRUMB_MIN_STEPS) {
            return false;
        }
        for (int i = 0; i < steps.length - 1; i++) {
            if (steps[i].isBlank() || steps[i].strip().split("\\s+").length > BREADCRUMB_MAX_STEP_WORDS) {
                return false;
            }
        }
        return true;
    }

    /**
     * Marks with a space either side: each split {@link #BREADCRUMB_ARROW} or {@link #FRAME_SEPARATOR}
     * makes needs one.
     */
    private static int spacedMarks(String text, String marks) {
        int found = 0;
        // One search per mark: the string's own search skips a line that lacks it, a character
        // outside Latin-1 in a Latin-1 line at once.
        for (int k = 0; k < marks.length(); k++) {
            for (int i = text.indexOf(marks.charAt(k), 1); i >= 0 && i < text.length() - 1; i = text.indexOf(marks.charAt(k), i + 1)) {
                if (ExpressionChars.isSpace(text.charAt(i - 1)) && ExpressionChars.isSpace(text.charAt(i + 1))) {
                    found++;
                }
            }
        }
        return found;
    }

    /** "16 − huit =": a spam-protection sum. */
    public boolean isCaptcha(String text) {
        return text.length() <= 40 && text.indexOf('=') >= 0 && CAPTCHA.matcher(text.strip()).matches();
    }

    /** The URL of a "Source : https://..." line, if the line is one. */
    public Optional<String> sourceUrl(String text) {
        if (!text.contains("://")) {
            return Optional.empty(); // most lines: no expression tried
        }
        Matcher m = SOURCE_LINE.matcher(text.strip());
        return m.matches() ? Optional.of(m.group(2)) : Optional.empty();
    }

    public boolean isBareUrl(String text) {
        return (text.contains("://") || startsWithWww(text.strip())) && BARE_URL.matcher(text.strip()).matches();
    }

    private static boolean startsWithWww(String text) {
        return text.regionMatches(true, 0, "www.", 0, 4);
    }

    /**
     * A photo credit: a short line naming an agency after a slash or alone ("Maxim Shemetov/AP",
     * "Photo AFP"), or carrying a copyright sign.
     */
    public boolean isCredit(String folded, int words) {
        if (words > 10) {
            return false;
        }
        if (folded.contains("©") || folded.contains("(c) ")) {
            return true;
        }
        int slash = folded.lastIndexOf('/');
        if (slash >= 0 && slash + 1 < folded.length()) {
            String tail = folded.substring(slash + 1).strip();
            if (agencies.contains(tail) || agencies.contains(tail.split(" ")[0])) {
                return true;
            }
        }
        return false;
    }

    /** A caption: a line of text ending with a photo credit. */
    public boolean endsWithCredit(String text) {
        // A credit is short and at the end: looking at the tail keeps this linear on long lines.
        int from = Math.max(0, text.length() - CREDIT_TAIL_CHARS);
        if (!mayEndWithCredit(text, from)) {
            return false;
        }
        Matcher m = TRAILING_CREDIT.matcher(text).region(from, text.length());
        // With nothing before it, the credit is a credit line, not a caption.
        return m.find() && m.start() > 0 && text.substring(0, m.start()).strip().length() > 1;
    }

    /**
     * What each of {@link #TRAILING_CREDIT}'s shapes needs, checked without the expression: a
     * colon after a picture's word (and, in brackets, a source's) that the line's last bracket
     * closes, or with no sentence end after it; else a © with no sentence end after it, or a bar
     * after a sentence's end. A prose line, or a heading with a colon ("Lire aussi : …"), or a line
     * closing a bracket with no credit in it ("(voir encadré)"), or a menu of bars, fails them all;
     * trying the expression at each position of its tail costs far more.
     */
    static boolean mayEndWithCredit(String text, int from) {
        int colon = lastIndexInTail(text, ':', from);
        if (colon >= 0) {
            boolean bracketed = closesBracket(text, from);
            boolean unfinished = !sentenceEndsAfter(text, colon);
            if (bracketed || unfinished) {
                String before = text.substring(from, colon).toLowerCase(Locale.ROOT);
                if (bracketed && holdsAny(before, BRACKETED_CREDIT_WORDS) || unfinished && holdsAny(before, PICTURE_WORDS)) {
                    return true;
                }
            }
        }
        return signedToTheEnd(text, from) || barAfterSentence(text, from);
    }

    /**
     * The © shape: no sentence ends after the sign. The line's last © is the one to look at, as
     * no sentence ends after it either when none does after an earlier one.
     */
    private static boolean signedToTheEnd(String text, int from) {
        int sign = lastIndexInTail(text, '©', from);
        return sign >= 0 && !sentenceEndsAfter(text, sign);
    }

    /**
     * The bar shape, "… de bricolage. | OUEST-FRANCE": nothing after the credit's bar may be a bar,
     * so it is the line's last, and a sentence's end stands before it. A menu ("Startseite |
     * Newsletter | Mediadaten") has none.
     */
    private static boolean barAfterSentence(String text, int from) {
        int bar = lastIndexInTail(text, '|', from);
        int before = bar - 1;
        while (before >= from && ExpressionChars.isSpace(text.charAt(before))) {
            before--;
        }
        return bar > from && before >= from && ".!?»”".indexOf(text.charAt(before)) >= 0;
    }

    /**
     * The index of the line's last {@code c} if it is at or after {@code from}, else -1. A long
     * line's search stays in its tail: the forward search there rejects most lines, and the
     * backward one then stops within the tail.
     */
    private static int lastIndexInTail(String text, char c, int from) {
        return text.indexOf(c, from) < 0 ? -1 : text.lastIndexOf(c);
    }

    /** Whether the line's last character but spaces, at or after {@code from}, is a closing bracket. */
    private static boolean closesBracket(String text, int from) {
        int end = text.length();
        while (end > from && ExpressionChars.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end > from && text.charAt(end - 1) == ')';
    }

    private static boolean sentenceEndsAfter(String text, int index) {
        for (int i = index + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                return true;
            }
        }
        return false;
    }

    /** Whether the lower-case text holds one of the words. */
    private static boolean holdsAny(String lower, List<String> words) {
        for (String word : words) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text has a digit {@code \d} matches (without UNICODE_CHARACTER_CLASS): 0 to 9. */
    private static boolean hasAsciiDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (ExpressionChars.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public boolean isAgency(String folded) {
        return agencies.contains(folded);
    }

    /** A line that is only the word a byline starts with ("von", "Par", "By"), its names on the next line. */
    public boolean isBylinePrefix(String text) {
        String stripped = text.strip();
        return mayStartByline(stripped) && BYLINE_WORD_ALONE.matcher(stripped).matches();
    }

    /**
     * Whether the stripped line opens with one of {@link #BYLINE_WORDS}, in any case, then ends or
     * goes on with a space or a colon: what {@link #BYLINE} and {@link #BYLINE_WORD_ALONE} both
     * need. Most lines fail at the first letter; "Pour", "Dans", "Voici" at the word's end, where
     * the expressions would have been tried (and a matcher made) for them.
     */
    static boolean mayStartByline(String stripped) {
        if (stripped.isEmpty() || BYLINE_INITIALS.indexOf(stripped.charAt(0) | 0x20) < 0) {
            return false;
        }
        for (String word : BYLINE_WORDS) {
            int end = word.length();
            if (stripped.regionMatches(true, 0, word, 0, end) && (end == stripped.length()
                    || ExpressionChars.isSpace(stripped.charAt(end)) || stripped.charAt(end) == ':')) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name part of a byline ("Par Euronews" gives "Euronews"), if the line is one. A byline
     * may share its line with the dateline, either side of a spaced dash or bar: "Mardi 4 février
     * 2025 - Par Claire Dumoulin", "Par Gérard Fontanel – Publié le 14 novembre 2008".
     */
    public Optional<String> bylineName(String text, int words) {
        if (words > 12) {
            return Optional.empty();
        }
        Optional<String> whole = bylineSegment(text);
        if (whole.isPresent()) {
            String[] parts = spacedMarks(whole.get(), FRAME_MARKS) > 0 ? FRAME_SEPARATOR.split(whole.get()) : new String[] {whole.get()};
            return parts.length > 1 && isDateline(parts[1], WordSpans.folded(parts[1]))
                    ? Optional.of(parts[0].strip()) : whole;
        }
        if (spacedMarks(text, FRAME_MARKS) == 0) {
            return Optional.empty(); // most lines, hyphenated words too: no split
        }
        String[] parts = FRAME_SEPARATOR.split(text);
        if (parts.length == 2 && isDateline(parts[0], WordSpans.folded(parts[0]))) {
            return bylineSegment(parts[1]);
        }
        return Optional.empty();
    }

    private static Optional<String> bylineSegment(String text) {
        String stripped = text.strip();
        if (!mayStartByline(stripped)) {
            return Optional.empty(); // most lines: no expression tried
        }
        Matcher m = BYLINE.matcher(stripped);
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(2).strip();
        if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0))) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    /**
     * A line that is a date and little else ("3. Mai 2024, 17:47", "Publié le 17/01/2025 à
     * 10h32", "Updated Jan. 3, 2024"): at most a dozen words, most of them date parts.
     */
    public boolean isDateline(String text, WordSpans foldedWords) {
        // Each expression below needs a digit: a line of words alone (most short lines) is no dateline.
        if (foldedWords.isEmpty() || foldedWords.size() > 12 || !hasAsciiDigit(text)) {
            return false;
        }
        int dateParts = 0;
        boolean month = false;
        char[] chars = foldedWords.chars();
        for (int k = 0; k < foldedWords.size(); k++) {
            int start = foldedWords.start(k);
            int end = foldedWords.end(k);
            if (months.find(chars, start, end, foldedWords.hash(k)) != null) {
                month = true;
                dateParts++;
            } else if (Tokens.allDigits(chars, start, end) && end - start <= 4) {
                dateParts++;
            }
        }
        // The count first: it rules out most lines without trying an expression.
        return dateParts * 2 >= foldedWords.size() - 2 && (mayHoldNumericDate(text) && NUMERIC_DATE.matcher(text).find()
                || month && (Years.mentioned(text) || mayHoldClock(text) && CLOCK.matcher(text).find()));
    }

    /**
     * Whether a digit, one of {@code ./-}, one or two digits, one of {@code ./-} again and a digit
     * follow each other, as in both shapes of {@link #NUMERIC_DATE} ("17/01/2025", "2025-01-17").
     * The lines that count as many date parts as words are mostly times ("12:00"), prices, counts,
     * scores and ranges ("2-1", "1914-1918") without it: the search is spared.
     */
    static boolean mayHoldNumericDate(String text) {
        for (int i = 1; i < text.length() - 1; i++) {
            if (isDateSeparator(text.charAt(i)) && ExpressionChars.isDigit(text.charAt(i - 1)) && secondFieldAt(text, i + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one or two digits stand at {@code start}, then one of {@code ./-} and a digit. */
    private static boolean secondFieldAt(String text, int start) {
        int end = start;
        while (end < text.length() && end - start < 2 && ExpressionChars.isDigit(text.charAt(end))) {
            end++;
        }
        // A third digit would stand where the separator must.
        return end > start && end + 1 < text.length() && isDateSeparator(text.charAt(end))
                && ExpressionChars.isDigit(text.charAt(end + 1));
    }

    private static boolean isDateSeparator(char c) {
        return c == '.' || c == '/' || c == '-';
    }

    /**
     * Whether a {@code :} or {@code h} stands between digits, one space allowed either side, as
     * in every time {@link #CLOCK} finds ("10:32", "10 h 32"). A dateline with a month but no year
     * seldom has one ("Sep 24 2 mins read").
     */
    static boolean mayHoldClock(String text) {
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if ((c == ':' || c == 'h') && digitBeside(text, i, -1) && digitBeside(text, i, 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a digit stands next to {@code i} on the side {@code step} says, or past one space there. */
    private static boolean digitBeside(String text, int i, int step) {
        int next = i + step;
        if (next >= 0 && next < text.length() && ExpressionChars.isSpace(text.charAt(next))) {
            next += step;
        }
        return next >= 0 && next < text.length() && ExpressionChars.isDigit(text.charAt(next));
    }
}
