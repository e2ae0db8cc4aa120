package dev.coupure.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coupure.input.InputReader;
import dev.coupure.input.InputRef;
import dev.coupure.lang.LanguageIdentifier;
import dev.coupure.pipeline.Outcome;
import dev.coupure.pipeline.Pipeline;
import dev.coupure.record.ArticleRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the real pipeline on the hand-written page corpus ({@code src/test/resources/html-pages},
 * format in its README) and checks each record against the page's expectation: headline,
 * authors, date, language, publisher, URL, where the text starts and ends, every kept block in,
 * every piece of debris out.
 */
class HtmlPagesTest {

    private static final Path PAGES = Path.of("src/test/resources/html-pages");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Pipeline pipeline;

    @BeforeAll
    static void loadPipeline() {
        pipeline = new Pipeline(LanguageIdentifier.forLanguages(List.of("fr", "en", "de", "es")), false);
    }

    static Stream<String> pages() throws IOException {
        try (Stream<Path> files = Files.list(PAGES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html"))
                    .map(n -> n.substring(0, n.length() - ".html".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void recordMeetsThePagesExpectation(String page) throws Exception {
        JsonNode expect = JSON.readTree(PAGES.resolve(page + ".expect.json").toFile());
        Path file = PAGES.resolve(page + ".html");
        Outcome outcome = pipeline.process(new InputReader(1 << 20, InputStream.nullInputStream())
                .read(new InputRef(file.toString(), file)));
        ArticleRecord record = assertInstanceOf(Outcome.Article.class, outcome, () -> page + ": " + outcome).record();
        String text = fold(record.text());

        assertEquals("text/html", record.source().mediaType(), page);
        assertEquals(fold(expect.get("title").asText()), fold(record.title()), page + ": title");
        assertEquals(strings(expect.get("authors")), record.authors(), page + ": authors");
        assertEquals(textOrNull(expect.get("published")), record.published() == null ? null : record.published().date(),
                page + ": published");
        assertEquals(expect.get("language").asText(), record.language().code(), page + ": language");
        assertEquals(fold(textOrNull(expect.get("source_name"))), fold(record.source().name()), page + ": source name");
        assertEquals(textOrNull(expect.get("url")), record.source().url(), page + ": url");
        assertTrue(text.startsWith(fold(expect.get("body_first").asText())), () -> page + ": text starts with " + head(text));
        assertTrue(text.endsWith(fold(expect.get("body_last").asText())), () -> page + ": text ends with " + tail(text));
        for (String kept : strings(expect.get("body_contains"))) {
            assertTrue(text.contains(fold(kept)), () -> page + ": lost from the text: " + kept);
        }
        for (String debris : strings(expect.get("body_excludes"))) {
            assertFalse(text.contains(fold(debris)), () -> page + ": debris in the text: " + debris);
        }
    }

    private static String fold(String s) {
        return s == null ? null : s.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String head(String text) {
        return text.substring(0, Math.min(60, text.length()));
    }

    private static String tail(String text) {
        return text.substring(Math.max(0, text.length() - 60));
    }
}
