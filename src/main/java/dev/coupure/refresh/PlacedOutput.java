package dev.coupure.refresh;

import dev.coupure.record.ArticleRecord;
import dev.coupure.record.ErrorRecord;
import dev.coupure.record.JsonLines;
import dev.coupure.story.Placement;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Writes a spool's records, each article with its place among the others, in the spool's order.
 * An article's placement is written into its JSON text ({@link SpooledArticle}); lines are taken
 * in chunks, prepared on every core, and written in order, so the bytes do not depend on the
 * thread count.
 */
final class PlacedOutput {

    private static final int CHUNK = 512;

    /** A spool line ready to write: the record's JSON, and what the run report counts of it. */
    private record Prepared(String json, RunReport.Tally article, Placement placement, ErrorRecord error) {
    }

    private PlacedOutput() {
    }

    /** @param placements one per article line of the spool, in order */
    static void write(Path spool, List<Placement> placements, JsonLines articles, JsonLines failures, RunReport report)
            throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
            lines.readLine();
            List<String> chunk = new ArrayList<>(CHUNK);
            int[] articleIndex = new int[CHUNK];
            int next = 0;
            boolean more = true;
            while (more) {
                chunk.clear();
                for (String line; chunk.size() < CHUNK && (line = lines.readLine()) != null; ) {
                    articleIndex[chunk.size()] = StateFormat.isArticle(line) ? next++ : -1;
                    chunk.add(line);
                }
                more = chunk.size() == CHUNK;
                for (Prepared p : prepare(chunk, articleIndex, placements)) {
                    if (p != null && p.article() != null) {
                        articles.writeLine(p.json());
                        report.article(p.article(), p.placement());
                    } else if (p != null) {
                        failures.writeLine(p.json());
                        report.error(p.error());
                    }
                }
            }
        }
    }

    private static Prepared[] prepare(List<String> chunk, int[] articleIndex, List<Placement> placements) throws IOException {
        Prepared[] prepared = new Prepared[chunk.size()];
        try {
            IntStream.range(0, chunk.size()).parallel().forEach(i -> prepared[i] = prepare(chunk.get(i),
                    articleIndex[i] < 0 ? null : placements.get(articleIndex[i])));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return prepared;
    }

    private static Prepared prepare(String line, Placement placement) {
        try {
            if (StateFormat.isArticle(line)) {
                String json = SpooledArticle.json(line);
                String placed = SpooledArticle.placed(json, placement);
                if (placed != null) {
                    return new Prepared(placed, SpooledArticle.tally(json), placement, null);
                }
            }
            Object record = StateFormat.record(line);
            if (record instanceof StateFormat.ArticleLine a) {
                ArticleRecord placed = a.article().placed(placement.duplicateOf(), placement.story());
                return new Prepared(JsonLines.toJson(placed), RunReport.Tally.of(a.article()), placement, null);
            }
            if (record instanceof StateFormat.ErrorLine e) {
                return new Prepared(JsonLines.toJson(e.error()), null, null, e.error());
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
