package dev.coupure.lang;

import dev.coupure.text.ResourceLines;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the {@link LanguageIdentifier.Evidence} of a text into the probability that its language is right,
 * from {@code calibration.tsv} (format in the README beside it; written by {@code CalibrationWriter} from
 * labelled text). Immutable.
 */
final class Calibration {

    /** A step of the table: evidence with at least these values is right with this probability. */
    private record Step(int letters, double margin, double probability) {
    }

    private final List<Step> lingua;
    private final List<Step> script;
    private final double threshold;

    private Calibration(List<Step> lingua, List<Step> script, double threshold) {
        this.lingua = lingua;
        this.script = script;
        this.threshold = threshold;
    }

    static Calibration load() {
        return parse(ResourceLines.read(Calibration.class, "calibration.tsv"));
    }

    static Calibration parse(List<String> lines) {
        List<Step> lingua = new ArrayList<>();
        List<Step> script = new ArrayList<>();
        Double threshold = null;
        for (String line : lines) {
            String[] f = line.split("\t");
            switch (f[0]) {
                case "lingua" -> lingua.add(new Step(Integer.parseInt(f[1]), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3])));
                case "script" -> script.add(new Step(0, Double.parseDouble(f[1]), Double.parseDouble(f[2])));
                case "null-below" -> threshold = Double.parseDouble(f[1]);
                default -> throw new IllegalStateException("calibration.tsv: unknown row kind " + f[0]);
            }
        }
        if (threshold == null || lingua.isEmpty() || script.isEmpty()) {
            throw new IllegalStateException("calibration.tsv needs lingua, script and null-below rows");
        }
        return new Calibration(List.copyOf(lingua), List.copyOf(script), threshold);
    }

    /** Answers below this probability are not given: the language is null. */
    double threshold() {
        return threshold;
    }

    double probability(LanguageIdentifier.Evidence evidence) {
        return switch (evidence.method()) {
            case LINGUA -> step(lingua, evidence.letters(), evidence.margin());
            // The script decided, among every language or among the only ones the user allowed for it.
            case SCRIPT, ONLY_CANDIDATE -> step(script, 0, evidence.scriptShare());
        };
    }

    /** The probability of the last step that the evidence reaches in both letters and margin; 0 if none. */
    private static double step(List<Step> steps, int letters, double margin) {
        double p = 0;
        for (Step s : steps) {
            if (letters >= s.letters && margin >= s.margin) {
                p = Math.max(p, s.probability);
            }
        }
        return p;
    }
}
