package dev.coupure.story;

import dev.coupure.record.ArticleRecord;
import dev.coupure.text.WordSpans;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The folded words of a record's entity names, aliases and mention texts, asked about by span: the
 * lead leaves them out. All spellings are folded and scanned as one text, and the table holds word
 * numbers, not strings: one fold and one scan per record rather than a fold, a list and a string
 * per word for every spelling.
 */
final class NameWords {

    private final WordSpans words;
    /** Open addressing on the words' {@link String#hashCode}: word k + 1 in its slot, 0 for an empty slot. */
    private final int[] slots;
    private final int mask;

    private NameWords(WordSpans words) {
        this.words = words;
        slots = new int[Integer.highestOneBit(Math.max(4, words.size() * 2 - 1)) << 1];
        mask = slots.length - 1;
        for (int k = 0; k < words.size(); k++) {
            int slot = find(words.chars(), words.start(k), words.end(k), words.hash(k));
            if (slots[slot] == 0) {
                slots[slot] = k + 1;
            }
        }
    }

    static NameWords of(ArticleRecord record) {
        // An article names the same people again and again: each spelling is read once.
        Set<String> spellings = new HashSet<>();
        for (ArticleRecord.Entity e : record.entities()) {
            spellings.add(e.name());
            spellings.addAll(e.aliases());
            e.mentions().forEach(m -> spellings.add(m.text()));
        }
        // Folding is per character and a space is no word character, nor a letter a hyphen could join:
        // the words of the joined spellings are those of each spelling.
        StringBuilder joined = new StringBuilder();
        for (String spelling : spellings) {
            joined.append(spelling).append(' ');
        }
        return new NameWords(WordSpans.folded(joined.toString()));
    }

    /** Whether the folded word {@code chars[from, to)}, whose {@link String#hashCode} is {@code hash}, is a name word. */
    boolean contains(char[] chars, int from, int to, int hash) {
        return slots[find(chars, from, to, hash)] != 0;
    }

    /** The slot of the word, or of the empty slot where it would go. */
    private int find(char[] chars, int from, int to, int hash) {
        int slot = (hash ^ hash >>> 16) & mask;
        while (slots[slot] != 0) {
            int k = slots[slot] - 1;
            if (words.hash(k) == hash && Arrays.equals(words.chars(), words.start(k), words.end(k), chars, from, to)) {
                return slot;
            }
            slot = slot + 1 & mask;
        }
        return slot;
    }
}
