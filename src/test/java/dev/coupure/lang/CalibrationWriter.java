package dev.coupure.lang;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code calibration.tsv} (format in the resource's README) from labelled text: the first half of
 * each file of Lingua's accuracy test data ({@link LinguaTestData}; {@link ReliabilityTable} checks the
 * table on the other half and on the dev sets). For each band of text length, the share of right answers
 * in each margin bin, made non-decreasing in the margin by pooling adjacent violators, then in the
 * length by taking the larger of a bin and the same bin of the shorter band (and of the bin before). Run:
 * {@code java -cp target/coupure.jar:target/test-classes dev.coupure.lang.CalibrationWriter LINGUA_TESTDATA
 * src/main/resources/dev/coupure/lang/calibration.tsv}.
 */
final class CalibrationWriter {

    static final int[] LETTER_BANDS = {0, 30, 80, 160, 320, 640};
    static final double[] MARGIN_BINS = {0, 0.005, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.075, 0.1, 0.125, 0.15,
            0.2, 0.25, 0.3, 0.4, 0.5, 0.75, 0.999};
    /** The smallest share of letters in the deciding script for which script decisions were measured. */
    private static final double SCRIPT_SHARE = 0.5;
    /**
     * An answer wrong one time in three or more is not given: a wrong language sends a document to the wrong
     * downstream model, which is worse than none. Texts mixing two languages fall under it.
     */
    private static final double NULL_BELOW = 0.7;
    private static final int FIT_LINES = 500;

    private CalibrationWriter() {
    }

    public static void main(String[] args) throws IOException {
        LanguageIdentifier identifier = LanguageIdentifier.all();
        long[][] right = new long[LETTER_BANDS.length][MARGIN_BINS.length];
        long[][] total = new long[LETTER_BANDS.length][MARGIN_BINS.length];
        long scriptRight = 0;
        long scriptTotal = 0;
        List<LinguaTestData.Sample> samples = LinguaTestData.read(Path.of(args[0]), 0, FIT_LINES);
        for (LinguaTestData.Sample s : samples) {
            LanguageIdentifier.Evidence e = identifier.evidence(s.text());
            if (e == null) {
                continue;
            }
            boolean ok = e.code().equals(s.gold());
            if (e.method() == LanguageIdentifier.Method.LINGUA) {
                int band = index(LETTER_BANDS, e.letters());
                int bin = index(MARGIN_BINS, e.margin());
                total[band][bin]++;
                right[band][bin] += ok ? 1 : 0;
            } else if (e.scriptShare() >= SCRIPT_SHARE) {
                scriptTotal++;
                scriptRight += ok ? 1 : 0;
            }
        }
        double[][] p = new double[LETTER_BANDS.length][];
        for (int band = 0; band < LETTER_BANDS.length; band++) {
            p[band] = Isotonic.fit(right[band], total[band]);
            for (int bin = 0; bin < MARGIN_BINS.length; bin++) {
                // Smoothing gives small pools less than large ones: keep the table monotone in both ways.
                p[band][bin] = Math.max(p[band][bin], Math.max(band > 0 ? p[band - 1][bin] : 0, bin > 0 ? p[band][bin - 1] : 0));
            }
        }
        try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            out.write("# Written by dev.coupure.lang.CalibrationWriter from " + samples.size() + " labelled texts"
                    + " (Lingua 1.2.2's test data, first " + FIT_LINES + " lines of each file).\n");
            out.write("# Format: README.md beside this file.\n");
            out.write("null-below\t" + NULL_BELOW + "\n");
            out.write("# script\tfrom-share\tprobability\t(" + scriptRight + " right of " + scriptTotal + ")\n");
            out.write("script\t" + SCRIPT_SHARE + "\t" + probability(scriptRight, scriptTotal) + "\n");
            out.write("# lingua\tfrom-letters\tfrom-margin\tprobability\t(right of texts in the bin)\n");
            for (int band = 0; band < LETTER_BANDS.length; band++) {
                for (int bin = 0; bin < MARGIN_BINS.length; bin++) {
                    out.write("lingua\t" + LETTER_BANDS[band] + "\t" + MARGIN_BINS[bin] + "\t" + p[band][bin]
                            + "\t" + right[band][bin] + "/" + total[band][bin] + "\n");
                }
            }
        }
    }

    static int index(int[] lowerBounds, int value) {
        int i = 0;
        while (i + 1 < lowerBounds.length && value >= lowerBounds[i + 1]) {
            i++;
        }
        return i;
    }

    static int index(double[] lowerBounds, double value) {
        int i = 0;
        while (i + 1 < lowerBounds.length && value >= lowerBounds[i + 1]) {
            i++;
        }
        return i;
    }

    /** Right answers smoothed by one of each (Laplace), rounded down: a thousand right is not certainty. */
    static double probability(long right, long total) {
        return Math.floor((right + 1.0) / (total + 2.0) * 1000) / 1000;
    }
}
