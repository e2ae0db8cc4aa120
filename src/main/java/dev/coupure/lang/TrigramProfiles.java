package dev.coupure.lang;

import dev.coupure.text.ResourceLines;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The cheap first pass of identification: each language's most frequent letter trigrams
 * ({@code trigram-profiles.tsv}, written from Lingua's own models) score a text as a bag of trigrams,
 * with one table look-up per trigram for all languages at once. It only ranks the candidates that
 * Lingua's accurate models then decide between, so that Lingua loads the models of a few languages
 * instead of every language of a script. Immutable, thread-safe.
 */
final class TrigramProfiles {

    private final String[] languages;
    private final UnicodeScript[] scripts;
    private final double[] floors;
    /** Trigram → the languages that list it, and how much more than their floor it weighs. */
    private final Map<String, Posting> postings;

    private record Posting(int[] languages, float[] gains) {
    }

    private TrigramProfiles(String[] languages, UnicodeScript[] scripts, double[] floors, Map<String, Posting> postings) {
        this.languages = languages;
        this.scripts = scripts;
        this.floors = floors;
        this.postings = postings;
    }

    static TrigramProfiles load() {
        List<String> codes = new ArrayList<>();
        List<UnicodeScript> scriptList = new ArrayList<>();
        Map<String, Double> floorByCode = new HashMap<>();
        Map<String, List<double[]>> raw = new HashMap<>();
        for (String line : ResourceLines.read(TrigramProfiles.class, "trigram-profiles.tsv")) {
            String[] f = line.split("\t", -1);
            String code = f[0];
            int index = codes.indexOf(code);
            if (index < 0) {
                index = codes.size();
                codes.add(code);
                scriptList.add(UnicodeScript.valueOf(f[1]));
            }
            double logProbability = Double.parseDouble(f[2]);
            if (f.length < 4 || f[3].isBlank()) {
                floorByCode.put(code, logProbability);
                continue;
            }
            for (String trigram : f[3].split(" ")) {
                raw.computeIfAbsent(trigram, k -> new ArrayList<>()).add(new double[] {index, logProbability});
            }
        }
        double[] floors = new double[codes.size()];
        for (int i = 0; i < floors.length; i++) {
            Double floor = floorByCode.get(codes.get(i));
            if (floor == null) {
                throw new IllegalStateException("trigram-profiles.tsv: no floor line for " + codes.get(i));
            }
            floors[i] = floor;
        }
        Map<String, Posting> postings = new HashMap<>(raw.size() * 2);
        raw.forEach((trigram, entries) -> {
            int[] langs = new int[entries.size()];
            float[] gains = new float[entries.size()];
            for (int i = 0; i < langs.length; i++) {
                langs[i] = (int) entries.get(i)[0];
                gains[i] = (float) (entries.get(i)[1] - floors[langs[i]]);
            }
            postings.put(trigram, new Posting(langs, gains));
        });
        return new TrigramProfiles(codes.toArray(String[]::new), scriptList.toArray(UnicodeScript[]::new), floors,
                postings);
    }

    /** The languages with a profile. */
    Set<String> languages() {
        return Set.of(languages);
    }

    /**
     * The best {@code limit} languages among {@code allowed} written in {@code script}, best first; empty when
     * none has a profile.
     */
    List<String> rank(CharSequence text, UnicodeScript script, Set<String> allowed, int limit) {
        double[] scores = new double[languages.length];
        int count = 0;
        int[] window = new int[3];
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                run = 0;
                continue;
            }
            window[0] = window[1];
            window[1] = window[2];
            window[2] = Character.toLowerCase(c);
            if (++run >= 3) {
                count++;
                Posting posting = postings.get(new String(window, 0, 3));
                if (posting != null) {
                    for (int j = 0; j < posting.languages.length; j++) {
                        scores[posting.languages[j]] += posting.gains[j];
                    }
                }
            }
        }
        int trigrams = count;
        return IntStream.range(0, languages.length)
                .filter(l -> scripts[l] == script && allowed.contains(languages[l]))
                .boxed()
                .sorted(Comparator.comparingDouble((Integer l) -> -(scores[l] + trigrams * floors[l]))
                        .thenComparing(l -> languages[l]))
                .limit(limit)
                .map(l -> languages[l])
                .toList();
    }
}
