package dev.coupure.refresh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coupure.input.InputReader;
import dev.coupure.input.InputRef;
import dev.coupure.lang.LanguageIdentifier;
import dev.coupure.pipeline.Outcome;
import dev.coupure.pipeline.Pipeline;
import dev.coupure.record.ArticleRecord;
import dev.coupure.record.JsonLines;
import dev.coupure.story.Placement;
import java.io.IOException;
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
    void aPlacementWrittenIntoTheTextIsThePlacedRecordsJson() {
        List<Placement> placements = List.of(new Placement(null, "s0123456789abcdef"),
                new Placement("archive/« Le \"conseil\" »\\été.txt", "sfedcba9876543210"));
        for (Outcome.Article a : seeds) {
            String line = StateFormat.json(new StateFormat.ArticleLine(a.sketch(), a.record()));
            for (Placement p : placements) {
                assertEquals(JsonLines.toJson(a.record().placed(p.duplicateOf(), p.story())),
                        SpooledArticle.placed(SpooledArticle.json(line), p), a.record().source().path());
            }
        }
    }

    @Test
    void theReportsCountsReadFromTheTextAreTheRecordsOwn() throws IOException {
        for (Outcome.Article a : seeds) {
            String json = SpooledArticle.json(StateFormat.json(new StateFormat.ArticleLine(a.sketch(), a.record())));
            RunReport.Tally tally = SpooledArticle.tally(json);
            assertEquals(RunReport.Tally.of(a.record()), tally);
            assertTrue(tally.mentions() > 0, "the seeds name people and places");
        }
    }

    @Test
    void aRecordNotLaidOutAsThisBuildWritesItIsLeftToBeReadBack() {
        ArticleRecord placedAlready = seeds.get(0).record().placed(null, "s0000000000000000");
        assertNull(SpooledArticle.placed(JsonLines.toJson(placedAlready), new Placement(null, "s1111111111111111")));
        assertNull(SpooledArticle.placed("{\"id\":\"x\"}", new Placement(null, "s1111111111111111")));
    }
}
