package dev.coupure.lang;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints the reliability table of docs/quality.md: for bins of confidence, how many texts got it and how many
 * of them were right. {@code --lingua DIR}: the second half of Lingua's test data ({@link LinguaTestData}),
 * which {@link CalibrationWriter} did not see, by kind of text; {@code RECORDS.jsonl GOLD_DIR}: records that
 * {@code ingest} wrote, against the {@code lang} of the gold file of each (matched by file name, as the
 * project's scorer does).
 */
final class ReliabilityTable {

    /** Lower bounds of the bins; under the last, the answer is null (calibration.tsv's null-below). */
    private static final double[] BINS = {0.9, 0.7};
    private static final String[] NAMES = {"≥ 0.9", "0.7–0.9", "null"};

    private ReliabilityTable() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, long[][]> rows = new TreeMap<>();
        if (args[0].equals("--lingua")) {
            LanguageIdentifier identifier = LanguageIdentifier.all();
            for (LinguaTestData.Sample s : LinguaTestData.read(Path.of(args[1]), 500, 1000)) {
                LanguageGuess g = identifier.identify(s.text());
                count(rows, s.kind(), g.code(), g.confidence(), s.gold());
            }
        } else {
            ObjectMapper json = new ObjectMapper();
            for (int i = 0; i + 1 < args.length; i += 2) {
                Path gold = Path.of(args[i + 1]);
                try (BufferedReader in = Files.newBufferedReader(Path.of(args[i]), StandardCharsets.UTF_8)) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        JsonNode record = json.readTree(line);
                        String name = Path.of(record.path("source").path("path").asText()).getFileName().toString();
                        Path goldFile = gold.resolve(name.substring(0, name.lastIndexOf('.')) + ".gold.json");
                        String lang = Files.exists(goldFile) ? json.readTree(goldFile.toFile()).path("lang").asText(null) : null;
                        if (lang != null) {
                            JsonNode language = record.path("language");
                            count(rows, gold.getFileName().toString(), language.path("code").asText(null),
                                    language.path("confidence").asDouble(), lang);
                        }
                    }
                }
            }
        }
        System.out.println("| texts | " + String.join(" | ", NAMES) + " |");
        System.out.println("|---|---|---|---|");
        for (Map.Entry<String, long[][]> e : rows.entrySet()) {
            StringBuilder line = new StringBuilder("| " + e.getKey() + " |");
            for (long[] cell : e.getValue()) {
                line.append(cell[1] == 0 ? " 0" : String.format(" %d / %d (%.3f)", cell[0], cell[1], cell[0] / (double) cell[1]))
                        .append(" |");
            }
            System.out.println(line);
        }
    }

    /** A cell holds right answers and texts; the null cell counts texts with no answer as right 0. */
    private static void count(Map<String, long[][]> rows, String row, String code, double confidence, String gold) {
        long[][] cells = rows.computeIfAbsent(row, k -> new long[NAMES.length][2]);
        int bin = BINS.length;
        if (code != null) {
            bin = 0;
            while (bin < BINS.length - 1 && confidence < BINS[bin]) {
                bin++;
            }
        }
        cells[bin][0] += gold.equals(code) ? 1 : 0;
        cells[bin][1]++;
    }
}
