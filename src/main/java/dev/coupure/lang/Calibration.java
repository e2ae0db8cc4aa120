package dev.coupure.lang;

import dev.coupure.lang.LanguageIdentifier.Evidence;
import dev.coupure.lang.LanguageIdentifier.Method;
import dev.coupure.text.ResourceLines;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the {@link Evidence} of a text into the probability that its language is right, from
 * {@code calibration.tsv} (format in the README beside it; written by {@code CalibrationWriter} from
 * labelled text), and says when the first pass may answer without Lingua. Immutable.
 */
final class Calibration {

    /** A step of the table: evidence with at least these letters and this margin is right with this probability. */
    private record Step(int letters, double margin, double probability) {
    }

    private final Map<Method, List<Step>> steps;
    private final double threshold;
    private final double decideAt;

    private Calibration(Map<Method, List<Step>> steps, double threshold, double decideAt) {
        this.steps = steps;
        this.threshold = threshold;
        this.decideAt = decideAt;
    }

    static Calibration load() {
        return parse(ResourceLines.read(Calibration.class, "calibration.tsv"));
    }

    static Calibration parse(List<String> lines) {
        Map<Method, List<Step>> steps = new EnumMap<>(Method.class);
        for (Method m : List.of(Method.SCRIPT, Method.PROFILE, Method.LINGUA)) {
            steps.put(m, new ArrayList<>());
        }
        Double threshold = null;
        Double decideAt = null;
        for (String line : lines) {
            String[] f = line.split("\t");
            switch (f[0]) {
                case "null-below" -> threshold = Double.parseDouble(f[1]);
                case "decide-at" -> decideAt = Double.parseDouble(f[1]);
                case "script" -> steps.get(Method.SCRIPT).add(new Step(0, Double.parseDouble(f[1]), Double.parseDouble(f[2])));
                case "profile", "lingua" -> steps.get(f[0].equals("profile") ? Method.PROFILE : Method.LINGUA).add(
                        new Step(Integer.parseInt(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])));
                default -> throw new IllegalStateException("calibration.tsv: unknown row kind " + f[0]);
            }
        }
        if (threshold == null || decideAt == null || steps.values().stream().anyMatch(List::isEmpty)) {
            throw new IllegalStateException("calibration.tsv needs null-below, decide-at, script, profile and lingua rows");
        }
        steps.replaceAll((m, list) -> List.copyOf(list));
        return new Calibration(steps, threshold, decideAt);
    }

    /** Answers below this probability are not given: the language is null. */
    double threshold() {
        return threshold;
    }

    /** Whether the first pass's answer is sure enough to be given without asking Lingua. */
    boolean decides(Evidence firstPass) {
        return probability(firstPass) >= decideAt;
    }

    double probability(Evidence evidence) {
        return switch (evidence.method()) {
            // The script decided, among every language or among the only ones the user allowed for it.
            case SCRIPT, ONLY_CANDIDATE -> step(steps.get(Method.SCRIPT), 0, evidence.scriptShare());
            case PROFILE, LINGUA -> step(steps.get(evidence.method()), evidence.letters(), evidence.margin());
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
