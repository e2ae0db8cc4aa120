package dev.coupure.clean;

import dev.coupure.text.Fold;
import dev.coupure.text.ResourceLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Function-word lists per language (see {@code stopwords/README.md}). */
public final class Stopwords {

    private static final int SAMPLE_WORDS = 1000;

    private final List<Set<String>> lists = new ArrayList<>();
    /** For each word, the lists that hold it as bits (list i is bit i): one lookup per word, not one per list. */
    private final Map<String, Long> membership = new HashMap<>();

    private Stopwords() {
        List<String> codes = ResourceLines.read(Stopwords.class, "stopwords/languages.txt");
        if (codes.size() > Long.SIZE) {
            throw new IllegalStateException("stopwords/languages.txt: at most " + Long.SIZE + " languages");
        }
        for (String code : codes) {
            Set<String> words = new HashSet<>();
            for (String word : ResourceLines.read(Stopwords.class, "stopwords/" + code + ".txt")) {
                words.add(Fold.fold(word));
            }
            long bit = 1L << lists.size();
            words.forEach(w -> membership.merge(w, bit, (a, b) -> a | b));
            lists.add(Set.copyOf(words));
        }
    }

    public static Stopwords load() {
        return new Stopwords();
    }

    /**
     * The list that covers the most of these folded words, or an empty set when none covers a
     * tenth of them (a language we have no list for: callers then rely on other signals).
     */
    public Set<String> bestFor(List<String> allWords) {
        // The first few thousand words decide as well as all of them.
        List<String> foldedWords = allWords.size() > SAMPLE_WORDS ? allWords.subList(0, SAMPLE_WORDS) : allWords;
        int[] hits = new int[lists.size()];
        for (String w : foldedWords) {
            Long in = membership.get(w);
            for (long bits = in == null ? 0 : in; bits != 0; bits &= bits - 1) {
                hits[Long.numberOfTrailingZeros(bits)]++;
            }
        }
        Set<String> best = Set.of();
        int bestHits = 0;
        for (int i = 0; i < lists.size(); i++) {
            if (hits[i] > bestHits) {
                bestHits = hits[i];
                best = lists.get(i);
            }
        }
        return bestHits * 10 >= foldedWords.size() && bestHits > 0 ? best : Set.of();
    }
}
