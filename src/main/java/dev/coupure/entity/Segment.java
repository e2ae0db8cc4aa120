package dev.coupure.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A text (an article's body or its title) as the entity stage reads it: its tokens, the cue
 * phrases each token starts or ends (titles, place and organization words), and the shapes of its
 * lines (Title Case or capitals, bylines and credits). Built once per text, never changed after.
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
    /** Lines in Title Case or in capitals: their unknown names may only join known entities. */
    final Set<Integer> restrictedLines = new HashSet<>();
    /** Lines written in capitals: a word in capitals there is not an acronym. */
    final Set<Integer> capitalLines = new HashSet<>();
    /** Bylines and credits ("Par Jean Dupont", "Photo : AFP"): they name the authors, not the story's actors. */
    final Set<Integer> bylineLines = new HashSet<>();

    Segment(String text, boolean title, Gazetteer gazetteer, Lexicon lex) {
        this.text = text;
        this.title = title;
        this.tokens = Tokenizer.tokenize(text);
        int n = tokens.size();
        this.titleLength = new int[n];
        this.cueEnds = new int[n];
        this.cueStarts = new int[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!t.word) {
                continue;
            }
            Lexicon.CueNode node = lex.cues;
            for (int j = i; j < n && tokens.get(j).line == t.line; j++) {
                node = node.next.get(tokens.get(j).key);
                if (node == null) {
                    break;
                }
                if (node.kinds != 0) {
                    cueEnds[j] |= node.kinds;
                    cueStarts[i] |= node.kinds;
                    if ((node.kinds & Lexicon.TITLE) != 0) {
                        titleLength[i] = j - i + 1;
                    }
                }
            }
        }
        lineShapes(gazetteer, lex);
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
                bylineLines.add(line);
            }
            i = j;
        }
    }

    private void lineShapes(Gazetteer gazetteer, Lexicon lex) {
        Map<Integer, int[]> counts = new HashMap<>(); // line -> {long words, capitalized, words, upper}
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.word || t.digit) {
                continue;
            }
            int[] c = counts.computeIfAbsent(t.line, k -> new int[4]);
            if (t.text.length() >= 2) {
                c[2]++;
                if (t.upper) {
                    c[3]++;
                }
            }
            // Title Case shows on the words that are not names: "Putin Hosts Iranian President"
            if (t.text.length() >= 4 && !lex.isStop(t) && !t.sentenceStart && !(t.cap && lex.isGivenName(t))
                    && !(t.cap && gazetteer.longest(text, tokens, i) != null)) {
                c[0]++;
                if (t.cap) {
                    c[1]++;
                }
            }
        }
        for (Map.Entry<Integer, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            boolean titleCase = c[0] >= 3 && c[1] * 5 >= c[0] * 4;
            boolean capitals = c[2] >= 3 && c[3] * 5 >= c[2] * 4;
            if (titleCase || capitals) {
                restrictedLines.add(e.getKey());
            }
            if (capitals) {
                capitalLines.add(e.getKey());
            }
        }
    }

    boolean allCapsLine(int line) {
        return capitalLines.contains(line);
    }

    Token at(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }
}
