package dev.coupure.lang;

import dev.coupure.text.CharClass;
import dev.coupure.text.ResourceLines;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cheap first pass of identification: each language's most frequent letter trigrams
 * ({@code trigram-profiles.tsv}, written from Lingua's own models) score a text as a bag of trigrams,
 * with one table look-up per trigram for all languages at once. Its answer stands when its margin is
 * clear (most articles); otherwise it ranks the candidates that Lingua's models decide between, so that
 * Lingua loads the models of a few languages instead of every language of a script. Immutable, thread-safe.
 */
final class TrigramProfiles {

    private final String[] languages;
    private final UnicodeScript[] scripts;
    private final double[] floors;
    /**
     * Trigram (its three code points packed by {@link #key}) → the languages that list it (their indexes in
     * {@link #languages}) and, side by side, what it adds to each one's score: its log probability less the
     * language's floor, worked out at load rather than once per trigram of every text. Open addressing on
     * packed keys: a look-up per trigram of the text, with no string made for it.
     */
    private final long[] keys;
    private final int[][] postings;
    private final double[][] gains;

    private static final int OFFSET = 1 << 15;

    private TrigramProfiles(String[] languages, UnicodeScript[] scripts, double[] floors, Map<String, int[]> postings) {
        this.languages = languages;
        this.scripts = scripts;
        this.floors = floors;
        int capacity = Integer.highestOneBit(Math.max(1, postings.size()) * 2) * 2;
        this.keys = new long[capacity];
        this.postings = new int[capacity][];
        this.gains = new double[capacity][];
        // The file's entries pack a language (high 16 bits) and a log probability in tenths (low 16, offset by OFFSET).
        postings.forEach((trigram, entries) -> {
            int[] cps = trigram.codePoints().toArray();
            if (cps.length == 3) {
                int slot = slot(key(cps[0], cps[1], cps[2]));
                keys[slot] = key(cps[0], cps[1], cps[2]);
                int[] language = new int[entries.length];
                double[] gain = new double[entries.length];
                for (int k = 0; k < entries.length; k++) {
                    language[k] = entries[k] >>> 16;
                    gain[k] = ((entries[k] & 0xFFFF) - OFFSET) / 10.0 - floors[language[k]];
                }
                this.postings[slot] = language;
                this.gains[slot] = gain;
            }
        });
    }

    /** Three code points (21 bits each) in one long; never 0 for letters, which marks an empty slot. */
    private static long key(int a, int b, int c) {
        return (long) a << 42 | (long) b << 21 | c;
    }

    /** The slot of a key: its own if present, else the empty slot where it would go. */
    private int slot(long key) {
        int mask = keys.length - 1;
        // Fibonacci hashing: the product's high bits depend on every bit of the key.
        int i = (int) (key * 0x9E3779B97F4A7C15L >>> Long.numberOfLeadingZeros(mask));
        while (keys[i] != 0 && keys[i] != key) {
            i = i + 1 & mask;
        }
        return i;
    }

    static TrigramProfiles load() {
        List<String> codes = new ArrayList<>();
        List<UnicodeScript> scriptList = new ArrayList<>();
        List<Double> floorList = new ArrayList<>();
        Map<String, int[]> postings = new HashMap<>(1 << 16);
        for (String line : ResourceLines.read(TrigramProfiles.class, "trigram-profiles.tsv")) {
            int a = line.indexOf('\t');
            int b = line.indexOf('\t', a + 1);
            int c = line.indexOf('\t', b + 1);
            String code = line.substring(0, a);
            if (codes.isEmpty() || !codes.get(codes.size() - 1).equals(code)) {
                codes.add(code);
                scriptList.add(UnicodeScript.valueOf(line.substring(a + 1, b)));
                floorList.add(null);
            }
            int language = codes.size() - 1;
            double logProbability = Double.parseDouble(line.substring(b + 1, c < 0 ? line.length() : c));
            if (c < 0 || c == line.length() - 1) {
                floorList.set(language, logProbability);
                continue;
            }
            int entry = language << 16 | (int) Math.round(logProbability * 10) + OFFSET;
            for (int from = c + 1; from < line.length(); ) {
                int to = line.indexOf(' ', from);
                to = to < 0 ? line.length() : to;
                postings.merge(line.substring(from, to), new int[] {entry}, TrigramProfiles::concat);
                from = to + 1;
            }
        }
        double[] floors = new double[codes.size()];
        for (int i = 0; i < floors.length; i++) {
            if (floorList.get(i) == null) {
                throw new IllegalStateException("trigram-profiles.tsv: no floor line for " + codes.get(i));
            }
            floors[i] = floorList.get(i);
        }
        return new TrigramProfiles(codes.toArray(String[]::new), scriptList.toArray(UnicodeScript[]::new), floors,
                postings);
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** A language and its score: the mean log probability of the text's trigrams. */
    record Score(String language, double perTrigram) {
    }

    /** Best first; equal scores in the order of their codes, so that the ranking never depends on the table. */
    private static final Comparator<Score> BEST_FIRST = Comparator.comparingDouble((Score sc) -> -sc.perTrigram())
            .thenComparing(Score::language);

    /**
     * The best {@code limit} languages among {@code allowed} written in {@code script}, best first; empty when
     * none has a profile.
     */
    List<Score> rank(CharSequence text, UnicodeScript script, Set<String> allowed, int limit) {
        double[] scores = new double[languages.length];
        int count = 0;
        int first = 0;
        int second = 0;
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (!(c <= Character.MAX_VALUE ? CharClass.is((char) c, CharClass.LETTER) : Character.isLetter(c))) {
                run = 0;
                continue;
            }
            int third = Character.toLowerCase(c);
            if (++run >= 3) {
                count++;
                int slot = slot(key(first, second, third));
                int[] language = postings[slot];
                if (language != null) {
                    double[] gain = gains[slot];
                    for (int k = 0; k < language.length; k++) {
                        scores[language[k]] += gain[k];
                    }
                }
            }
            first = second;
            second = third;
        }
        int trigrams = Math.max(1, count);
        Score[] best = new Score[limit];
        int kept = 0;
        for (int l = 0; l < languages.length; l++) {
            if (scripts[l] == script && allowed.contains(languages[l])) {
                kept = keep(best, kept, new Score(languages[l], scores[l] / trigrams + floors[l]));
            }
        }
        return List.of(Arrays.copyOf(best, kept));
    }

    /** Inserts a score into the best ones so far, kept sorted, dropping the last if they are full; returns how many are kept. */
    private static int keep(Score[] best, int kept, Score score) {
        int at = kept;
        while (at > 0 && BEST_FIRST.compare(score, best[at - 1]) < 0) {
            at--;
        }
        if (at == best.length) {
            return kept;
        }
        int moved = Math.min(kept, best.length - 1) - at;
        System.arraycopy(best, at, best, at + 1, moved);
        best[at] = score;
        return Math.min(kept + 1, best.length);
    }
}
