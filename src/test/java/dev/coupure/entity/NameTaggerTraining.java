package dev.coupure.entity;

import dev.coupure.text.PersonNames;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Trains the name tagger's model (an averaged structured perceptron) and scores it on a held-out
 * part of the data. Not a test: run by {@code .ci/train-ner}, which says where the data comes from.
 * Deterministic: the corpora are read in the order given, every tenth text of each is held out,
 * and the sentences are shuffled before each pass by a generator with a fixed seed, so the same
 * data gives the same model, byte for byte.
 *
 * <p>Usage: {@code NameTaggerTraining --out MODEL --features TEMPLATES [--epochs N] [--min-count N] [--prune W]
 * (--hipe FILE | --own FILE[xWEIGHT])...}
 */
public final class NameTaggerTraining {

    private static final long SEED = 11L;
    private static final int HELD_OUT_EVERY = 10;
    private static final int TAGS = TaggerModel.TAGS;

    /** One training sentence: feature rows per token and template (-1: pruned), and the gold tags. */
    private record Sentence(int[][] rows, int[] gold) {
    }

    private final Gazetteer gazetteer = new Gazetteer();
    private final Lexicon lex = new Lexicon(PersonNames.load());
    private final Vocabulary vocabulary = new Vocabulary(gazetteer, lex);
    private final TaggerFeatures features;

    private NameTaggerTraining(List<String> templates) {
        this.features = new TaggerFeatures(templates, gazetteer, lex);
    }

    public static void main(String[] args) throws IOException {
        Path out = null;
        Path templateFile = null;
        int epochs = 12;
        int minCount = 2;
        float prune = 0;
        List<TrainingCorpus.Text> train = new ArrayList<>();
        Map<String, List<TrainingCorpus.Text>> heldOut = new java.util.LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String v = args[i + 1];
            switch (args[i]) {
                case "--out" -> out = Path.of(v);
                case "--features" -> templateFile = Path.of(v);
                case "--epochs" -> epochs = Integer.parseInt(v);
                case "--min-count" -> minCount = Integer.parseInt(v);
                case "--prune" -> prune = Float.parseFloat(v);
                case "--hipe" -> split(TrainingCorpus.hipe(Path.of(v)), 1, train,
                        heldOut.computeIfAbsent("NewsEye (HIPE-2022)", k -> new ArrayList<>()));
                case "--own" -> {
                    String[] fw = v.split("x(?=\\d+$)");
                    split(TrainingCorpus.own(Path.of(fw[0])), fw.length > 1 ? Integer.parseInt(fw[1]) : 1, train,
                            heldOut.computeIfAbsent("our own sentences", k -> new ArrayList<>()));
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (out == null || templateFile == null) {
            throw new IllegalArgumentException("--out and --features are required");
        }
        List<String> templates = new ArrayList<>();
        for (String line : Files.readAllLines(templateFile, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                templates.add(line.trim());
            }
        }
        NameTaggerTraining t = new NameTaggerTraining(templates);
        TaggerModel model = prune(t.train(train, epochs, minCount), prune);
        try (OutputStream o = Files.newOutputStream(out)) {
            model.write(o);
        }
        System.out.printf(Locale.ROOT, "model: %d features, %d bytes -> %s%n", model.features(), Files.size(out), out);
        List<TrainingCorpus.Text> all = new ArrayList<>();
        for (Map.Entry<String, List<TrainingCorpus.Text>> e : heldOut.entrySet()) {
            System.out.println("held out, " + e.getKey() + " (" + e.getValue().size() + " texts), exact names:");
            t.score(model, e.getValue());
            all.addAll(e.getValue());
        }
        System.out.println("held out, all (" + all.size() + " texts), exact names:");
        t.score(model, all);
    }

    /**
     * The model without the features whose every weight is under {@code threshold} in absolute
     * value: they change few decisions and cost a look-up each.
     */
    private static TaggerModel prune(TaggerModel model, float threshold) {
        long[] keys = model.keys();
        float[] weights = model.weights();
        FeatureTable table = new FeatureTable(keys.length);
        float[] kept = new float[weights.length];
        for (int row = 0; row < keys.length; row++) {
            float max = 0;
            for (int t = 0; t < TAGS; t++) {
                max = Math.max(max, Math.abs(weights[row * TAGS + t]));
            }
            if (max >= threshold) {
                System.arraycopy(weights, row * TAGS, kept, table.add(keys[row]) * TAGS, TAGS);
            }
        }
        return new TaggerModel(model.templates(), table, java.util.Arrays.copyOf(kept, table.size() * TAGS),
                model.transitions());
    }

    /** Every tenth text to the held-out part; the others, {@code weight} times, to training. */
    private static void split(List<TrainingCorpus.Text> texts, int weight, List<TrainingCorpus.Text> train,
            List<TrainingCorpus.Text> heldOut) {
        for (int i = 0; i < texts.size(); i++) {
            if (i % HELD_OUT_EVERY == HELD_OUT_EVERY - 1) {
                heldOut.add(texts.get(i));
            } else {
                for (int w = 0; w < weight; w++) {
                    train.add(texts.get(i));
                }
            }
        }
    }

    private Segment segment(TrainingCorpus.Text text) {
        return new Segment(text.text(), false, vocabulary);
    }

    static Set<String> lowerWords(Segment seg) {
        Set<String> out = new HashSet<>();
        for (Token t : seg.tokens) {
            if (t.word && !t.cap && !t.digit) {
                out.add(t.key);
            }
        }
        return out;
    }

    /** Gold tags of a segment's tokens: a token is in the name whose characters hold its start. */
    private static int[] goldTags(Segment seg, List<TrainingCorpus.Name> names) {
        int[] tags = new int[seg.tokens.size()];
        for (TrainingCorpus.Name n : names) {
            int type = TaggerModel.typeIndex(n.type());
            boolean first = true;
            for (int i = 0; i < seg.tokens.size(); i++) {
                Token t = seg.tokens.get(i);
                if (t.start >= n.start() && t.start < n.end()) {
                    tags[i] = first ? 1 + 2 * type : 2 + 2 * type;
                    first = false;
                }
            }
        }
        return tags;
    }

    private TaggerModel train(List<TrainingCorpus.Text> texts, int epochs, int minCount) {
        List<long[][]> hashes = new ArrayList<>();
        List<int[]> golds = new ArrayList<>();
        Map<Long, Integer> counts = new HashMap<>();
        for (TrainingCorpus.Text text : texts) {
            Segment seg = segment(text);
            Set<String> lower = lowerWords(seg);
            int[] gold = goldTags(seg, text.names());
            for (int[] s : NameTagger.sentences(seg)) {
                long[][] h = features.extract(seg, s[0], s[1], lower);
                hashes.add(h);
                int[] g = new int[s[1] - s[0]];
                System.arraycopy(gold, s[0], g, 0, g.length);
                repair(g);
                golds.add(g);
                for (long[] token : h) {
                    for (long f : token) {
                        counts.merge(f, 1, Integer::sum);
                    }
                }
            }
        }
        FeatureTable table = new FeatureTable(counts.size());
        List<Sentence> sentences = new ArrayList<>();
        for (int k = 0; k < hashes.size(); k++) {
            long[][] h = hashes.get(k);
            int[][] rows = new int[h.length][];
            for (int i = 0; i < h.length; i++) {
                rows[i] = new int[h[i].length];
                for (int j = 0; j < h[i].length; j++) {
                    rows[i][j] = counts.get(h[i][j]) >= minCount ? table.add(h[i][j]) : -1;
                }
            }
            sentences.add(new Sentence(rows, golds.get(k)));
        }
        hashes.clear();
        counts.clear();
        System.out.printf(Locale.ROOT, "training: %d texts, %d sentences, %d features%n", texts.size(), sentences.size(),
                table.size());
        return perceptron(sentences, table, epochs, features.templates());
    }

    /** An I- tag with no B- or I- of its type before it opens the name (texts cut mid-name). */
    private static void repair(int[] tags) {
        for (int i = 0; i < tags.length; i++) {
            if (tags[i] != 0 && tags[i] % 2 == 0 && !TaggerModel.allowed(i == 0 ? -1 : tags[i - 1], tags[i])) {
                tags[i]--;
            }
        }
    }

    private static TaggerModel perceptron(List<Sentence> sentences, FeatureTable table, int epochs, List<String> templates) {
        float[] w = new float[table.size() * TAGS];
        float[] trans = new float[(TAGS + 1) * TAGS];
        // sums of (step × update), for the averaged weights w - u / step
        double[] uw = new double[w.length];
        double[] ut = new double[trans.length];
        long step = 1;
        Random random = new Random(SEED);
        List<Sentence> order = new ArrayList<>(sentences);
        for (int epoch = 0; epoch < epochs; epoch++) {
            java.util.Collections.shuffle(order, random);
            int mistakes = 0;
            for (Sentence s : order) {
                int n = s.gold.length;
                float[] emissions = new float[n * TAGS];
                for (int i = 0; i < n; i++) {
                    for (int row : s.rows[i]) {
                        if (row >= 0) {
                            for (int t = 0; t < TAGS; t++) {
                                emissions[i * TAGS + t] += w[row * TAGS + t];
                            }
                        }
                    }
                }
                int[] pred = TaggerModel.viterbi(emissions, trans, n, -1);
                boolean wrong = false;
                for (int i = 0; i < n; i++) {
                    int gp = i == 0 ? -1 : s.gold[i - 1];
                    int pp = i == 0 ? -1 : pred[i - 1];
                    if (s.gold[i] == pred[i] && gp == pp) {
                        continue;
                    }
                    wrong = true;
                    trans[(gp + 1) * TAGS + s.gold[i]] += 1;
                    ut[(gp + 1) * TAGS + s.gold[i]] += step;
                    trans[(pp + 1) * TAGS + pred[i]] -= 1;
                    ut[(pp + 1) * TAGS + pred[i]] -= step;
                    if (s.gold[i] != pred[i]) {
                        for (int row : s.rows[i]) {
                            if (row >= 0) {
                                w[row * TAGS + s.gold[i]] += 1;
                                uw[row * TAGS + s.gold[i]] += step;
                                w[row * TAGS + pred[i]] -= 1;
                                uw[row * TAGS + pred[i]] -= step;
                            }
                        }
                    }
                }
                mistakes += wrong ? 1 : 0;
                step++;
            }
            System.out.printf(Locale.ROOT, "epoch %d: %d of %d sentences wrong%n", epoch + 1, mistakes, order.size());
        }
        float[] aw = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            aw[i] = (float) (w[i] - uw[i] / step);
        }
        float[] at = new float[trans.length];
        for (int i = 0; i < trans.length; i++) {
            at[i] = (float) (trans[i] - ut[i] / step);
        }
        return new TaggerModel(templates, table, aw, at);
    }

    /** Exact-match precision, recall and F1 of the names, by type and for PER, ORG and LOC together. */
    private void score(TaggerModel model, List<TrainingCorpus.Text> texts) {
        NameTagger tagger = new NameTagger(model, gazetteer, lex);
        Map<String, int[]> byType = new HashMap<>(); // type -> {tp, fp, fn}
        for (TrainingCorpus.Text text : texts) {
            Segment seg = segment(text);
            Set<String> gold = new HashSet<>();
            for (TrainingCorpus.Name n : text.names()) {
                int[] span = tokenSpan(seg, n);
                if (span != null) {
                    gold.add(span[0] + ":" + span[1] + ":" + n.type());
                }
            }
            Set<String> pred = new HashSet<>();
            for (NameTagger.Name n : tagger.names(seg, lowerWords(seg))) {
                pred.add(n.start() + ":" + n.end() + ":" + n.type());
            }
            for (String p : pred) {
                byType.computeIfAbsent(p.substring(p.lastIndexOf(':') + 1), k -> new int[3])[gold.contains(p) ? 0 : 1]++;
            }
            for (String g : gold) {
                if (!pred.contains(g)) {
                    byType.computeIfAbsent(g.substring(g.lastIndexOf(':') + 1), k -> new int[3])[2]++;
                }
            }
        }
        int[] all = new int[3];
        for (String type : List.of("PER", "ORG", "LOC", "MISC")) {
            int[] c = byType.getOrDefault(type, new int[3]);
            print(type, c);
            if (!type.equals("MISC")) {
                for (int k = 0; k < 3; k++) {
                    all[k] += c[k];
                }
            }
        }
        print("PER+ORG+LOC", all);
    }

    private static int[] tokenSpan(Segment seg, TrainingCorpus.Name n) {
        int start = -1;
        int end = -1;
        for (int i = 0; i < seg.tokens.size(); i++) {
            Token t = seg.tokens.get(i);
            if (t.start >= n.start() && t.start < n.end()) {
                if (start < 0) {
                    start = i;
                }
                end = i + 1;
            }
        }
        return start < 0 ? null : new int[] {start, end};
    }

    private static void print(String label, int[] c) {
        double p = c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf(Locale.ROOT, "  %-12s P %.3f R %.3f F1 %.3f (%d names)%n", label, p, r, f, c[0] + c[2]);
    }
}
