package dev.coupure.entity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Speed of the recognizer on one thread: not a test (timings belong in the docs, not in
 * assertions). With no argument it runs on the seed bodies; with arguments, on every {@code .txt}
 * file under the given folders. Reports the best of several passes after a warm-up, per article
 * and per 3,000 characters.
 */
public final class EntityBenchmark {

    private EntityBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long t0 = System.nanoTime();
        RuleBasedRecognizer recognizer = RuleBasedRecognizer.load();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        List<String> texts = new ArrayList<>();
        if (args.length == 0) {
            for (String seed : SeedEntitiesTest.SEEDS) {
                texts.add(SeedEntitiesTest.resource(seed + ".body.txt"));
            }
        } else {
            for (String dir : args) {
                try (Stream<Path> files = Files.walk(Path.of(dir))) {
                    for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                        texts.add(Files.readString(p, StandardCharsets.UTF_8));
                    }
                }
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        int entities = 0;
        for (int warm = 0; warm < 200; warm++) {
            for (String t : texts) {
                entities += recognizer.recognize(t, null, "fr").size();
            }
        }
        double best = Double.MAX_VALUE;
        for (int pass = 0; pass < 7; pass++) {
            long start = System.nanoTime();
            for (int rep = 0; rep < 20; rep++) {
                for (String t : texts) {
                    entities += recognizer.recognize(t, null, "fr").size();
                }
            }
            best = Math.min(best, (System.nanoTime() - start) / 1e6 / 20);
        }
        System.out.printf(Locale.ROOT, "load: %.0f ms; %d texts, %d chars (mean %d); best pass %.2f ms: %.3f ms per "
                + "text, %.3f ms per 3,000 chars (%d)%n", loadMs, texts.size(), chars, chars / Math.max(1, texts.size()),
                best, best / texts.size(), best / chars * 3000, entities % 10);
    }
}
