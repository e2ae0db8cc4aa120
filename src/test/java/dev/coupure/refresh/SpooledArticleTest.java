package dev.coupure.refresh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coupure.input.InputReader;
import dev.coupure.input.InputRef;
import dev.coupure.lang.LanguageIdentifier;
import dev.coupure.pipeline.Outcome;
import dev.coupure.pipeline.Pipeline;
import dev.coupure.record.ArticleRecord;
import dev.coupure.record.JsonLines;
import dev.coupure.story.Placement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The placement written into a spooled record's text gives the bytes that placing the record and writing it gives. */
class SpooledArticleTest {

    private static List<Outcome.Article> seeds;

    @BeforeAll
    static void seeds() throws Exception {
        Pipeline pipeline = new Pipeline(LanguageIdentifier.forLanguages(List.of("fr", "en")), false);
        InputReader reader = new InputReader(1 << 20, null);
        List<Path> paths;
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            paths = files.sorted().toList();
        }
        List<Outcome.Article> read = new ArrayList<>();
        for (Path p : paths) {
            read.add((Outcome.Article) pipeline.process(reader.read(new InputRef(p.toString(), p))));
        }
        seeds = read;
    }

    @Test
    void aPlacementWrittenIntoTheLineIsThePlacedRecordsJson() throws IOException {
        List<Placement> placements = List.of(new Placement(null, "s0123456789abcdef"),
                new Placement("archive/« Le \"conseil\" »\\été.txt", "sfedcba9876543210"));
        for (Outcome.Article a : seeds) {
            byte[] line = StateFormat.json(new StateFormat.ArticleLine(a.sketch(), a.record())).getBytes(StandardCharsets.UTF_8);
            for (Placement p : placements) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                assertTrue(SpooledArticle.writePlaced(line, line.length, p, out));
                assertEquals(JsonLines.toJson(a.record().placed(p.duplicateOf(), p.story())) + "\n",
                        out.toString(StandardCharsets.UTF_8), a.record().source().path());
            }
        }
    }

    @Test
    void theReportsCountsAndTheSketchReadFromTheLineAreTheRecordsOwn() throws IOException {
        for (Outcome.Article a : seeds) {
            byte[] line = StateFormat.json(new StateFormat.ArticleLine(a.sketch(), a.record())).getBytes(StandardCharsets.UTF_8);
            StateFormat.Reused reused = StateFormat.reused(line, line.length);
            assertEquals(RunReport.Tally.of(a.record()), reused.tally());
            assertEquals(a.sketch(), reused.sketch());
            assertTrue(reused.tally().mentions() > 0, "the seeds name people and places");
        }
    }

    @Test
    void aRecordNotLaidOutAsThisBuildWritesItIsLeftToBeReadBack() throws IOException {
        Outcome.Article first = seeds.get(0);
        ArticleRecord placedAlready = first.record().placed(null, "s0000000000000000");
        for (String line : List.of(StateFormat.json(new StateFormat.ArticleLine(first.sketch(), placedAlready)),
                "{\"sketch\":{},\"article\":{\"id\":\"x\"}}", "{\"sketch\":{}}", "")) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertFalse(SpooledArticle.writePlaced(bytes, bytes.length, new Placement(null, "s1111111111111111"), out), line);
            assertEquals(0, out.size(), "nothing is written of a line left to be read back");
        }
    }
}
