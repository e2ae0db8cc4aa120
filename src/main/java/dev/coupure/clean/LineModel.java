package dev.coupure.clean;

import java.util.List;

/**
 * Scores how much a line looks like running article text, from its features alone: a logistic
 * model whose weights are data ({@code line-model.tsv}), so that learned weights can replace
 * the hand-set ones without touching code.
 */
public final class LineModel {

    static final List<String> FEATURES = List.of("bias", "log_words", "ends_sentence", "stopword_ratio",
            "capitalized_ratio", "digit_ratio", "interface_ratio", "no_stopword_list", "long_unpunctuated",
            "unlisted_unpunctuated", "very_short");

    private final double[] weights;

    private LineModel(double[] weights) {
        this.weights = weights;
    }

    public static LineModel load() {
        return new LineModel(Weights.read("line-model.tsv", FEATURES));
    }

    /** The feature vector, in {@link #FEATURES} order. */
    static double[] vector(LineFeatures f, boolean hasStopwordList) {
        return new double[] {
            1,
            Math.log1p(f.weight()),
            f.endsSentence() ? 1 : 0,
            f.stopwordRatio(),
            f.wordCount() >= 3 ? f.capitalizedRatio() : 0,
            f.digitRatio(),
            f.interfaceRatio(),
            hasStopwordList ? 0 : 1,
            f.weight() >= 25 && !f.endsSentence() ? 1 : 0,
            !hasStopwordList && !f.endsSentence() ? 1 : 0,
            f.weight() < 3 ? 1 : 0,
        };
    }

    /** A probability moved by log-odds evidence from elsewhere (the page's structure). */
    static double shift(double probability, double logit) {
        double z = Math.log(probability / (1 - probability)) + logit;
        return 1 / (1 + Math.exp(-z));
    }

    /** Probability in (0, 1) that the line is article text. */
    public double bodyProbability(LineFeatures f, boolean hasStopwordList) {
        double[] x = vector(f, hasStopwordList);
        double z = 0;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
