package dev.coupure.entity;

import dev.coupure.text.WordTable;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The recognizer's tables, and every folded word they know with what each of them says of it: its
 * {@link Lexicon} classes, the node of the alias trie ({@link Gazetteer}) and of the cue trie
 * ({@link Lexicon#cues}) it leads to from the root. The tokenizer looks each word up once, by its
 * characters ({@link WordTable}), and the token keeps what it found ({@link Token#lexeme}): the
 * rules would otherwise ask three maps about the same fresh string. A known word's key is the
 * vocabulary's own string, so the article makes no string for it. Immutable after construction.
 */
final class Vocabulary {

    /** A word one of the tables knows. */
    record Word(String key, int classes, Gazetteer.Node aliases, Lexicon.CueNode cues) {
    }

    /** What a word no table knows finds: no classes, no alias or cue starts with it. */
    static final Word UNLISTED = new Word(null, 0, null, null);

    final Gazetteer gazetteer;
    final Lexicon lexicon;
    /** Each word to its index in {@link #words} plus one (0 is the table's answer for a word it lacks). */
    private final WordTable numbers;
    private final Word[] words;

    Vocabulary(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        Map<String, Integer> listed = lexicon.listed();
        Map<String, Gazetteer.Node> aliases = gazetteer.firstWords();
        Map<String, Lexicon.CueNode> cues = lexicon.cues.next;
        Set<String> keys = new LinkedHashSet<>(listed.keySet());
        keys.addAll(aliases.keySet());
        keys.addAll(cues.keySet());
        words = keys.stream().map(key -> new Word(key, listed.getOrDefault(key, 0), aliases.get(key), cues.get(key)))
                .toArray(Word[]::new);
        numbers = WordTable.numbered(keys);
    }

    /** The folded word {@code chars[0, length)}, whose {@link String#hashCode} is {@code hash}, or {@link #UNLISTED}. */
    Word find(char[] chars, int length, int hash) {
        long n = numbers.get(chars, 0, length, hash);
        return n == 0 ? UNLISTED : words[(int) n - 1];
    }
}
