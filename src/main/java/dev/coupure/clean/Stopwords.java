package dev.coupure.clean;

import dev.coupure.text.Fold;
import dev.coupure.text.ResourceLines;
import dev.coupure.text.WordTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Function-word lists per language (see {@code stopwords/README.md}). */
public final class Stopwords {

    static final int SAMPLE_WORDS = 1000;

    private final List<Set<String>> lists = new ArrayList<>();
    /** For each word, the lists that hold it as bits (list i is bit i): one lookup per word, not one per list. */
    private final Map<String, Long> membership = new HashMap<>();
    /** {@link #membership} looked up by a word's span: for callers that read words as spans ({@link dev.coupure.text.WordSpans}). */
    private final WordTable spanMembership;

    private Stopwords() {
        List<String> codes = ResourceLines.read(Stopwords.class, "stopwords/languages.txt");
        // One bit of a long per list, and the line features keep the top bit for their own use.
        if (codes.size() > Long.SIZE - 1) {
            throw new IllegalStateException("stopwords/languages.txt: at most " + (Long.SIZE - 1) + " languages");
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
        spanMembership = new WordTable(membership);
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
        long[] lists = new long[foldedWords.size()];
        for (int i = 0; i < lists.length; i++) {
            lists[i] = listsOf(foldedWords.get(i));
        }
        int best = best(lists, lists.length);
        return best < 0 ? Set.of() : list(best);
    }

    /** The lists that hold this folded word, as bits (list i is bit i). */
    long listsOf(String foldedWord) {
        Long in = membership.get(foldedWord);
        return in == null ? 0 : in;
    }

    /**
     * {@link #listsOf(String)} of the folded word {@code chars[from, to)}, whose {@link String#hashCode}
     * is {@code hash}, without making its string.
     */
    public long listsOf(char[] chars, int from, int to, int hash) {
        return spanMembership.get(chars, from, to, hash);
    }

    /**
     * {@link #bestFor} on words already looked up with {@link #listsOf}: the index of the best list for the
     * first {@code count} of them (at most {@value #SAMPLE_WORDS} are read), or -1. Bits above the lists' are ignored.
     */
    public int best(long[] wordLists, int count) {
        int sample = Math.min(count, SAMPLE_WORDS);
        int[] hits = new int[lists.size()];
        long known = (1L << lists.size()) - 1; // callers may keep bits of their own above the lists'
        for (int i = 0; i < sample; i++) {
            for (long bits = wordLists[i] & known; bits != 0; bits &= bits - 1) {
                hits[Long.numberOfTrailingZeros(bits)]++;
            }
        }
        int best = -1;
        int bestHits = 0;
        for (int i = 0; i < lists.size(); i++) {
            if (hits[i] > bestHits) {
                bestHits = hits[i];
                best = i;
            }
        }
        return bestHits * 10 >= sample && bestHits > 0 ? best : -1;
    }

    Set<String> list(int index) {
        return lists.get(index);
    }

    /** Every word some list holds, with its lists' bits. */
    Map<String, Long> memberships() {
        return Collections.unmodifiableMap(membership);
    }
}
