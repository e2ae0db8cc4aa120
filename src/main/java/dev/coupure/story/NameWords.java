package dev.coupure.story;

import dev.coupure.record.ArticleRecord;
import dev.coupure.text.WordSpans;
import dev.coupure.text.WordTable;
import java.util.HashSet;
import java.util.Set;

/**
 * The folded words of a record's entity names, aliases and mention texts, which the lead leaves
 * out, as a set asked about by span. All spellings are folded and scanned as one text: one fold and
 * one scan per record rather than a fold and a list per spelling.
 */
final class NameWords {

    private NameWords() {
    }

    static WordTable of(ArticleRecord record) {
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
        return WordTable.of(WordSpans.folded(joined.toString()));
    }
}
