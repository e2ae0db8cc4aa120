package dev.coupure.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names found by the statistical tagger ({@link TaggerModel} over {@link TaggerFeatures}), sentence
 * by sentence: the evidence {@link Analysis} adds to its rules for names no table knows. The model
 * ships in the jar ({@value #RESOURCE}) and is read once, on the first call, so that a run over
 * texts in other languages never reads it. Thread-safe.
 */
final class NameTagger {

    static final String RESOURCE = "name-tagger.bin";

    /** Tokens {@code [start, end)} of a segment named as {@code type} (PER, ORG, LOC or MISC). */
    record Name(int start, int end, String type) {
    }

    private final Gazetteer gazetteer;
    private final Lexicon lex;
    private volatile Loaded loaded;

    private record Loaded(TaggerModel model, TaggerFeatures features) {
    }

    NameTagger(Gazetteer gazetteer, Lexicon lex) {
        this.gazetteer = gazetteer;
        this.lex = lex;
    }

    /** A tagger over a model already read (training, tests). */
    NameTagger(TaggerModel model, Gazetteer gazetteer, Lexicon lex) {
        this(gazetteer, lex);
        this.loaded = new Loaded(model, new TaggerFeatures(model.templates(), gazetteer, lex));
    }

    /** The names of {@code seg}, in text order. */
    List<Name> names(Segment seg, Set<String> lowerWords) {
        Loaded l = load();
        List<Name> out = new ArrayList<>();
        for (int[] s : sentences(seg)) {
            List<int[]> windows = windows(seg, s[0], s[1]);
            if (windows.isEmpty()) {
                continue;
            }
            long[] values = l.features.attributes(seg, s[0], s[1], lowerWords, windows);
            for (int[] w : windows) {
                int[] tags = l.model.tag(l.features.extract(values, w[0] - s[0], w[1] - s[0]), w[0] == s[0] ? -1 : 0);
                int i = 0;
                while (i < tags.length) {
                    int j = i + 1;
                    while (tags[i] != 0 && j < tags.length && tags[j] == tags[i] + 1) {
                        j++;
                    }
                    if (tags[i] != 0) {
                        out.add(new Name(w[0] + i, w[0] + j, TaggerModel.TYPES.get((tags[i] - 1) / 2)));
                    }
                    i = j;
                }
            }
        }
        return out;
    }

    /** Capitals further apart than this many tokens are tagged apart. */
    private static final int WINDOW_GAP = 6;

    /**
     * The parts of a sentence that can hold a name: from two tokens before a capitalized word or
     * digit to two after, capitals less than {@value #WINDOW_GAP} tokens apart in one part
     * ("université de Turku", "Louis XIV", "Apollo 11"); none when the sentence has none. The tagger
     * leaves the rest out, as O: the model seldom tags a word far from any capital otherwise, and
     * news text has long stretches without one.
     */
    static List<int[]> windows(Segment seg, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int last = Integer.MIN_VALUE / 2;
        for (int i = from; i < to; i++) {
            Token t = seg.tokens.get(i);
            if (!t.word || !(t.cap || t.upper || t.digit)) {
                continue;
            }
            if (i - last < WINDOW_GAP) {
                out.get(out.size() - 1)[1] = Math.min(to, i + 3);
            } else {
                out.add(new int[] {Math.max(from, i - 2), Math.min(to, i + 3)});
            }
            last = i;
        }
        return out;
    }

    /**
     * The sentences of a segment as token ranges {@code [start, end)}: a sentence ends where the
     * next token opens one ({@link Token#sentenceStart}) or at the end of its line.
     */
    static List<int[]> sentences(Segment seg) {
        List<int[]> out = new ArrayList<>();
        List<Token> toks = seg.tokens;
        int start = 0;
        for (int i = 1; i <= toks.size(); i++) {
            if (i == toks.size() || toks.get(i).sentenceStart || toks.get(i).line != toks.get(i - 1).line) {
                out.add(new int[] {start, i});
                start = i;
            }
        }
        return out;
    }

    Loaded load() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                l = loaded;
                if (l == null) {
                    TaggerModel model = readShipped();
                    l = new Loaded(model, new TaggerFeatures(model.templates(), gazetteer, lex));
                    loaded = l;
                }
            }
        }
        return l;
    }

    private static TaggerModel readShipped() {
        try (InputStream in = NameTagger.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return TaggerModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
