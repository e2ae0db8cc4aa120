package dev.coupure.clean;

import dev.coupure.text.Fold;
import dev.coupure.text.ResourceLines;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Function-word lists per language (see {@code stopwords/README.md}). */
public final class Stopwords {

    private static final int SAMPLE_WORDS = 1000;

    private final Map<String, Set<String>> byLanguage = new LinkedHashMap<>();

    private Stopwords() {
        for (String code : ResourceLines.read(Stopwords.class, "stopwords/languages.txt")) {
            Set<String> words = new HashSet<>();
            for (String word : ResourceLines.read(Stopwords.class, "stopwords/" + code + ".txt")) {
                words.add(Fold.fold(word));
            }
            byLanguage.put(code, Set.copyOf(words));
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
        Set<String> best = Set.of();
        int bestHits = 0;
        for (Set<String> words : byLanguage.values()) {
            int hits = 0;
            for (String w : foldedWords) {
                if (words.contains(w)) {
                    hits++;
                }
            }
            if (hits > bestHits) {
                bestHits = hits;
                best = words;
            }
        }
        return bestHits * 10 >= foldedWords.size() && bestHits > 0 ? best : Set.of();
    }
}
