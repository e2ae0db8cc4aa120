package dev.coupure.lang;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.pemistahl.lingua.api.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code trigram-profiles.tsv} (format in the resource's README) from the language models inside
 * Lingua's jar: for every language Lingua has trigrams for, its most frequent trigrams with their log
 * probability. Lingua stores P(c | ab); the joint P(abc) is P(a) P(b | a) P(c | ab) from its unigram,
 * bigram and trigram models. Run again when Lingua is upgraded:
 * {@code java -cp target/coupure.jar:target/test-classes dev.coupure.lang.TrigramProfileWriter
 * src/main/resources/dev/coupure/lang/trigram-profiles.tsv}.
 */
final class TrigramProfileWriter {

    /** Enough for the right language to rank first on a paragraph; more costs load time for little. */
    private static final int TRIGRAMS_PER_LANGUAGE = 1000;
    /** Log probabilities are kept to one decimal: finer steps do not change the ranking of candidates. */
    private static final double STEP = 10.0;
    /** A trigram the profile lacks counts as one nat below the least frequent one kept. */
    private static final double MISSING_PENALTY = 1.0;

    private TrigramProfileWriter() {
    }

    public static void main(String[] args) throws IOException {
        try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            out.write("# Written by dev.coupure.lang.TrigramProfileWriter from Lingua 1.2.2's models (Apache-2.0).\n");
            out.write("# language\tscript\tlog-probability\ttrigrams (format: README.md beside this file)\n");
            for (Language language : Language.values()) {
                String code = language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
                Map<String, Double> trigrams = model(code, "trigrams");
                if (language == Language.UNKNOWN || trigrams.isEmpty()) {
                    continue;
                }
                write(out, code, trigrams, model(code, "bigrams"), model(code, "unigrams"));
            }
        }
    }

    private static void write(Writer out, String code, Map<String, Double> trigrams, Map<String, Double> bigrams,
            Map<String, Double> unigrams) throws IOException {
        List<Map.Entry<String, Double>> joint = new ArrayList<>();
        Map<Character.UnicodeScript, Integer> scripts = new EnumMap<>(Character.UnicodeScript.class);
        for (Map.Entry<String, Double> e : trigrams.entrySet()) {
            String g = e.getKey();
            Double a = unigrams.get(g.substring(0, 1));
            Double ab = bigrams.get(g.substring(0, 2));
            if (a != null && ab != null) {
                joint.add(Map.entry(g, Math.log(a * ab * e.getValue())));
            }
        }
        joint.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<Map.Entry<String, Double>> kept = joint.subList(0, Math.min(TRIGRAMS_PER_LANGUAGE, joint.size()));
        TreeMap<Double, StringBuilder> buckets = new TreeMap<>();
        for (Map.Entry<String, Double> e : kept) {
            double rounded = Math.round(e.getValue() * STEP) / STEP;
            buckets.computeIfAbsent(rounded, k -> new StringBuilder()).append(e.getKey()).append(' ');
            e.getKey().codePoints().forEach(c -> scripts.merge(Character.UnicodeScript.of(c), 1, Integer::sum));
        }
        String script = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey().name();
        for (Map.Entry<Double, StringBuilder> b : buckets.descendingMap().entrySet()) {
            out.write(code + "\t" + script + "\t" + b.getKey() + "\t" + b.getValue().toString().strip() + "\n");
        }
        double floor = Math.round((buckets.firstKey() - MISSING_PENALTY) * STEP) / STEP;
        out.write(code + "\t" + script + "\t" + floor + "\t\n");
    }

    /** One of Lingua's model files: n-gram to probability (fractions "n/d" naming space-separated n-grams). */
    private static Map<String, Double> model(String code, String name) {
        String path = "/language-models/" + code + "/" + name + ".json";
        Map<String, Double> probabilities = new HashMap<>();
        try (InputStream in = Language.class.getResourceAsStream(path)) {
            if (in == null) {
                return probabilities;
            }
            JsonParser parser = new ObjectMapper().getFactory().createParser(in);
            while (parser.nextToken() != null) {
                if (parser.currentToken() == JsonToken.FIELD_NAME && "ngrams".equals(parser.currentName())) {
                    parser.nextToken();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String[] fraction = parser.currentName().split("/");
                        double p = Double.parseDouble(fraction[0]) / Double.parseDouble(fraction[1]);
                        parser.nextToken();
                        for (String ngram : parser.getText().split(" ")) {
                            probabilities.put(ngram, p);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
        return probabilities;
    }
}
