package dev.coupure.clean;

import dev.coupure.doc.Label;
import dev.coupure.doc.Decision;
import dev.coupure.text.PersonNames;
import dev.coupure.text.Tokens;
import dev.coupure.text.WordSpans;
import dev.coupure.text.WordTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the zone above the main text: which line is the headline, which lines name the authors,
 * which sentences are captions. The headline is the headline-shaped line that shares the most
 * words with the text it heads: menus, captions of another page and teasers share few.
 */
public final class HeaderReader {

    private static final int TITLE_MIN_WORDS = 3;
    private static final int TITLE_MAX_WORDS = 32;
    /** A headline shares at least this share of its content words with the body. */
    private static final double TITLE_MIN_OVERLAP = 0.25;
    private static final int NAME_MAX_WORDS = 8;
    /** How many lines from the headline a line of names may stand and still be its byline. */
    private static final int BYLINE_DISTANCE = 4;
    /** Content words from which a headline-shaped line counts as a full headline. */
    private static final int TITLE_FULL_WORDS = 5;

    private final LinePatterns patterns;
    private final PersonNames names;

    public HeaderReader(LinePatterns patterns, PersonNames names) {
        this.patterns = patterns;
        this.names = names;
    }

    void read(DocumentFeatures doc, Decision[] decisions, int headerEnd, double[] probability) {
        List<LineFeatures> features = doc.lines();
        int last = Math.min(headerEnd, features.size() - 1);
        // Headline-shaped lines, with their content words (made once: the overlap and the length both count them).
        Map<Integer, List<String>> candidates = new LinkedHashMap<>();
        Set<String> candidateWords = new HashSet<>();
        for (int i = 0; i <= last; i++) {
            boolean open = i < headerEnd ? isOpenHeaderLine(decisions[i]) : startsOwnParagraph(features, i);
            if (open && headlineShaped(features.get(i))) {
                List<String> words = contentWords(features.get(i), doc.functionWords());
                candidates.put(i, words);
                candidateWords.addAll(words);
            }
        }
        Set<String> bodyWords = bodyWordsAmong(candidateWords, features, decisions);
        int title = -1;
        double bestScore = 0;
        for (Map.Entry<Integer, List<String>> candidate : candidates.entrySet()) {
            int i = candidate.getKey();
            double overlap = overlap(candidate.getValue(), bodyWords);
            // Section labels ("War in Ukraine") share words too; a headline says more.
            double length = Math.min(1, candidate.getValue().size() / (double) TITLE_FULL_WORDS);
            double score = overlap * length - 0.01 * (headerEnd - i);
            if (overlap >= TITLE_MIN_OVERLAP && score > bestScore) {
                bestScore = score;
                title = i;
            }
        }
        if (title >= 0) {
            decisions[title] = decisions[title].relabel(Label.TITLE, null,
                    "headline-shaped and shares most words with the text");
            for (int i = 0; i < features.size(); i++) {
                if (i != title && features.get(i).folded().equals(features.get(title).folded())) {
                    decisions[i] = decisions[i].relabel(Label.BOILERPLATE, "duplicate-title", "repeats the title");
                }
            }
        }
        int bylineEnd = title >= 0 ? Math.max(headerEnd, title + BYLINE_DISTANCE + 1) : headerEnd;
        for (int i = 0; i < bylineEnd && i < features.size(); i++) {
            boolean inHeader = i < headerEnd;
            // Below the headline a byline may stand among the first lines of the text, as a short non-prose line.
            if (!(inHeader ? isOpenHeaderLine(decisions[i]) : "interstitial".equals(decisions[i].kind()))) {
                continue;
            }
            LineFeatures f = features.get(i);
            if (isNameLine(f) && nearHeadline(i, title, headerEnd)) {
                decisions[i] = decisions[i].relabel(Label.BYLINE, null, "a person's name alone near the title");
            } else if (inHeader && title >= 0 && i > title && f.endsSentence() && probability[i] >= 0.5) {
                decisions[i] = decisions[i].relabel(Label.CAPTION, "image-caption",
                        "a sentence between the title and the text, apart from the text");
            }
        }
    }

    /** Bylines stand by the headline, or just above the text when there is none; a name further up is a menu entry. */
    private static boolean nearHeadline(int i, int title, int headerEnd) {
        return title >= 0 ? Math.abs(i - title) <= BYLINE_DISTANCE : headerEnd - i <= BYLINE_DISTANCE;
    }

    private static boolean isOpenHeaderLine(Decision d) {
        return d.label() == Label.BOILERPLATE && "page-header".equals(d.kind());
    }

    private static boolean startsOwnParagraph(List<LineFeatures> features, int i) {
        return i + 1 < features.size() && features.get(i + 1).block().paragraph() != features.get(i).block().paragraph();
    }

    private static boolean headlineShaped(LineFeatures f) {
        String text = f.block().text();
        if (f.weight() < TITLE_MIN_WORDS || f.weight() > TITLE_MAX_WORDS || f.interfaceRatio() >= 0.5) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return last != '.' && last != ':' && last != ',' && last != ';' && last != '–' && last != '-' && last != '|';
    }

    /**
     * Which of the headline candidates' words the body uses. Looking the few candidate words up, rather
     * than collecting every word of the body, keeps this cheap on long texts.
     */
    private static Set<String> bodyWordsAmong(Set<String> wanted, List<LineFeatures> features, Decision[] decisions) {
        Set<String> found = new HashSet<>();
        if (wanted.isEmpty()) {
            return found;
        }
        // Body lines are many: their words are looked up as spans, without a string each.
        WordTable lookup = WordTable.of(wanted);
        // Characters of unspaced scripts are words of their own; a Latin headline has none to look for.
        boolean unspacedWanted = false;
        for (String w : wanted) {
            unspacedWanted |= w.length() == 1 && Tokens.isUnspaced(w.charAt(0));
        }
        for (int i = 0; i < features.size(); i++) {
            if (!decisions[i].label().inBody()) {
                continue;
            }
            WordSpans spans = features.get(i).words();
            for (int k = 0; k < spans.size(); k++) {
                String word = lookup.find(spans.chars(), spans.start(k), spans.end(k), spans.hash(k));
                if (word != null) {
                    found.add(word);
                }
            }
            String text = unspacedWanted ? features.get(i).block().text() : "";
            for (int k = 0; k < text.length(); k++) {
                if (Tokens.isUnspaced(text.charAt(k)) && wanted.contains(String.valueOf(text.charAt(k)))) {
                    found.add(String.valueOf(text.charAt(k)));
                }
            }
        }
        return found;
    }

    /** The share of a line's content words that the body uses too. */
    private static double overlap(List<String> words, Set<String> bodyWords) {
        if (words.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : words) {
            if (bodyWords.contains(w)) {
                shared++;
            }
        }
        return (double) shared / words.size();
    }

    /** Words that carry content: not function words, and (for spaced scripts) three letters or more. */
    private static List<String> contentWords(LineFeatures f, Set<String> functionWords) {
        List<String> out = new ArrayList<>();
        for (String w : f.words()) {
            if (w.length() >= 3 && !functionWords.contains(w)) {
                out.add(w);
            }
        }
        String text = f.block().text();
        for (int i = 0; i < text.length(); i++) {
            if (Tokens.isUnspaced(text.charAt(i))) {
                out.add(String.valueOf(text.charAt(i)));
            }
        }
        return out;
    }

    /** "Jean Delaunay", "Anna Fink, Jan Marchart": a line of people's names and nothing else. */
    private boolean isNameLine(LineFeatures f) {
        String text = f.block().text();
        return f.wordCount() <= NAME_MAX_WORDS && !text.endsWith("?") && !text.endsWith("!")
                && !names.splitNames(text).isEmpty() && patterns.bylineName(text, f.wordCount()).isEmpty();
    }
}
