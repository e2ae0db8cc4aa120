package dev.coupure.lang;

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
    private final TrigramTable table;

    private TrigramProfiles(String[] languages, UnicodeScript[] scripts, double[] floors, Map<String, int[]> postings) {
        this.languages = languages;
        this.scripts = scripts;
        this.floors = floors;
        this.table = new TrigramTable(postings, floors);
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
            int entry = TrigramTable.entry(language, (int) Math.round(logProbability * 10));
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
        double[] scores = new double[TrigramTable.LANGUAGES];
        ProfileLetters letters = table.letters();
        int length = text.length();
        // The slots of the text's trigrams first, then their gains: look-ups that wait on the memory overlap.
        int[] found = new int[length];
        int count = 0;
        int run = 0;
        int key = 0;
        for (int i = 0; i < length; ) {
            int c = text.charAt(i++);
            if (Character.isHighSurrogate((char) c) && i < length && Character.isLowSurrogate(text.charAt(i))) {
                c = Character.toCodePoint((char) c, text.charAt(i++));
            }
            int letter = letters.code(c);
            if (letter == ProfileLetters.NOT_A_LETTER) {
                run = 0;
                continue;
            }
            key = TrigramTable.next(key, letter);
            if (++run >= 3) {
                found[count++] = table.slot(key);
            }
        }
        for (int t = 0; t < count; t++) {
            table.addGains(found[t], scores);
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
