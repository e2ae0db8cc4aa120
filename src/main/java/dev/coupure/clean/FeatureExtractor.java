package dev.coupure.clean;

import dev.coupure.text.CharClass;
import dev.coupure.text.Fold;
import dev.coupure.doc.Block;
import dev.coupure.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Computes {@link LineFeatures} for every line of a document. */
public final class FeatureExtractor {

    /** A line extending another by at least this many characters' prefix is its echo (caption + credit). */
    private static final int ECHO_MIN_CHARS = 40;

    private final Lexicon lexicon;
    private final Stopwords stopwords;
    private final LinePatterns patterns;

    public FeatureExtractor(Lexicon lexicon, Stopwords stopwords, LinePatterns patterns) {
        this.lexicon = lexicon;
        this.stopwords = stopwords;
        this.patterns = patterns;
    }

    public DocumentFeatures extract(List<Block> lines) {
        List<String> folded = new ArrayList<>(lines.size());
        List<List<String>> words = new ArrayList<>(lines.size());
        List<String> allWords = new ArrayList<>();
        for (Block line : lines) {
            String f = Fold.fold(line.text());
            folded.add(f);
            List<String> w = Tokens.words(f);
            words.add(w);
            allWords.addAll(w);
        }
        Set<String> functionWords = stopwords.bestFor(allWords);
        Map<String, Integer> firstSeen = new HashMap<>();
        List<LineFeatures> features = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Block line = lines.get(i);
            String f = folded.get(i);
            List<String> w = words.get(i);
            Integer earlier = firstSeen.putIfAbsent(f, i);
            boolean ends = endsSentence(line.text());
            features.add(new LineFeatures(
                    line, f, w,
                    w.size() + Tokens.unspacedChars(line.text()) / 2.0,
                    ends,
                    ratio(w, functionWords::contains),
                    capitalizedRatio(line.text()),
                    digitRatio(line.text()),
                    ratio(w, lexicon::isInterfaceWord),
                    lexicon.match(f, w.size(), ends),
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

    private static double ratio(List<String> words, java.util.function.Predicate<String> test) {
        if (words.isEmpty()) {
            return 0;
        }
        int hits = 0;
        for (String w : words) {
            if (test.test(w)) {
                hits++;
            }
        }
        return (double) hits / words.size();
    }

    /** Share of words that start with a capital; one pass, no tokens: it runs on every line. */
    private static double capitalizedRatio(String text) {
        int words = 0;
        int caps = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int flags = CharClass.of(c);
            boolean letter = (flags & (CharClass.LETTER | CharClass.DIGIT)) != 0 || c == '\'' || c == '’' || c == '-' && inWord;
            if (letter && !inWord && (flags & CharClass.LETTER) != 0) {
                words++;
                if ((flags & CharClass.UPPER) != 0) {
                    caps++;
                }
            }
            inWord = letter;
        }
        return words == 0 ? 0 : (double) caps / words;
    }

    private static double digitRatio(String text) {
        int alnum = 0;
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            int flags = CharClass.of(text.charAt(i));
            if ((flags & (CharClass.LETTER | CharClass.DIGIT)) != 0) {
                alnum++;
                if ((flags & CharClass.DIGIT) != 0) {
                    digits++;
                }
            }
        }
        return alnum == 0 ? 0 : (double) digits / alnum;
    }

}
