package dev.coupure.entity;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The weights of the name tagger, a linear sequence model (a structured perceptron): each feature
 * has a weight per tag, each pair of neighbouring tags a weight, and the best tag sequence of a
 * sentence is found exactly (Viterbi), with only well-formed sequences allowed (an I- tag follows a
 * B- or I- tag of its type). Immutable: one instance serves every thread.
 *
 * <p>Tags: {@code O}, then {@code B-} and {@code I-} for PER, ORG, LOC and MISC, in that order.
 *
 * <p>File format ({@code name-tagger.bin}, gzip-compressed, Java {@code DataOutput} big-endian):
 * the string {@value #MAGIC}; the number of feature templates and each template (see
 * {@link TaggerFeatures}); the number of tags (9); the transition weights, {@code (tags + 1) × tags}
 * floats, row 0 for the start of a sentence and row {@code p + 1} after tag {@code p}; the number of
 * features; each feature's 64-bit hash; then each feature's weights, one float per tag, in the same
 * order.
 */
final class TaggerModel {

    static final String MAGIC = "coupure-name-tagger/1";
    static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");
    static final int TAGS = 1 + 2 * TYPES.size();

    private final List<String> templates;
    private final FeatureTable table;
    private final float[] weights;
    private final float[] transitions;

    TaggerModel(List<String> templates, FeatureTable table, float[] weights, float[] transitions) {
        if (weights.length != table.size() * TAGS || transitions.length != (TAGS + 1) * TAGS) {
            throw new IllegalArgumentException("weights do not fit the features and tags");
        }
        this.templates = List.copyOf(templates);
        this.table = table;
        this.weights = weights;
        this.transitions = transitions;
    }

    List<String> templates() {
        return templates;
    }

    int features() {
        return table.size();
    }

    /** The feature hashes, by row. */
    long[] keys() {
        return table.keysByRow();
    }

    /** The weights, {@code [row × tags + tag]}; a copy. */
    float[] weights() {
        return weights.clone();
    }

    /** The transition weights, {@code [(previous tag + 1) × tags + tag]}; a copy. */
    float[] transitions() {
        return transitions.clone();
    }

    /** 0 for PER, 1 ORG, 2 LOC, 3 MISC (an unknown type counts as MISC). */
    static int typeIndex(String type) {
        int i = TYPES.indexOf(type);
        return i < 0 ? 3 : i;
    }

    /** The best tags of a sentence whose tokens have {@code features[token][template]}. */
    int[] tag(long[][] features) {
        return tag(features, -1);
    }

    /**
     * The best tags of a part of a sentence whose tokens have {@code features[token][template]},
     * after tag {@code before} (-1: the part opens the sentence).
     */
    int[] tag(long[][] features, int before) {
        assert TAGS == 9 : "the sums below keep one local per tag";
        int n = features.length;
        float[] emissions = new float[n * TAGS];
        int[] rows = new int[n == 0 ? 0 : features[0].length];
        for (int i = 0; i < n; i++) {
            // the look-ups first, all of them, so that their cache misses overlap
            int found = 0;
            for (long f : features[i]) {
                int row = table.row(f);
                if (row >= 0) {
                    rows[found++] = row;
                }
            }
            // then the sums, in the features' order, in one local per tag: a store per feature and tag
            // into the emissions was most of the work
            float e0 = 0, e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0, e7 = 0, e8 = 0;
            for (int k = 0; k < found; k++) {
                int base = rows[k] * TAGS;
                e0 += weights[base];
                e1 += weights[base + 1];
                e2 += weights[base + 2];
                e3 += weights[base + 3];
                e4 += weights[base + 4];
                e5 += weights[base + 5];
                e6 += weights[base + 6];
                e7 += weights[base + 7];
                e8 += weights[base + 8];
            }
            int at = i * TAGS;
            emissions[at] = e0;
            emissions[at + 1] = e1;
            emissions[at + 2] = e2;
            emissions[at + 3] = e3;
            emissions[at + 4] = e4;
            emissions[at + 5] = e5;
            emissions[at + 6] = e6;
            emissions[at + 7] = e7;
            emissions[at + 8] = e8;
        }
        return viterbi(emissions, transitions, n, before);
    }

    /** True when tag {@code cur} may follow tag {@code prev} (-1: the start of the sentence). */
    static boolean allowed(int prev, int cur) {
        if (cur == 0 || cur % 2 == 1) {
            return true;
        }
        return prev == cur || prev == cur - 1;
    }

    /**
     * The well-formed tag sequence with the highest total of emission and transition weights, after
     * tag {@code before} (-1: the start of a sentence).
     */
    static int[] viterbi(float[] emissions, float[] transitions, int n, int before) {
        int[] tags = new int[n];
        if (n == 0) {
            return tags;
        }
        float[] score = new float[n * TAGS];
        int[] back = new int[n * TAGS];
        for (int t = 0; t < TAGS; t++) {
            score[t] = allowed(before, t) ? emissions[t] + transitions[(before + 1) * TAGS + t] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int t = 0; t < TAGS; t++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                // an I- tag has two possible predecessors, its B- and itself (see allowed): only those are read
                boolean inside = t != 0 && t % 2 == 0;
                for (int p = inside ? t - 1 : 0; p <= (inside ? t : TAGS - 1); p++) {
                    float s = score[(i - 1) * TAGS + p] + transitions[(p + 1) * TAGS + t];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                score[i * TAGS + t] = best + emissions[i * TAGS + t];
                back[i * TAGS + t] = arg;
            }
        }
        int last = 0;
        for (int t = 1; t < TAGS; t++) {
            if (score[(n - 1) * TAGS + t] > score[(n - 1) * TAGS + last]) {
                last = t;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            tags[i] = last;
            last = back[i * TAGS + last];
        }
        return tags;
    }

    void write(OutputStream out) throws IOException {
        GZIPOutputStream zip = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(zip, 1 << 16));
        data.writeUTF(MAGIC);
        data.writeInt(templates.size());
        for (String t : templates) {
            data.writeUTF(t);
        }
        data.writeInt(TAGS);
        for (float w : transitions) {
            data.writeFloat(w);
        }
        long[] keys = keys();
        data.writeInt(keys.length);
        for (long k : keys) {
            data.writeLong(k);
        }
        for (float w : weights) {
            data.writeFloat(w);
        }
        data.flush();
        zip.finish();
    }

    static TaggerModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        if (!MAGIC.equals(data.readUTF())) {
            throw new IOException("not a " + MAGIC + " model");
        }
        int count = data.readInt();
        List<String> templates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            templates.add(data.readUTF());
        }
        if (data.readInt() != TAGS) {
            throw new IOException("the model's tags are not " + TYPES);
        }
        float[] transitions = new float[(TAGS + 1) * TAGS];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = data.readFloat();
        }
        int features = data.readInt();
        FeatureTable table = new FeatureTable(features);
        for (int i = 0; i < features; i++) {
            table.add(data.readLong());
        }
        float[] weights = new float[features * TAGS];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = data.readFloat();
        }
        return new TaggerModel(templates, table, weights, transitions);
    }
}
