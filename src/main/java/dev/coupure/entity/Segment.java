package dev.coupure.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A text (an article's body or its title) as the entity stage reads it: its tokens, the cue
 * phrases each token starts or ends (titles, place and organization words), and the shapes of its
 * lines (Title Case or capitals, bylines and credits). Built once per text, never changed after,
 * but for what it keeps of the questions asked of it: the table aliases at each token
 * ({@link #known}) and name keys ({@link #nameKey}).
 */
final class Segment {

    private static final Set<String> BYLINE_WORDS = Set.of("par", "by", "von", "texte", "auteur", "author");
    private static final Set<String> CREDIT_WORDS = Set.of("photo", "photos", "credit", "credits", "image", "illustration",
            "source", "sources", "foto", "bild");

    final String text;
    final boolean title;
    final List<Token> tokens;
    /** Length in tokens of the person title that starts at a token (0: none). */
    final int[] titleLength;
    /** Kinds (Lexicon bits) of the cue phrases that end at a token. */
    final int[] cueEnds;
    /** Kinds (Lexicon bits) of the cue phrases that start at a token. */
    final int[] cueStarts;
    /** By line: in Title Case or in capitals, so that its unknown names may only join known entities. */
    private final boolean[] restrictedLines;
    /** By line: written in capitals, so that a word in capitals there is not an acronym. */
    private final boolean[] capitalLines;
    /** By line: a byline or a credit ("Par Jean Dupont", "Photo : AFP"), which names the authors, not the story's actors. */
    private final boolean[] bylineLines;
    private final Gazetteer gazetteer;
    /**
     * By token: the longest table alias that starts there, {@link #NO_MATCH} for none, null until
     * asked. The rules, the line shapes and the tagger's features each ask for the same tokens.
     */
    private final Gazetteer.Match[] known;
    private static final Gazetteer.Match NO_MATCH = new Gazetteer.Match(null, -1, -1);
    /** Folded names to their {@link NameKey}: an article names the same people again and again. */
    private final Map<String, String> nameKeys = new HashMap<>();

    Segment(String text, boolean title, Vocabulary vocabulary) {
        this.text = text;
        this.title = title;
        this.gazetteer = vocabulary.gazetteer;
        this.tokens = Tokenizer.tokenize(text, vocabulary);
        int n = tokens.size();
        this.known = new Gazetteer.Match[n];
        int lines = n == 0 ? 0 : tokens.get(n - 1).line + 1;
        this.restrictedLines = new boolean[lines];
        this.capitalLines = new boolean[lines];
        this.bylineLines = new boolean[lines];
        this.titleLength = new int[n];
        this.cueEnds = new int[n];
        this.cueStarts = new int[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            Lexicon.CueNode node = t.word ? t.lexeme.cues() : null; // the cue phrases that start with the word
            int j = i;
            while (node != null) {
                if (node.kinds != 0) {
                    cueEnds[j] |= node.kinds;
                    cueStarts[i] |= node.kinds;
                    if ((node.kinds & Lexicon.TITLE) != 0) {
                        titleLength[i] = j - i + 1;
                    }
                }
                j++;
                node = j < n && tokens.get(j).line == t.line ? node.next.get(tokens.get(j).key) : null;
            }
        }
        lineShapes(vocabulary.lexicon);
        bylines();
    }

    private void bylines() {
        int i = 0;
        int n = tokens.size();
        while (i < n) {
            int line = tokens.get(i).line;
            int j = i;
            int words = 0;
            while (j < n && tokens.get(j).line == line) {
                words += tokens.get(j).word ? 1 : 0;
                j++;
            }
            Token first = tokens.get(i);
            Token second = i + 1 < j ? tokens.get(i + 1) : null;
            boolean by = first.word && BYLINE_WORDS.contains(first.key) && words <= 12;
            boolean credit = first.word && CREDIT_WORDS.contains(first.key) && second != null
                    && (second.text.equals(":") || second.text.equals("/"));
            if (by || credit || first.text.equals("\u00A9")) {
                bylineLines[line] = true;
            }
            i = j;
        }
    }

    private void lineShapes(Lexicon lex) {
        int lines = restrictedLines.length;
        int[] longWords = new int[lines];
        int[] capitalized = new int[lines];
        int[] words = new int[lines];
        int[] upper = new int[lines];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.word || t.digit) {
                continue;
            }
            if (t.text.length() >= 2) {
                words[t.line]++;
                if (t.upper) {
                    upper[t.line]++;
                }
            }
            // Title Case shows on the words that are not names: "Putin Hosts Iranian President"
            if (t.text.length() >= 4 && !lex.isStop(t) && !t.sentenceStart && !(t.cap && lex.isGivenName(t))
                    && !(t.cap && known(i) != null)) {
                longWords[t.line]++;
                if (t.cap) {
                    capitalized[t.line]++;
                }
            }
        }
        for (int line = 0; line < lines; line++) {
            boolean titleCase = longWords[line] >= 3 && capitalized[line] * 5 >= longWords[line] * 4;
            boolean capitals = words[line] >= 3 && upper[line] * 5 >= words[line] * 4;
            restrictedLines[line] = titleCase || capitals;
            capitalLines[line] = capitals;
        }
    }

    /** The longest table alias that starts at token {@code i} ({@link Gazetteer#longest}), or null. */
    Gazetteer.Match known(int i) {
        Gazetteer.Match m = known[i];
        if (m == null) {
            m = gazetteer.longest(text, tokens, i);
            known[i] = m == null ? NO_MATCH : m;
        }
        return m == NO_MATCH ? null : m;
    }

    /** {@link NameKey#of} the folded name. */
    String nameKey(String folded) {
        return nameKeys.computeIfAbsent(folded, NameKey::of);
    }

    boolean restrictedLine(int line) {
        return restrictedLines[line];
    }

    boolean allCapsLine(int line) {
        return capitalLines[line];
    }

    boolean byline(int line) {
        return bylineLines[line];
    }

    Token at(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }
}
