package dev.coupure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the real pipeline on every seed dump and checks the record against what the project
 * promises for it ({@code src/test/resources/seeds-expected/<stem>.json}, format in the README
 * next to them).
 */
class SeedsTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final Set<String> BODY_LABELS = Set.of("body", "lede", "subheading");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Pipeline pipeline;

    @BeforeAll
    static void loadPipeline() {
        pipeline = new Pipeline(LanguageIdentifier.forLanguages(List.of("fr", "en", "de")), true);
    }

    static Stream<String> seedFiles() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList().stream();
        }
    }

    @Test
    void everySeedHasAnExpectation() throws IOException {
        List<String> seeds = seedFiles().toList();
        assertEquals(5, seeds.size(), "seeds/ should hold the five seed dumps: " + seeds);
        for (String seed : seeds) {
            assertNotNull(SeedsTest.class.getResource("/seeds-expected/" + stem(seed) + ".json"),
                    "no expectation file for " + seed);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedFiles")
    void recordKeepsThePromises(String seed) throws Exception {
        JsonNode expected = expectation(seed);
        assertEquals(seed, expected.get("file").asText(), "expectation file names another seed");

        Outcome outcome = pipeline.process(new InputReader(Long.MAX_VALUE, System.in)
                .read(new InputRef("seeds/" + seed, SEEDS.resolve(seed))));
        ArticleRecord record = assertInstanceOf(Outcome.Article.class, outcome, () -> seed + ": " + outcome).record();

        // Metadata.
        assertEquals(textOrNull(expected.get("title")), key(record.title()), seed + ": title");
        assertEquals(strings(expected.get("authors")), record.authors(), seed + ": authors");
        JsonNode source = expected.get("source");
        assertEquals(textOrNull(source.get("url")), record.source().url(), seed + ": source.url");
        assertEquals(textOrNull(source.get("domain")), record.source().domain(), seed + ": source.domain");
        assertEquals(textOrNull(source.get("name")), record.source().name(), seed + ": source.name");
        assertEquals(expected.get("language").asText(), record.language().code(), seed + ": language");
        JsonNode published = expected.get("published");
        if (published.isNull()) {
            assertNull(record.published(), seed + ": no date the text supports");
        } else {
            assertEquals(published.get("date").asText(), record.published().date(), seed + ": published");
            assertEquals(published.get("source").asText(), record.published().source(), seed + ": date source");
            assertTrue(record.published().evidence().contains(published.get("evidence_contains").asText()),
                    seed + ": evidence " + record.published().evidence());
        }

        // Text: every body line, in order, and nothing but body or optional lines.
        List<String> textLines = record.text().lines().filter(l -> !l.isBlank()).map(SeedsTest::key).toList();
        List<String> bodyLines = strings(expected.get("body_lines")).stream().map(SeedsTest::key).toList();
        Set<String> optional = strings(expected.get("optional_lines")).stream().map(SeedsTest::key).collect(Collectors.toSet());
        for (String body : bodyLines) {
            assertTrue(textLines.contains(body), () -> seed + ": body line missing from the text: " + body
                    + "\n--- text:\n" + record.text());
        }
        List<String> keptBody = textLines.stream().filter(bodyLines::contains).toList();
        assertEquals(bodyLines, keptBody, seed + ": body lines out of order");
        List<String> extra = textLines.stream().filter(l -> !bodyLines.contains(l) && !optional.contains(l)).toList();
        assertEquals(List.of(), extra, seed + ": lines in the text that are neither body nor optional");

        // Blocks: body lines get a body label, removed lines their label and kind.
        List<ArticleRecord.Block> blocks = record.blocks();
        assertNotNull(blocks, "the pipeline was built with explain=true: blocks expected");
        for (String body : bodyLines) {
            List<String> labels = blocks.stream().filter(b -> key(b.text()).equals(body)).map(ArticleRecord.Block::label).toList();
            assertFalse(labels.isEmpty(), () -> seed + ": no block for body line " + body);
            assertTrue(labels.stream().allMatch(BODY_LABELS::contains),
                    () -> seed + ": body line labelled " + labels + ": " + body);
        }
        for (JsonNode removed : expected.get("removed_lines")) {
            int line = removed.get("line").asInt();
            String text = key(removed.get("text").asText());
            assertFalse(textLines.contains(text), () -> seed + ": line " + line + " should not be in the text: " + text);
            ArticleRecord.Block block = blocks.stream().filter(b -> b.line() == line).findFirst()
                    .orElseThrow(() -> new AssertionError(seed + ": no block for line " + line));
            assertEquals(text, key(block.text()), seed + ": line " + line + " text");
            assertEquals(removed.get("label").asText(), block.label(),
                    () -> seed + ": line " + line + " label (reason: " + block.reason() + "): " + text);
            String kind = textOrNull(removed.get("kind"));
            if (kind != null) {
                assertEquals(kind, block.kind(), () -> seed + ": line " + line + " kind (reason: " + block.reason() + "): " + text);
            }
        }
    }

    @Test
    void expectationsCoverDistinctLines() throws IOException {
        for (String seed : seedFiles().toList()) {
            Set<Integer> seen = new HashSet<>();
            for (JsonNode removed : expectation(seed).get("removed_lines")) {
                if (!seen.add(removed.get("line").asInt())) {
                    fail(seed + ": line " + removed.get("line") + " listed twice in removed_lines");
                }
            }
        }
    }

    private static JsonNode expectation(String seed) throws IOException {
        try (InputStream in = SeedsTest.class.getResourceAsStream("/seeds-expected/" + stem(seed) + ".json")) {
            if (in == null) {
                throw new AssertionError("no expectation file for " + seed);
            }
            return JSON.readTree(in);
        }
    }

    private static String stem(String file) {
        return file.substring(0, file.lastIndexOf('.'));
    }

    /** Runs of white space (no-break spaces too) as one space, as the normalizer writes them. */
    private static String key(String s) {
        return s == null ? null : s.replaceAll("(?U)\\s+", " ").strip();
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : key(node.asText());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(key(n.asText())));
        }
        return out;
    }
}
