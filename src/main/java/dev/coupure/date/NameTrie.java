package dev.coupure.date;

import java.util.Collection;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * One node of a trie of folded names. The grammar's vocabularies (months, weekdays, units,
 * keywords) run to hundreds of names: as a trie, a word that is none of them fails in a
 * character or two.
 */
final class NameTrie {

    private final TreeMap<Character, NameTrie> children = new TreeMap<>();
    private boolean word;
    private boolean abbreviation;

    private NameTrie() {
    }

    /**
     * A regex matching any of the folded names, as a trie ("jan(?:v(?:ier|\\.?)|uary|\\.?)") so
     * that a failed attempt costs a character or two, not one try per name; longer names are
     * tried first. A trailing dot marks an abbreviation: its dot is optional. A space matches
     * any run of spaces.
     */
    static String alternation(Collection<String> names) {
        NameTrie root = new NameTrie();
        for (String name : names) {
            boolean abbreviation = name.endsWith(".") && name.length() > 1;
            String base = abbreviation ? name.substring(0, name.length() - 1) : name;
            if (base.isEmpty()) {
                continue;
            }
            NameTrie node = root;
            for (int i = 0; i < base.length(); i++) {
                node = node.children.computeIfAbsent(base.charAt(i), c -> new NameTrie());
            }
            if (abbreviation) {
                node.abbreviation = true;
            } else {
                node.word = true;
            }
        }
        return "(?:" + root.regex() + ")";
    }

    private String regex() {
        StringJoiner alternatives = new StringJoiner("|");
        for (Map.Entry<Character, NameTrie> e : children.entrySet()) {
            char c = e.getKey();
            String step;
            if (c == ' ') {
                step = "\\s++";
            } else if (Character.isLetterOrDigit(c)) {
                step = String.valueOf(c);
            } else {
                step = "\\" + c;
            }
            alternatives.add(step + e.getValue().regex());
        }
        if (abbreviation) {
            alternatives.add("\\.?");
        } else if (word) {
            alternatives.add("");
        }
        String body = alternatives.toString();
        return children.size() + (word || abbreviation ? 1 : 0) > 1 ? "(?:" + body + ")" : body;
    }
}
