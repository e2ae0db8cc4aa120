package dev.coupure.clean;

import dev.coupure.text.CharClass;
import dev.coupure.doc.Block;
import dev.coupure.text.WordSpans;
import dev.coupure.text.WordTable;
import java.util.ArrayList;
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
        List<String> folded = new ArrayList<>(lines.size());
        List<WordSpans> words = new ArrayList<>(lines.size());
        List<long[]> bits = new ArrayList<>(lines.size());
        long[] sample = new long[Stopwords.SAMPLE_WORDS];
        int sampled = 0;
        for (Block line : lines) {
            WordSpans w = WordSpans.folded(line.text());
            folded.add(w.text());
            words.add(w);
            long[] b = new long[w.size()];
            char[] chars = w.chars();
            for (int k = 0; k < b.length; k++) {
                b[k] = wordBits.get(chars, w.start(k), w.end(k), w.hash(k));
                if (sampled < sample.length) {
                    sample[sampled++] = b[k];
                }
            }
            bits.add(b);
        }
        int list = stopwords.best(sample, sampled);
        long functionBit = list < 0 ? 0 : 1L << list;
        Set<String> functionWords = list < 0 ? Set.of() : stopwords.list(list);
        Map<String, Integer> firstSeen = new HashMap<>();
        List<LineFeatures> features = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Block line = lines.get(i);
            String f = folded.get(i);
            WordSpans w = words.get(i);
            Integer earlier = firstSeen.putIfAbsent(f, i);
            boolean ends = endsSentence(line.text());
            Shape shape = Shape.of(line.text());
            features.add(new LineFeatures(
                    line, f, w,
                    w.size() + shape.unspaced() / 2.0,
                    ends,
                    share(bits.get(i), functionBit),
                    shape.capitalizedRatio(),
                    shape.digitRatio(),
                    share(bits.get(i), INTERFACE),
                    lexicon.match(w, ends),
                    pattern(line.text(), f, w.size()),
                    earlier == null ? -1 : earlier,
                    echoOf(folded, i)));
        }
        return new DocumentFeatures(List.copyOf(features), functionWords);
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
    private static int echoOf(List<String> folded, int i) {
        String me = folded.get(i);
        for (int j = Math.max(0, i - 3); j < Math.min(folded.size(), i + 4); j++) {
            if (j == i) {
                continue;
            }
            String other = folded.get(j);
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
    private record Shape(int words, int capitalized, int alphanumerics, int digits, int unspaced) {

        static Shape of(String text) {
            int words = 0;
            int caps = 0;
            int alnum = 0;
            int digits = 0;
            int unspaced = 0;
            boolean inWord = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                int flags = CharClass.of(c);
                boolean alphanumeric = (flags & (CharClass.LETTER | CharClass.DIGIT)) != 0;
                boolean letter = alphanumeric || c == '\'' || c == '’' || c == '-' && inWord;
                if (letter && !inWord && (flags & CharClass.LETTER) != 0) {
                    words++;
                    if ((flags & CharClass.UPPER) != 0) {
                        caps++;
                    }
                }
                inWord = letter;
                if (alphanumeric) {
                    alnum++;
                    if ((flags & CharClass.DIGIT) != 0) {
                        digits++;
                    }
                }
                if ((flags & CharClass.UNSPACED) != 0) {
                    unspaced++;
                }
            }
            return new Shape(words, caps, alnum, digits, unspaced);
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
