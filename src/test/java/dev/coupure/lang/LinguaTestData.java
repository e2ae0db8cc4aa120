package dev.coupure.lang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Labelled texts from Lingua's accuracy test data (a checkout of Lingua 1.2.2:
 * {@code src/accuracyReport/resources/language-testdata/}, one file per language and kind, one text a line):
 * single words, word pairs, and single sentences joined by 1, 2, 4 and 8 into texts, for a range of lines
 * of each file, so that one range fits the calibration and another checks it. Read at development time
 * only; nothing of it ships.
 */
final class LinguaTestData {

    /** A text and the code Coupure should report for it. */
    record Sample(String kind, String gold, String text) {
    }

    private static final int[] SENTENCES_PER_TEXT = {1, 2, 4, 8};

    private LinguaTestData() {
    }

    static List<Sample> read(Path dir, int fromLine, int toLine) {
        List<Sample> samples = new ArrayList<>();
        for (Path file : files(dir.resolve("sentences"))) {
            List<String> lines = lines(file, fromLine, toLine);
            for (int n : SENTENCES_PER_TEXT) {
                for (int i = 0; i + n <= lines.size(); i += n) {
                    samples.add(new Sample("sentences-" + n, gold(file), String.join(" ", lines.subList(i, i + n))));
                }
            }
        }
        for (String kind : List.of("single-words", "word-pairs")) {
            for (Path file : files(dir.resolve(kind))) {
                lines(file, fromLine, toLine).forEach(l -> samples.add(new Sample(kind, gold(file), l)));
            }
        }
        return samples;
    }

    private static String gold(Path file) {
        return LanguageIdentifier.reported(file.getFileName().toString().replace(".txt", ""));
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file, int from, int to) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return all.subList(Math.min(from, all.size()), Math.min(to, all.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
