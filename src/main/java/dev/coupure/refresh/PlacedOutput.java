package dev.coupure.refresh;

import dev.coupure.record.ErrorRecord;
import dev.coupure.record.JsonLines;
import dev.coupure.story.Placement;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a spool's records, each article with its place among the others, in the spool's order.
 * An article's placement is written into its line's bytes ({@link SpooledArticle}): the write
 * phase copies the spool's bytes and parses no article's record (error lines, few, are read back).
 */
final class PlacedOutput {

    private PlacedOutput() {
    }

    /**
     * @param placements one per article line of the spool, in order
     * @param articles where the articles' records go, as JSON Lines
     */
    static void write(Path spool, List<Placement> placements, OutputStream articles, JsonLines failures, RunReport report)
            throws IOException {
        try (InputStream in = Files.newInputStream(spool)) {
            PreviousState.LineScanner lines = new PreviousState.LineScanner(in);
            lines.next();
            int next = 0;
            while (lines.next()) {
                if (StateFormat.startsWith(lines.bytes, lines.length, StateFormat.ARTICLE_LINE_START)) {
                    Placement placement = placements.get(next++);
                    if (!SpooledArticle.writePlaced(lines.bytes, lines.length, placement, articles)) {
                        articles.write(readBack(lines, placement));
                    }
                    report.article(placement);
                } else if (StateFormat.startsWith(lines.bytes, lines.length, StateFormat.ERROR_LINE_START)) {
                    ErrorRecord error = ((StateFormat.ErrorLine) StateFormat.record(text(lines))).error();
                    failures.write(error);
                    report.error(error);
                }
            }
        }
    }

    /** An article line laid out otherwise than this build writes it: read back, placed and written again. */
    private static byte[] readBack(PreviousState.LineScanner line, Placement placement) throws IOException {
        StateFormat.ArticleLine a = (StateFormat.ArticleLine) StateFormat.record(text(line));
        String placed = JsonLines.toJson(a.article().placed(placement.duplicateOf(), placement.story()));
        return (placed + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String text(PreviousState.LineScanner line) {
        return new String(line.bytes, 0, line.length, StandardCharsets.UTF_8);
    }
}
