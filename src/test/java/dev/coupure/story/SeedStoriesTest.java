package dev.coupure.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.coupure.input.InputReader;
import dev.coupure.input.InputRef;
import dev.coupure.lang.LanguageIdentifier;
import dev.coupure.pipeline.Outcome;
import dev.coupure.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The seeds' stories: 000, 001 and 002 report the signing of the Russia-Iran treaty; 003 (the
 * treaty announced at a forum in Minsk) and 004 (an earlier meeting in Ashgabat, same two
 * presidents) are other events.
 */
class SeedStoriesTest {

    @Test
    void theTreatySigningIsOneStoryAndTheOtherEventsStandAlone() throws Exception {
        Pipeline pipeline = new Pipeline(LanguageIdentifier.forLanguages(List.of("fr", "en", "de")), false);
        List<Sketch> sketches = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path seed : files.sorted().toList()) {
                Outcome outcome = pipeline.process(new InputReader(Long.MAX_VALUE, System.in).read(new InputRef(seed.toString(), seed)));
                sketches.add(Sketch.of(assertInstanceOf(Outcome.Article.class, outcome).record()));
            }
        }
        List<Placement> placements = new StoryGrouper().group(sketches);
        List<String> stories = placements.stream().map(Placement::story).toList();

        assertEquals(5, stories.size());
        assertEquals("s" + sketches.get(0).id(), stories.get(0), "a story is named after its first record");
        assertEquals(stories.get(0), stories.get(1), "001 reports the signing");
        assertEquals(stories.get(0), stories.get(2), "002 reports the signing");
        assertEquals("s" + sketches.get(3).id(), stories.get(3), "003 is alone");
        assertEquals("s" + sketches.get(4).id(), stories.get(4), "004 is alone");
        assertNotEquals(stories.get(3), stories.get(4));
        placements.forEach(p -> assertNull(p.duplicateOf(), "the seeds have no copies"));
    }
}
