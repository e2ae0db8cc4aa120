package dev.coupure.story;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Grouping quality on a generated archive whose stories are known (see {@link GeneratedNews}; figures in docs/stories.md). */
class GeneratedNewsTest {

    @Test
    void storiesMatchTheGeneratedEvents() {
        GeneratedNews.Archive archive = new GeneratedNews(7).archive(1_000);
        List<String> stories = new StoryGrouper().group(archive.records().stream().map(Sketch::of).toList())
                .stream().map(Placement::story).toList();
        GeneratedNews.Quality quality = GeneratedNews.Quality.of(stories, archive.events());
        assertTrue(quality.precision() >= 0.98, quality.toString());
        assertTrue(quality.recall() >= 0.75, quality.toString());
    }
}
