package dev.coupure.clean;

import dev.coupure.text.CharClass;
import dev.coupure.doc.Block;
import dev.coupure.text.WordSpans;
import dev.coupure.text.WordTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Computes {@link LineFeatures} for every line of a document. */
public final class FeatureExtractor {

    /** A line extending another by at least this many characters' prefix is its echo (caption + credit). */
    private static final int ECHO_MIN_CHARS = 40;

    /** Marks a word of the web-interface vocabulary in {@link #wordBits}; the lower bits are stopword lists. */
    private static final long INTERFACE = Long.MIN_VALUE;

    private final Lexicon lexicon;
    private final Stopwords stopwords;
    private final LinePatterns patterns;
    /**
     * Each folded word that counts for a ratio, with its stopword lists' bits and {@link #INTERFACE}: one
     * look-up per word of every line answers every question the features ask of it.
     */
    private final WordTable wordBits;

    public FeatureExtractor(Lexicon lexicon, Stopwords stopwords, LinePatterns patterns) {
        this.lexicon = lexicon;
        this.stopwords = stopwords;
        this.patterns = patterns;
        Map<String, Long> bits = new HashMap<>(stopwords.memberships());
        lexicon.interfaceWords().forEach(w -> bits.merge(w, INTERFACE, (a, b) -> a | b));
        wordBits = new WordTable(bits);
    }

    public DocumentFeatures extract(List<Block> lines) {
        int n = lines.size();
        WordSpans[] words = new WordSpans[n];
        long[][] bits = new long[n][];
        for (int i = 0; i < n; i++) {
            words[i] = WordSpans.folded(lines.get(i).text());
            bits[i] = wordBits(words[i]);
        }
        int list = stopwordList(bits);
        long functionBit = list < 0 ? 0 : 1L << list;
        Set<String> functionWords = list < 0 ? Set.of() : stopwords.list(list);
        String[] folded = new String[n];
        for (int i = 0; i < n; i++) {
            folded[i] = words[i].text();
        }
        int[] duplicateOf = duplicates(folded);
        LineFeatures[] features = new LineFeatures[n];
        for (int i = 0; i < n; i++) {
            features[i] = features(lines.get(i), words[i], bits[i], functionBit, duplicateOf[i], echoOf(folded, i));
        }
        return new DocumentFeatures(List.of(features), functionWords);
    }

    /** For each line, the first line with its folded text if that is an earlier one, else -1. */
    private static int[] duplicates(String[] folded) {
        // Sized for every line at once: the map would otherwise grow five times over a page of lines.
        Map<String, Integer> firstSeen = new HashMap<>(2 * folded.length);
        int[] duplicateOf = new int[folded.length];
        for (int i = 0; i < folded.length; i++) {
            Integer earlier = firstSeen.putIfAbsent(folded[i], i);
            duplicateOf[i] = earlier == null ? -1 : earlier;
        }
        return duplicateOf;
    }

    /** Each word's bits in {@link #wordBits}. */
    private long[] wordBits(WordSpans w) {
        long[] b = new long[w.size()];
        char[] chars = w.chars();
        for (int k = 0; k < b.length; k++) {
            b[k] = wordBits.get(chars, w.start(k), w.end(k), w.hash(k));
        }
        return b;
    }

    /** The stopword list ({@link Stopwords#best}) that fits the document's first words, or -1. */
    private int stopwordList(long[][] bits) {
        long[] sample = new long[Stopwords.SAMPLE_WORDS];
        int sampled = 0;
        for (int i = 0; i < bits.length && sampled < sample.length; i++) {
            int take = Math.min(bits[i].length, sample.length - sampled);
            System.arraycopy(bits[i], 0, sample, sampled, take);
            sampled += take;
        }
        return stopwords.best(sample, sampled);
    }

    private LineFeatures features(Block line, WordSpans w, long[] bits, long functionBit, int duplicateOf, int echoOf) {
        boolean ends = endsSentence(line.text());
        Shape shape = Shape.of(line.text());
        return new LineFeatures(
                line, w.text(), w,
                w.size() + shape.unspaced() / 2.0,
                ends,
                share(bits, functionBit),
                shape.capitalizedRatio(),
                shape.digitRatio(),
                share(bits, INTERFACE),
                lexicon.match(w, ends),
                pattern(line.text(), w.text(), w.size()),
                duplicateOf,
                echoOf);
    }

    private String pattern(String text, String folded, int words) {
        if (patterns.isSeparator(text)) {
            return "separator";
        }
        if (patterns.isCaptcha(text)) {
            return "captcha";
        }
        if (patterns.sourceUrl(text).isPresent()) {
            return "source-line";
        }
        if (patterns.isBareUrl(text)) {
            return "url";
        }
        if (patterns.isBreadcrumb(text)) {
            return "navigation";
        }
        if (patterns.isCredit(folded, words)) {
            return "credit";
        }
        if (patterns.endsWithCredit(text)) {
            return "image-caption";
        }
        return null;
    }

    /** A neighbouring line (within three) that this one starts, or that starts this one. */
    private static int echoOf(String[] folded, int i) {
        String me = folded[i];
        for (int j = Math.max(0, i - 3); j < Math.min(folded.length, i + 4); j++) {
            if (j == i) {
                continue;
            }
            String other = folded[j];
            String shorter = other.length() < me.length() ? other : me;
            String longer = shorter == other ? me : other;
            if (shorter.length() >= ECHO_MIN_CHARS && longer.length() > shorter.length() && longer.startsWith(shorter)) {
                return j;
            }
        }
        return -1;
    }

    static boolean endsSentence(String text) {
        int end = text.length() - 1;
        while (end >= 0 && isClosing(text.charAt(end))) {
            end--;
        }
        if (end < 0) {
            return false;
        }
        char c = text.charAt(end);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？'
                || c == '؟' || c == '।' || c == '။' || c == ':';
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '»' || c == '”' || c == '’' || c == ')' || c == ']' || c == ' '
                || c == '」' || c == '』' || c == '）' || c == '*';
    }

    /** Share of a line's words whose bits include {@code bit}. */
    private static double share(long[] wordBits, long bit) {
        if (wordBits.length == 0) {
            return 0;
        }
        int hits = 0;
        for (long b : wordBits) {
            if ((b & bit) != 0) {
                hits++;
            }
        }
        return (double) hits / wordBits.length;
    }

    /**
     * The character counts behind a line's capital and digit ratios and its weight, in one pass over
     * the line and with no tokens: it runs on every line.
     */
    record Shape(int words, int capitalized, int alphanumerics, int digits, int unspaced) {

        static Shape of(String text) {
            int words = 0;
            int caps = 0;
            int alnum = 0;
            int digits = 0;
            int unspaced = 0;
            int inWord = 0;
            // Counted with no branch on a character's kind, which would be mispredicted at every word.
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                int flags = CharClass.of(c);
                int letterOrDigit = has(flags, CharClass.LETTER | CharClass.DIGIT);
                int letter = letterOrDigit | (c == '\'' | c == '’' ? 1 : 0) | (c == '-' ? inWord : 0);
                int start = letter & ~inWord & has(flags, CharClass.LETTER);
                words += start;
                caps += start & has(flags, CharClass.UPPER);
                inWord = letter;
                alnum += letterOrDigit;
                digits += has(flags, CharClass.DIGIT);
                unspaced += has(flags, CharClass.UNSPACED);
            }
            return new Shape(words, caps, alnum, digits, unspaced);
        }

        /** 1 when {@code flags} has one of {@code wanted}, else 0: a count to add. */
        private static int has(int flags, int wanted) {
            return (flags & wanted) != 0 ? 1 : 0;
        }

        /** Share of words that start with a capital. */
        double capitalizedRatio() {
            return words == 0 ? 0 : (double) capitalized / words;
        }

        /** Share of letters and digits that are digits. */
        double digitRatio() {
            return alphanumerics == 0 ? 0 : (double) digits / alphanumerics;
        }
    }
}
