package dev.coupure.entity;

import dev.coupure.text.ResourceLines;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The curated alias tables ({@code gazetteer-*.tsv}): every alias maps to one canonical entry.
 * Aliases are stored in a trie keyed by folded tokens, so a lookup walks the text's tokens and
 * stops at the first token no alias continues with; the longest alias that matches wins.
 *
 * <p>Matching is accent- and case-insensitive, with three guards: an alias written in capitals
 * (UE, US, OTAN) matches only capitals; every capitalized word of an alias must be capitalized in
 * the text ("Le Monde" does not match "le monde", "Le Maire" not "le maire"); a weak alias
 * ("~Nice") matches only its exact spelling, and not as the first word of a sentence.
 * A hyphenated alias also matches with spaces ("Moyen Orient").
 */
final class Gazetteer {

    static final List<String> FILES = List.of("gazetteer-people.tsv", "gazetteer-organizations.tsv",
            "gazetteer-media.tsv", "gazetteer-countries.tsv", "gazetteer-places.tsv");

    /** One canonical entity of the tables. */
    record Entry(int id, String name, String type) {

        /**
         * The id alone tells entries apart: an article's entities are grouped by entry, and the
         * record's own hash combines every field through a method handle on each question.
         */
        @Override
        public int hashCode() {
            return id;
        }
    }

    /** One way of writing an alias. */
    record Form(Entry entry, String alias, boolean allUpper, boolean weak, boolean[] capitalized) {
    }

    static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        final List<Form> forms = new ArrayList<>(1);
    }

    /** A match: tokens {@code [start, end)} name {@code entry}. */
    record Match(Entry entry, int start, int end) {
    }

    /** Titles that open some aliases ("King Charles", "Pope Francis"): the last word is then a given name. */
    private static final java.util.Set<String> TITLES = java.util.Set.of("king", "queen", "pope", "prince", "princess",
            "roi", "reine", "pape", "sheikh", "cheikh", "emir");

    private final Node root = new Node();
    private final List<Entry> entries = new ArrayList<>();
    /** Name keys ({@link NameKey}) of people's aliases of two words or more. */
    private final Map<String, Entry> personKeys = new HashMap<>();
    /** Name keys of people's one-word aliases (surnames). */
    private final Map<String, Entry> surnameKeys = new HashMap<>();
    /** Name keys of the last word of each of a person's aliases, by entry id (a list: no boxed id per question). */
    private final List<List<String>> lastNameKeys = new ArrayList<>();

    Gazetteer() {
        for (String file : FILES) {
            for (String line : ResourceLines.read(Gazetteer.class, file)) {
                load(file, line);
            }
        }
    }

    private void load(String file, String line) {
        String[] cols = line.split("\t");
        if (cols.length < 2 || cols.length > 3) {
            throw new IllegalStateException(file + ": expected canonical<TAB>type<TAB>aliases: " + line);
        }
        String name = cols[0].strip();
        String type = cols[1].strip();
        if (!type.equals("PER") && !type.equals("ORG") && !type.equals("LOC") && !type.equals("MISC")) {
            throw new IllegalStateException(file + ": unknown type " + type + ": " + line);
        }
        Entry entry = new Entry(entries.size(), name, type);
        entries.add(entry);
        Map<String, Boolean> aliases = new LinkedHashMap<>(); // alias -> weak
        aliases.put(name, false);
        if (cols.length == 3) {
            for (String a : cols[2].split("\\|")) {
                a = a.strip();
                if (a.isEmpty()) {
                    continue;
                }
                boolean weak = a.startsWith("~");
                aliases.put(weak ? a.substring(1) : a, weak);
            }
        }
        List<String> lastKeys = new ArrayList<>();
        for (Map.Entry<String, Boolean> a : aliases.entrySet()) {
            add(entry, a.getKey(), a.getValue());
            if (a.getKey().indexOf('-') > 0) {
                add(entry, a.getKey().replace('-', ' '), a.getValue());
            }
            if (type.equals("PER")) {
                List<Token> words = Tokenizer.tokenize(a.getKey()).stream().filter(t -> t.word).toList();
                String key = NameKey.of(String.join(" ", words.stream().map(t -> t.key).toList()));
                if (words.size() >= 2) {
                    personKeys.putIfAbsent(key, entry);
                    Token lastWord = words.get(words.size() - 1);
                    if (!isRegnal(lastWord) && !TITLES.contains(words.get(0).key) && words.get(0).cap) {
                        lastKeys.add(NameKey.of(lastWord.key));
                    }
                } else if (words.size() == 1) {
                    surnameKeys.putIfAbsent(key, entry);
                    lastKeys.add(key);
                }
            }
        }
        lastNameKeys.add(List.copyOf(lastKeys));
    }

    private void add(Entry entry, String alias, boolean weak) {
        List<Token> tokens = Tokenizer.tokenize(alias);
        if (tokens.isEmpty()) {
            return;
        }
        Node node = root;
        boolean[] caps = new boolean[tokens.size()];
        int letters = 0;
        int uppers = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            node = node.next.computeIfAbsent(t.key, k -> new Node());
            caps[i] = t.cap;
            for (int k = 0; k < t.text.length(); k++) {
                char c = t.text.charAt(k);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        uppers++;
                    }
                }
            }
        }
        boolean allUpper = letters >= 2 && uppers == letters;
        node.forms.add(new Form(entry, alias, allUpper, weak, caps));
    }

    /** A regnal number: "Charles III", "Mohammed VI". */
    private static boolean isRegnal(Token t) {
        for (int k = 0; k < t.text.length(); k++) {
            if ("IVXL".indexOf(t.text.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The first words of the aliases, to the node each leads to. */
    Map<String, Node> firstWords() {
        return Collections.unmodifiableMap(root.next);
    }

    List<Entry> entries() {
        return entries;
    }

    /** Every alias form, for data checks. */
    List<Form> forms() {
        List<Form> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node node, List<Form> out) {
        out.addAll(node.forms);
        for (Node n : node.next.values()) {
            collect(n, out);
        }
    }

    /**
     * The longest alias that starts at token {@code start} and ends on the same line, or null.
     *
     * @param text the text the tokens come from, for the exact comparison of weak aliases
     */
    Match longest(String text, List<Token> tokens, int start) {
        Token first = tokens.get(start);
        if (!first.word) {
            return null;
        }
        // a token the vocabulary read knows the node its word leads to
        Node node = first.lexeme != null ? first.lexeme.aliases() : root.next.get(first.key);
        Match best = null;
        int i = start;
        while (node != null) {
            for (Form f : node.forms) {
                if (accepts(f, text, tokens, start, i + 1)) {
                    best = new Match(f.entry(), start, i + 1);
                    break;
                }
            }
            i++;
            if (i >= tokens.size()) {
                break;
            }
            Token t = tokens.get(i);
            if (t.line != first.line || t.start > tokens.get(i - 1).end + 1) {
                break; // another line, or more than one space between words: not one name
            }
            node = node.next.get(t.key);
        }
        return best;
    }

    private static boolean accepts(Form f, String text, List<Token> tokens, int start, int end) {
        Token first = tokens.get(start);
        if (f.weak()) {
            if (first.sentenceStart) {
                return false;
            }
            String surface = text.substring(first.start, tokens.get(end - 1).end).replace('\u2019', '\'');
            return surface.equals(f.alias().replace('\u2019', '\''));
        }
        for (int i = start; i < end; i++) {
            Token t = tokens.get(i);
            if (!t.word) {
                continue;
            }
            if (f.allUpper()) {
                if (!isUpperWord(t)) {
                    return false;
                }
            } else {
                if (f.capitalized()[i - start] && !t.cap) {
                    return false;
                }
                if (t.upper && t.text.length() <= 3 && end - start == 1) {
                    return false; // "XI" is not "Xi": short capitals are acronyms or numerals
                }
            }
        }
        return true;
    }

    private static boolean isUpperWord(Token t) {
        if (t.upper) {
            return true;
        }
        boolean anyLetter = false;
        for (int k = 0; k < t.text.length(); k++) {
            char c = t.text.charAt(k);
            if (Character.isLetter(c)) {
                anyLetter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return anyLetter;
    }

    /** The person whose two-word-or-longer alias has this {@link NameKey}, or null. */
    Entry personByKey(String nameKey) {
        return personKeys.get(nameKey);
    }

    /** The person whose one-word alias (a surname) has this {@link NameKey}, or null. */
    Entry personBySurnameKey(String nameKey) {
        return surnameKeys.get(nameKey);
    }

    /** Name keys of the last words of a person's aliases. */
    List<String> lastNameKeys(Entry entry) {
        return lastNameKeys.get(entry.id());
    }
}
