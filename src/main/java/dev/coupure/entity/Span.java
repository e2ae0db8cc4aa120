package dev.coupure.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A candidate name in a {@link Segment}: tokens {@code [start, end)}, the table entry it matches if
 * any, and the evidence gathered for each type. Mutable while one {@link Analysis} runs, never
 * shared between threads.
 */
final class Span {

    /** Generational suffixes that do not identify a person ("Thomas Markle Senior"). */
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "junior", "senior", "ii", "iii", "iv", "fils",
            "pere");

    final Segment seg;
    final int start;
    final int end;
    Gazetteer.Entry entry;
    int nameTokens;
    /** Evidence of the rules for each type. */
    int per;
    int org;
    int loc;
    /** The type the tagger gives most of the span's words ({@link TaggerModel#TYPES} index), or -1. */
    int model = -1;
    boolean misc;
    boolean acronym;
    boolean restricted;
    /**
     * A run of capitalized words that neither the tagger nor a strong cue supports: it counts only
     * as the surname of a person the article names in full ("Selon De Zerbi").
     */
    boolean tentative;
    Clustering.Cluster cluster;
    /** {@link #nameKey} and {@link #lastKey}, made on the first call: coreference asks for them again and again. */
    private String nameKey;
    private String lastKey;
    /** The initials of its words, made by {@link Clustering} when an acronym of the article asks. */
    String initials;

    Span(Segment seg, int start, int end) {
        this.seg = seg;
        this.start = start;
        this.end = end;
    }

    /** Evidence the tagger's type adds: as much as a title or a place word. */
    static final int MODEL_EVIDENCE = 3;

    int perEvidence() {
        return per + (model == 0 ? MODEL_EVIDENCE : 0);
    }

    int orgEvidence() {
        return org + (model == 1 ? MODEL_EVIDENCE : 0);
    }

    int locEvidence() {
        return loc + (model == 2 ? MODEL_EVIDENCE : 0);
    }

    int startChar() {
        return seg.tokens.get(start).start;
    }

    int endChar() {
        return seg.tokens.get(end - 1).end;
    }

    String text() {
        return seg.text.substring(startChar(), endChar());
    }

    boolean sentenceInitial() {
        return seg.tokens.get(start).sentenceStart;
    }

    List<Token> words() {
        List<Token> w = new ArrayList<>(end - start);
        for (int i = start; i < end; i++) {
            Token t = seg.tokens.get(i);
            if (t.word) {
                w.add(t);
            }
        }
        return w;
    }

    /**
     * The {@link NameKey} of the name, made of the keys of the words that identify it (generational
     * suffixes dropped: "Thomas Markle Senior"): NameKey reads word by word, and an article repeats
     * its words more often than its names ("Poutine", "Vladimir Poutine").
     */
    String nameKey() {
        if (nameKey == null) {
            keys();
        }
        return nameKey;
    }

    /** The {@link NameKey} of the last word that identifies the name (a surname). */
    String lastKey() {
        if (lastKey == null) {
            keys();
        }
        return lastKey;
    }

    /** Makes {@link #nameKey} and {@link #lastKey}: coreference asks for both of most spans. */
    private void keys() {
        int words = 0;
        int last = -1;
        for (int i = start; i < end; i++) {
            if (seg.tokens.get(i).word) {
                words++;
                last = i;
            }
        }
        while (words > 1 && NAME_SUFFIXES.contains(seg.tokens.get(last).key)) {
            words--;
            do {
                last--;
            } while (!seg.tokens.get(last).word);
        }
        lastKey = seg.nameKey(seg.tokens.get(last).key);
        if (words == 1) {
            nameKey = lastKey;
            return;
        }
        StringBuilder b = new StringBuilder();
        for (int i = start; i <= last; i++) {
            Token t = seg.tokens.get(i);
            String k = t.word ? seg.nameKey(t.key) : "";
            if (!k.isEmpty()) {
                b.append(b.length() > 0 ? " " : "").append(k);
            }
        }
        nameKey = b.toString();
    }
}
