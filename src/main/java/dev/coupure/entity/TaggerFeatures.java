package dev.coupure.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The features of the name tagger: each token of a sentence is described by attributes (its
 * folded word, its shape, its affixes, whether a table or the given names know it, the cues around
 * it...), and a feature template combines attributes of the token and of its neighbours, e.g.
 * {@code key[-1] shape[0]}: the word before and the shape of this one. A feature is the 64-bit hash
 * of its template and values, never a string, so that tagging an article allocates little.
 *
 * <p>Templates are data: one per line in {@code name-tagger.features} when training, and stored in
 * the model, which is read with the templates it was trained with. Format: attributes with an
 * offset in brackets (-2 to 2), separated by spaces; the attributes are the names of
 * {@link Attribute}, in lower case.
 */
final class TaggerFeatures {

    /** What the tagger knows of one token. */
    enum Attribute {
        /** The constant 1: a tag's prior. */
        BIAS,
        /** The folded word ("poutine"). */
        KEY,
        /** The word as written ("Poutine"). */
        TEXT,
        /** Letters as X or x, digits as d, runs collapsed: "Xx", "XX", "Xx-Xx", "d". */
        SHAPE,
        PREFIX2,
        PREFIX3,
        SUFFIX2,
        SUFFIX3,
        SUFFIX4,
        /** Word length in buckets (1, 2, 3, 4-5, 6-8, 9+). */
        LENGTH,
        /** Capitalized, all capitals, digit, hyphenated, first of its sentence, word or punctuation. */
        FLAGS,
        /** Inside an alias of the tables: its type and B (first token) or I. */
        TABLE,
        /** A known given name, capitalized. */
        GIVEN,
        /** The kinds of the cue phrases ({@code cues.tsv}) that end at the token. */
        CUE_END,
        /** The kinds of the cue phrases that start at the token. */
        CUE_START,
        /** Classes of the entity lexicons: function word, demonym, particle, organization and place words. */
        LEXICON,
        /** Place in the sentence: 0, 1, 2 or later. */
        POSITION,
        /** Capitalized, while the article writes the same word in lower case elsewhere. */
        LOWER_ELSEWHERE,
        /** The types of the table aliases the folded word is part of ("calgary" of LOC ones, "fc" of ORG ones). */
        TABLE_WORD,
        /** The folded first word of the run of capitalized words (joined by "de", "of"...) the token is in. */
        RUN_FIRST,
        /** The folded last word of that run ("boulevard" in "Hollywood Boulevard"). */
        RUN_LAST,
        /** The run's length in words (1, 2, 3, more) and whether the token opens it. */
        RUN_SHAPE;

        final String label = name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** One template: attributes at offsets from the token. */
    record Template(String text, Attribute[] attributes, int[] offsets) {

        static Template parse(String line) {
            String[] parts = line.trim().split("\\s+");
            Attribute[] attributes = new Attribute[parts.length];
            int[] offsets = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                String p = parts[i];
                int open = p.indexOf('[');
                if (open < 0 || !p.endsWith("]")) {
                    throw new IllegalArgumentException("feature template atom without an offset: " + p);
                }
                attributes[i] = attribute(p.substring(0, open));
                offsets[i] = Integer.parseInt(p.substring(open + 1, p.length() - 1));
                if (Math.abs(offsets[i]) > 2) {
                    throw new IllegalArgumentException("feature template offset out of -2..2: " + p);
                }
            }
            return new Template(line.trim(), attributes, offsets);
        }

        private static Attribute attribute(String label) {
            for (Attribute a : Attribute.values()) {
                if (a.label.equals(label)) {
                    return a;
                }
            }
            throw new IllegalArgumentException("unknown feature attribute: " + label);
        }
    }

    private static final int ATTRIBUTES = Attribute.values().length;
    private static final int MARGIN = 2;

    /** Words that may join two capitalized words of one name. */
    private static final Set<String> RUN_LINKS = Set.of("de", "du", "des", "d'", "la", "le", "les", "l'", "of", "the",
            "von", "van", "der", "den", "y", "al", "el", "no", "da", "do", "dos", "del", "della", "di", "et", "and");

    private final List<Template> templates;
    /** The templates flattened for the inner loop: template {@code t}'s atoms are {@code [atomStart[t], atomStart[t + 1])}. */
    private final int[] atomStart;
    /** Where an atom's value is in {@link #attributes}, from its token's first value. */
    private final int[] atomPlace;
    private final Lexicon lex;
    /** Folded words of table aliases to the types (bits by {@link TaggerModel#typeIndex}) of the aliases they are in. */
    private final Map<String, Integer> tableWords = new HashMap<>();

    TaggerFeatures(List<String> templates, Gazetteer gazetteer, Lexicon lex) {
        List<Template> parsed = new ArrayList<>();
        for (String t : templates) {
            parsed.add(Template.parse(t));
        }
        this.templates = List.copyOf(parsed);
        this.atomStart = new int[parsed.size() + 1];
        int atoms = parsed.stream().mapToInt(t -> t.attributes.length).sum();
        this.atomPlace = new int[atoms];
        int k = 0;
        for (int t = 0; t < parsed.size(); t++) {
            atomStart[t] = k;
            for (int a = 0; a < parsed.get(t).attributes.length; a++, k++) {
                atomPlace[k] = (MARGIN + parsed.get(t).offsets[a]) * ATTRIBUTES + parsed.get(t).attributes[a].ordinal();
            }
        }
        atomStart[parsed.size()] = k;
        this.lex = lex;
        for (Gazetteer.Form f : gazetteer.forms()) {
            int bit = 1 << TaggerModel.typeIndex(f.entry().type());
            for (Token t : Tokenizer.tokenize(f.alias())) {
                if (t.word) {
                    tableWords.merge(t.key, bit, (x, y) -> x | y);
                }
            }
        }
    }

    List<String> templates() {
        return templates.stream().map(Template::text).toList();
    }

    /**
     * The features of tokens {@code [from, to)} of {@code seg}, one sentence: {@code [token][template]}.
     *
     * @param lowerWords the folded words the article writes in lower case
     */
    long[][] extract(Segment seg, int from, int to, Set<String> lowerWords) {
        return extract(attributes(seg, from, to, lowerWords, List.of(new int[] {from, to})), 0, to - from);
    }

    /**
     * The features of the sentence's tokens {@code [windowFrom, windowTo)} (counted from the
     * sentence's first token), from the sentence's {@link #attributes}: {@code [token - windowFrom][template]}.
     */
    long[][] extract(long[] values, int windowFrom, int windowTo) {
        int count = atomStart.length - 1;
        long[][] out = new long[windowTo - windowFrom][count];
        for (int i = windowFrom; i < windowTo; i++) {
            long[] features = out[i - windowFrom];
            int first = i * ATTRIBUTES;
            for (int t = 0; t < count; t++) {
                long h = (t + 1L) * 0x9E3779B97F4A7C15L;
                for (int a = atomStart[t]; a < atomStart[t + 1]; a++) {
                    h = (h ^ values[first + atomPlace[a]]) * 0xbf58476d1ce4e5b9L;
                    h ^= h >>> 31;
                }
                features[t] = mix(h);
            }
        }
        return out;
    }

    /**
     * The attributes of the sentence {@code [from, to)}: {@code [(token - from + 2) × attributes + attribute]}
     * (a token's values side by side, as its features read them), with sentinels for the two places
     * before and after. Only the tokens the features of the windows
     * read (those of the windows and two on either side) get theirs; the others keep zeros.
     *
     * @param lowerWords the folded words the article writes in lower case
     * @param windows the parts of the sentence that are tagged, {@code [start, end)} in the segment's tokens
     */
    long[] attributes(Segment seg, int from, int to, Set<String> lowerWords, List<int[]> windows) {
        int n = to - from;
        long[] v = new long[(n + 2 * MARGIN) * ATTRIBUTES];
        Arrays.fill(v, 0, MARGIN * ATTRIBUTES, 0x5EED0001L);
        Arrays.fill(v, (n + MARGIN) * ATTRIBUTES, v.length, 0x5EED0002L);
        int[] table = tableTags(seg, from, to);
        int[] runStart = new int[n];
        int[] runEnd = new int[n];
        runs(seg, from, to, runStart, runEnd);
        int next = 0; // windows two tokens apart share the tokens between them
        for (int[] w : windows) {
            int end = Math.min(n, w[1] - from + MARGIN);
            for (int i = Math.max(next, w[0] - from - MARGIN); i < end; i++) {
                Token t = seg.tokens.get(from + i);
                int k = (i + MARGIN) * ATTRIBUTES;
                v[k + Attribute.BIAS.ordinal()] = 1;
                v[k + Attribute.KEY.ordinal()] = hash(t.key, 0, t.key.length());
                v[k + Attribute.TEXT.ordinal()] = hash(t.text, 0, t.text.length());
                v[k + Attribute.SHAPE.ordinal()] = shape(t.text);
                v[k + Attribute.PREFIX2.ordinal()] = affix(t.key, 2, true);
                v[k + Attribute.PREFIX3.ordinal()] = affix(t.key, 3, true);
                v[k + Attribute.SUFFIX2.ordinal()] = affix(t.key, 2, false);
                v[k + Attribute.SUFFIX3.ordinal()] = affix(t.key, 3, false);
                v[k + Attribute.SUFFIX4.ordinal()] = affix(t.key, 4, false);
                v[k + Attribute.LENGTH.ordinal()] = lengthBucket(t.text.length());
                v[k + Attribute.FLAGS.ordinal()] = (t.cap ? 1 : 0) | (t.upper ? 2 : 0) | (t.digit ? 4 : 0)
                        | (t.hyphen ? 8 : 0) | (t.sentenceStart || i == 0 ? 16 : 0) | (t.word ? 32 : 0);
                v[k + Attribute.TABLE.ordinal()] = table[i];
                v[k + Attribute.GIVEN.ordinal()] = t.word && lex.isGivenName(t) ? 1 : 0;
                v[k + Attribute.CUE_END.ordinal()] = seg.cueEnds[from + i];
                v[k + Attribute.CUE_START.ordinal()] = seg.cueStarts[from + i];
                v[k + Attribute.LEXICON.ordinal()] = lexicon(t, seg.at(from + i - 1));
                v[k + Attribute.POSITION.ordinal()] = Math.min(i, 3);
                v[k + Attribute.LOWER_ELSEWHERE.ordinal()] = t.word && t.cap && !t.upper && lowerWords.contains(t.key) ? 1 : 0;
                v[k + Attribute.TABLE_WORD.ordinal()] = t.word ? tableWords.getOrDefault(t.key, 0) : 0;
                if (runEnd[i] > 0) {
                    String firstKey = seg.tokens.get(from + runStart[i]).key;
                    String lastKey = seg.tokens.get(from + runEnd[i] - 1).key;
                    v[k + Attribute.RUN_FIRST.ordinal()] = hash(firstKey, 0, firstKey.length());
                    v[k + Attribute.RUN_LAST.ordinal()] = hash(lastKey, 0, lastKey.length());
                    v[k + Attribute.RUN_SHAPE.ordinal()] = 1 + Math.min(runEnd[i] - runStart[i], 4) * 2
                            + (runStart[i] == i ? 1 : 0);
                }
            }
            next = Math.max(next, end);
        }
        return v;
    }

    /**
     * Runs of capitalized words, joined by linking words ("Flames de Calgary", "Hollywood Boulevard"):
     * for each token in one, the sentence-relative start and end of its run; end 0 elsewhere.
     */
    private void runs(Segment seg, int from, int to, int[] runStart, int[] runEnd) {
        int i = from;
        while (i < to) {
            if (!capitalized(seg.tokens.get(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            int j = i + 1;
            while (j < to) {
                Token u = seg.tokens.get(j);
                if (capitalized(u)) {
                    end = ++j;
                } else if (u.word && RUN_LINKS.contains(u.key) && j + 1 < to) {
                    j++;
                } else {
                    break;
                }
            }
            for (int k = i; k < end; k++) {
                runStart[k - from] = i - from;
                runEnd[k - from] = end - from;
            }
            i = Math.max(end, i + 1);
        }
    }

    private boolean capitalized(Token t) {
        return t.word && (t.cap || t.upper) && !lex.isStop(t);
    }

    /** Per token: 0, or 1 + 2 × the type of the table alias it is in + 1 when it is not its first token. */
    private int[] tableTags(Segment seg, int from, int to) {
        int[] out = new int[to - from];
        int i = from;
        while (i < to) {
            Gazetteer.Match m = seg.known(i);
            if (m == null) {
                i++;
                continue;
            }
            int type = TaggerModel.typeIndex(m.entry().type());
            for (int j = i; j < Math.min(m.end(), to); j++) {
                out[j - from] = 1 + 2 * type + (j == i ? 0 : 1);
            }
            i = m.end();
        }
        return out;
    }

    /**
     * The lexicon classes of a word: the ones that depend on the word alone come from
     * {@link Lexicon#classes}; hyphenated and plural demonyms and articles (told by
     * the written form, "à" is not "a") are checked on the token.
     */
    private int lexicon(Token t, Token before) {
        if (!t.word) {
            return 0;
        }
        int bits = lex.classes(t) & Lexicon.TAGGER_CLASSES;
        if ((bits & 2) == 0 && (t.hyphen && lex.isDemonym(t) || lex.isPluralDemonym(t, before))) {
            bits |= 2;
        }
        if (t.key.length() <= 3 && lex.isArticle(t)) {
            bits |= 256;
        }
        return bits;
    }

    private static int lengthBucket(int length) {
        if (length <= 3) {
            return length;
        }
        return length <= 5 ? 4 : length <= 8 ? 5 : 6;
    }

    private static long affix(String key, int length, boolean prefix) {
        if (key.length() <= length) {
            return 0x5EED0003L;
        }
        return prefix ? hash(key, 0, length) : hash(key, key.length() - length, key.length());
    }

    private static long shape(String text) {
        long h = 0xcbf29ce484222325L;
        char last = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (s != last) {
                h = (h ^ s) * 0x100000001b3L;
                last = s;
            }
        }
        return h;
    }

    /** FNV-1a over the characters: stable across JVMs, unlike identity hashes. */
    private static long hash(String s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** The finalizer of SplitMix64: every bit of the input moves every bit of the output. */
    static long mix(long x) {
        x = (x ^ (x >>> 30)) * 0xbf58476d1ce4e5b9L;
        x = (x ^ (x >>> 27)) * 0x94d049bb133111ebL;
        return x ^ (x >>> 31);
    }
}
