package dev.coupure.lang;

import dev.coupure.lang.LanguageIdentifier.Evidence;
import dev.coupure.lang.LanguageIdentifier.Method;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code calibration.tsv} (format in the resource's README) from labelled text: the first half of
 * each file of Lingua's accuracy test data ({@link LinguaTestData}; {@link ReliabilityTable} checks the
 * table on the other half and on the dev sets). First the first pass's table from every text it ranks;
 * then Lingua's from the texts the first pass does not decide alone (the ones Lingua sees at run time).
 * Each table gives, for each band of text length, the share of right answers in each margin bin, made
 * non-decreasing in the margin by pooling adjacent violators, then in both length and margin by taking
 * the larger of a bin, the same bin of the shorter band and the bin before. Run:
 * {@code java -cp target/coupure.jar:target/test-classes dev.coupure.lang.CalibrationWriter LINGUA_TESTDATA
 * src/main/resources/dev/coupure/lang/calibration.tsv}.
 */
final class CalibrationWriter {

    static final int[] LETTER_BANDS = {0, 30, 80, 160, 320, 640};
    static final double[] LINGUA_MARGINS = {0, 0.005, 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.075, 0.1, 0.125, 0.15,
            0.2, 0.25, 0.3, 0.4, 0.5, 0.75, 0.999};
    /** The first pass's margins, in mean log probability per trigram. */
    static final double[] PROFILE_MARGINS = {0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0,
            1.25, 1.5, 2.0};
    /** The smallest share of letters in the deciding script for which script decisions were measured. */
    private static final double SCRIPT_SHARE = 0.5;
    /**
     * An answer wrong one time in three or more is not given: a wrong language sends a document to the wrong
     * downstream model, which is worse than none. Texts mixing two languages fall under it.
     */
    private static final double NULL_BELOW = 0.7;
    /** The first pass answers alone when it is right this often; below, Lingua's models are worth loading. */
    private static final double DECIDE_AT = 0.995;
    private static final int FIT_LINES = 500;

    private CalibrationWriter() {
    }

    public static void main(String[] args) throws IOException {
        LanguageIdentifier identifier = LanguageIdentifier.all();
        List<LinguaTestData.Sample> samples = LinguaTestData.read(Path.of(args[0]), 0, FIT_LINES);
        Table profile = new Table(PROFILE_MARGINS);
        Table lingua = new Table(LINGUA_MARGINS);
        long scriptRight = 0;
        long scriptTotal = 0;
        List<LinguaTestData.Sample> ranked = new ArrayList<>();
        List<Evidence> firstPasses = new ArrayList<>();
        for (LinguaTestData.Sample s : samples) {
            Evidence e = identifier.firstPass(s.text());
            if (e == null) {
                continue;
            }
            if (e.method() == Method.PROFILE) {
                profile.add(e, s.gold());
                ranked.add(s);
                firstPasses.add(e);
            } else if (e.scriptShare() >= SCRIPT_SHARE) {
                scriptTotal++;
                scriptRight += e.code().equals(s.gold()) ? 1 : 0;
            }
        }
        double[][] profileP = profile.fit();
        int decided = 0;
        for (int i = 0; i < ranked.size(); i++) {
            Evidence first = firstPasses.get(i);
            if (profileP[index(LETTER_BANDS, first.letters())][index(PROFILE_MARGINS, first.margin())] >= DECIDE_AT) {
                decided++;
                continue;
            }
            Evidence e = identifier.lingua(ranked.get(i).text());
            if (e != null && e.method() == Method.LINGUA) {
                lingua.add(e, ranked.get(i).gold());
            }
        }
        try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            out.write("# Written by dev.coupure.lang.CalibrationWriter from " + samples.size() + " labelled texts"
                    + " (Lingua 1.2.2's test data, first " + FIT_LINES + " lines of each file).\n");
            out.write("# Format: README.md beside this file.\n");
            out.write("null-below\t" + NULL_BELOW + "\n");
            out.write("# The first pass decided " + decided + " of the " + ranked.size() + " texts it ranked.\n");
            out.write("decide-at\t" + DECIDE_AT + "\n");
            out.write("# script\tfrom-share\tprobability\t(" + scriptRight + " right of " + scriptTotal + ")\n");
            out.write("script\t" + SCRIPT_SHARE + "\t" + probability(scriptRight, scriptTotal) + "\n");
            profile.write(out, "profile", profileP);
            lingua.write(out, "lingua", lingua.fit());
        }
    }

    /** Right answers and texts per band of letters and bin of margin. */
    private static final class Table {
        private final double[] margins;
        private final long[][] right;
        private final long[][] total;

        Table(double[] margins) {
            this.margins = margins;
            this.right = new long[LETTER_BANDS.length][margins.length];
            this.total = new long[LETTER_BANDS.length][margins.length];
        }

        void add(Evidence e, String gold) {
            int band = index(LETTER_BANDS, e.letters());
            int bin = index(margins, e.margin());
            total[band][bin]++;
            right[band][bin] += e.code().equals(gold) ? 1 : 0;
        }

        double[][] fit() {
            double[][] p = new double[LETTER_BANDS.length][];
            for (int band = 0; band < LETTER_BANDS.length; band++) {
                p[band] = Isotonic.fit(right[band], total[band]);
                for (int bin = 0; bin < margins.length; bin++) {
                    // Smoothing gives small pools less than large ones: keep the table monotone in both ways.
                    p[band][bin] = Math.max(p[band][bin],
                            Math.max(band > 0 ? p[band - 1][bin] : 0, bin > 0 ? p[band][bin - 1] : 0));
                }
            }
            return p;
        }

        void write(Writer out, String kind, double[][] p) throws IOException {
            out.write("# " + kind + "\tfrom-letters\tfrom-margin\tprobability\tright/texts in the bin\n");
            for (int band = 0; band < LETTER_BANDS.length; band++) {
                for (int bin = 0; bin < margins.length; bin++) {
                    out.write(kind + "\t" + LETTER_BANDS[band] + "\t" + margins[bin] + "\t" + p[band][bin] + "\t"
                            + right[band][bin] + "/" + total[band][bin] + "\n");
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
