package dev.coupure.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coupure.text.Fold;
import dev.coupure.text.Tokens;
import dev.coupure.text.WordSpans;
import java.util.List;
import org.junit.jupiter.api.Test;

class StopwordsTest {

    private static final Stopwords STOPWORDS = Stopwords.load();

    private static List<String> words(String text) {
        return Tokens.words(Fold.fold(text));
    }

    @Test
    void theListOfTheTextsLanguageIsChosen() {
        assertTrue(STOPWORDS.bestFor(words("Le ministre a annoncé que les prix de l'énergie vont baisser dans la région."))
                .contains("les"));
        assertTrue(STOPWORDS.bestFor(words("The minister said that the prices of energy would fall in the region."))
                .contains("the"));
    }

    @Test
    void noListWhenTooFewWordsAreFunctionWords() {
        assertEquals(java.util.Set.of(), STOPWORDS.bestFor(words("Xylophone quartz zebra kryptonite Wolfsburg Helsinki")));
    }

    @Test
    void bitsAboveTheListsDoNotCount() {
        List<String> french = words("le la les des une dans pour");
        long[] looked = french.stream().mapToLong(STOPWORDS::listsOf).toArray();
        int best = STOPWORDS.best(looked, looked.length);
        long[] marked = looked.clone();
        for (int i = 0; i < marked.length; i++) {
            marked[i] |= Long.MIN_VALUE;
        }
        assertEquals(best, STOPWORDS.best(marked, marked.length));
        assertEquals(STOPWORDS.bestFor(french), STOPWORDS.list(best));
        long[] none = new long[] {Long.MIN_VALUE, Long.MIN_VALUE};
        assertEquals(-1, STOPWORDS.best(none, none.length));
    }

    @Test
    void aSpanHasTheListsOfItsWord() {
        WordSpans spans = WordSpans.folded("Le ministre a annoncé que les prix DE L’ÉNERGIE vont baisser, the end of it.");
        long found = 0;
        for (int k = 0; k < spans.size(); k++) {
            long lists = STOPWORDS.listsOf(spans.chars(), spans.start(k), spans.end(k), spans.hash(k));
            assertEquals(STOPWORDS.listsOf(spans.get(k)), lists, spans.get(k));
            found |= lists;
        }
        assertTrue(Long.bitCount(found) >= 2, "words of French and English lists");
    }
}
