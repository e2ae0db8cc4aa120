package dev.coupure.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.coupure.input.InputException;
import dev.coupure.input.InputReader;
import dev.coupure.input.InputRef;
import dev.coupure.input.InputWalker;
import dev.coupure.input.Skips;
import dev.coupure.input.RawDocument;
import dev.coupure.lang.LanguageIdentifier;
import dev.coupure.pipeline.Outcome;
import dev.coupure.pipeline.Pipeline;
import dev.coupure.story.Placement;
import dev.coupure.story.Sketch;
import dev.coupure.story.StoryGrouper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The records the real pipeline writes must validate against the published schemas
 * (docs/record-schema.json, docs/error-schema.json), and the schemas must reject broken records,
 * so that neither the code nor the contract can drift without this test failing.
 */
class RecordSchemaTest {

    private static final Path RECORD_SCHEMA = Path.of("docs/record-schema.json");
    private static final Path ERROR_SCHEMA = Path.of("docs/error-schema.json");
    private static final Path SEEDS = Path.of("seeds");
    private static final Path HTML_PAGES = Path.of("src/test/resources/html-pages");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LanguageIdentifier languages;
    private static Pipeline explaining;
    private static Pipeline plain;
    private static JsonSchema recordSchema;
    private static JsonSchema errorSchema;
    private static JsonSchemaFactory factory;

    @BeforeAll
    static void setUp() throws IOException {
        languages = LanguageIdentifier.forLanguages(List.of("fr", "en", "de"));
        explaining = new Pipeline(languages, true);
        plain = new Pipeline(languages, false);
        factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        recordSchema = factory.getSchema(JSON.readTree(RECORD_SCHEMA.toFile()), config);
        errorSchema = factory.getSchema(JSON.readTree(ERROR_SCHEMA.toFile()), config);
    }

    // ---------------------------------------------------------------- the schemas themselves

    @Test
    void schemasAreValidDraft202012Schemas() throws IOException {
        JsonSchema meta = factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (Path file : List.of(RECORD_SCHEMA, ERROR_SCHEMA)) {
            JsonNode schema = JSON.readTree(file.toFile());
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText(), file.toString());
            assertNoErrors(file.toString(), meta.validate(schema));
        }
        assertEquals("https://coupure.dev/schema/coupure.article/1", JSON.readTree(RECORD_SCHEMA.toFile()).get("$id").asText());
        assertEquals("https://coupure.dev/schema/coupure.error/1", JSON.readTree(ERROR_SCHEMA.toFile()).get("$id").asText());
    }

    // ---------------------------------------------------------------- real records validate

    @Test
    void seedRecordsWithExplainValidate() throws IOException {
        List<Outcome> outcomes = runSeeds(explaining);
        assertEquals(seedCount(), outcomes.size(), "one outcome per seed file");
        for (Outcome o : outcomes) {
            ArticleRecord record = assertInstanceOf(Outcome.Article.class, o, () -> "seed failed: " + o).record();
            JsonNode node = validateArticle(record);
            assertTrue(node.has("blocks"), record.source().path() + ": --explain record without blocks");
            assertFalse(node.get("blocks").isEmpty(), record.source().path() + ": no blocks for a non-empty seed");
        }
    }

    @Test
    void seedRecordsWithoutExplainValidate() throws IOException {
        List<Outcome> outcomes = runSeeds(plain);
        assertEquals(seedCount(), outcomes.size(), "one outcome per seed file");
        for (Outcome o : outcomes) {
            ArticleRecord record = assertInstanceOf(Outcome.Article.class, o, () -> "seed failed: " + o).record();
            JsonNode node = validateArticle(record);
            assertFalse(node.has("blocks"), record.source().path() + ": blocks written without --explain");
        }
    }

    @Test
    void webPageRecordsValidateWithAndWithoutExplain() throws IOException {
        for (Pipeline pipeline : List.of(explaining, plain)) {
            List<Outcome> outcomes = run(pipeline, HTML_PAGES, "*.html");
            assertTrue(outcomes.size() >= 20, "the hand-written page corpus is there");
            for (Outcome o : outcomes) {
                ArticleRecord record = assertInstanceOf(Outcome.Article.class, o, () -> "page failed: " + o).record();
                JsonNode node = validateArticle(record);
                assertEquals("text/html", node.at("/source/media_type").asText(), record.source().path());
                assertEquals(pipeline == explaining, node.has("blocks"), record.source().path());
            }
        }
    }

    /** Documents read by Tika: their media types, provenance and dates, and their error kinds, are in the contract. */
    @Test
    void documentRecordsAndErrorsValidate() throws IOException {
        Path documents = Path.of("src/test/resources/documents");
        for (String name : List.of("article.docx", "article.doc", "article.odt", "article.pdf", "article.rtf", "article.epub")) {
            byte[] bytes = Files.readAllBytes(documents.resolve(name));
            for (Pipeline pipeline : List.of(explaining, plain)) {
                Outcome o = pipeline.process(new RawDocument(name, bytes, null, null));
                validateArticle(assertInstanceOf(Outcome.Article.class, o, () -> name + ": " + o).record());
            }
            byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length / 4);
            Outcome broken = plain.process(new RawDocument("broken-" + name, truncated, null, null));
            if (broken instanceof Outcome.Failure f) {
                validateError(f.record());
            }
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Outcome image = plain.process(new RawDocument("photo.png", png, null, null));
        validateError(assertInstanceOf(Outcome.Failure.class, image).record());
    }

    /** The schema documents exactly the keys the records carry: no more (additionalProperties) and no fewer (this). */
    @Test
    void schemaNamesEveryPropertyTheRecordsCarry() throws IOException {
        JsonNode schema = JSON.readTree(RECORD_SCHEMA.toFile());
        Set<String> top = new TreeSet<>();
        Set<String> block = new TreeSet<>();
        List<Outcome> outcomes = new ArrayList<>(runSeeds(explaining));
        outcomes.addAll(run(explaining, HTML_PAGES, "*.html"));
        List<ArticleRecord> records = new ArrayList<>(outcomes.stream().map(o -> ((Outcome.Article) o).record()).toList());
        records.add(records.get(0)); // a copy, which carries duplicate_of
        List<Placement> placements = new StoryGrouper().group(records.stream().map(Sketch::of).toList());
        for (int i = 0; i < records.size(); i++) {
            ArticleRecord record = records.get(i).placed(placements.get(i).duplicateOf(), placements.get(i).story());
            JsonNode node = JSON.readTree(JsonLines.toJson(record));
            node.fieldNames().forEachRemaining(top::add);
            node.get("blocks").forEach(b -> b.fieldNames().forEachRemaining(block::add));
        }
        assertEquals(names(schema.get("properties")), top);
        assertEquals(names(schema.at("/$defs/block/properties")), block);
        // every key the records always write is required; only the --explain extras and the copies' pointer are optional
        Set<String> required = new TreeSet<>();
        schema.get("required").forEach(n -> required.add(n.asText()));
        Set<String> expected = new TreeSet<>(top);
        expected.remove("blocks");
        expected.remove("duplicate_of");
        assertEquals(expected, required);
    }

    @Test
    void edgeCaseDocumentsValidate() throws IOException {
        Charset cp1252 = Charset.forName("windows-1252");
        Map<String, byte[]> inputs = new LinkedHashMap<>();
        inputs.put("empty.txt", new byte[0]);
        inputs.put("blank.txt", " \n\n\t\n".getBytes(StandardCharsets.UTF_8));
        inputs.put("no-letters.txt", "12 34 56\n-----\n".getBytes(StandardCharsets.UTF_8));
        inputs.put("cp1252.txt", "Le café crème et le thé à la française sont servis à la terrasse ce matin.\n".getBytes(cp1252));
        inputs.put("bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "Un article très court, écrit en français, qui tient sur une seule ligne de texte.".getBytes(StandardCharsets.UTF_8)));
        inputs.put("mixed.txt", String.join("\n",
                "Un titre pour cet article de test",
                "",
                "Ce paragraphe est écrit en français et il raconte une histoire assez longue pour être reconnu.",
                "",
                "This paragraph, however, is written in English and long enough to be identified on its own.",
                "",
                "Publicité",
                "") .getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> e : inputs.entrySet()) {
            for (Pipeline pipeline : List.of(explaining, plain)) {
                Outcome o = pipeline.process(new RawDocument(e.getKey(), e.getValue(), null, null));
                validateArticle(assertInstanceOf(Outcome.Article.class, o, () -> e.getKey() + ": " + o).record());
            }
        }
    }

    /** Sidecar dates win over the text's; the seeds have no sidecar. */
    @Test
    void sidecarMetadataValidates(@TempDir Path dir) throws IOException, InputException {
        byte[] seed = Files.readAllBytes(firstSeed());
        String[] sidecars = {
            "{\"url\":\"https://www.example.org/a/b\",\"source_name\":\"Example\",\"fetched_at\":\"2025-01-17T10:00:00Z\","
                    + "\"published\":\"2025-01-17T09:00:00+01:00\"}",
            "{\"published\":\"2025-01-17T09:30:15.250-05:00\"}",
            "{\"published\":\"2025-01-17\"}",
            "{\"published\":\"2025-01\"}",
            "{\"published\":\"2025\"}",
            "{\"published\":\"yesterday\",\"url\":\"not a url\"}",
            "not json at all",
        };
        InputReader reader = new InputReader(50L * 1024 * 1024, InputStream.nullInputStream());
        int dated = 0;
        for (int i = 0; i < sidecars.length; i++) {
            Path file = dir.resolve("doc" + i + ".txt");
            Files.write(file, seed);
            Files.writeString(dir.resolve("doc" + i + ".meta.json"), sidecars[i], StandardCharsets.UTF_8);
            RawDocument doc = reader.read(new InputRef(file.toString(), file));
            Outcome o = explaining.process(doc);
            ArticleRecord record = assertInstanceOf(Outcome.Article.class, o, () -> file + ": " + o).record();
            validateArticle(record);
            if (record.published() != null && record.published().source().equals("sidecar")) {
                dated++;
            }
        }
        assertEquals(5, dated, "the five well-formed sidecar dates give a published object from the sidecar");
    }

    // ---------------------------------------------------------------- error records

    @Test
    void errorRecordsValidate() throws IOException {
        for (String kind : List.of("not-found", "not-regular", "symlink-loop", "unreadable", "too-large", "not-text",
                "unsupported-format", "nesting-too-deep", "zip-bomb", "encrypted", "truncated", "malformed", "timeout",
                "out-of-memory", "internal")) {
            validateError(new ErrorRecord("some/input.txt", kind, "some/input.txt: what went wrong"));
        }
    }

    @Test
    void realErrorRecordsValidate(@TempDir Path dir) throws IOException {
        List<ErrorRecord> errors = new ArrayList<>();
        // a path that does not exist
        InputReader reader = new InputReader(50L * 1024 * 1024, InputStream.nullInputStream());
        for (InputRef ref : new InputWalker(null, new Skips()).expand(List.of(dir.resolve("missing.txt").toString()))) {
            errors.add(assertInstanceOf(Outcome.Failure.class, process(reader, explaining, ref)).record());
        }
        // too large
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "A line of text that is longer than the limit.\n".repeat(10));
        InputReader tiny = new InputReader(16, InputStream.nullInputStream());
        errors.add(assertInstanceOf(Outcome.Failure.class, process(tiny, explaining, new InputRef(big.toString(), big))).record());
        // binary content
        byte[] binary = new byte[512];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 7);
        }
        errors.add(assertInstanceOf(Outcome.Failure.class, explaining.process(new RawDocument("bin.dat", binary, null, null))).record());

        assertEquals(List.of("not-found", "too-large", "not-text"), errors.stream().map(e -> e.error().kind()).toList());
        for (ErrorRecord e : errors) {
            validateError(e);
        }
    }

    // ---------------------------------------------------------------- the schemas reject broken records

    static Stream<Arguments> brokenArticles() {
        return Stream.of(
                broken("title key missing", r -> r.remove("title")),
                broken("warnings key missing", r -> r.remove("warnings")),
                broken("unknown top-level key", r -> r.put("summary", "x")),
                broken("wrong schema string", r -> r.put("schema", "coupure.article/2")),
                broken("id too short", r -> r.put("id", "690747a16942b10")),
                broken("id upper-case", r -> r.put("id", "690747A16942B109")),
                broken("id not a string", r -> r.put("id", 42)),
                // java.util.regex lets $ match before a final newline; the length bounds close that gap
                broken("id with a trailing newline", r -> r.put("id", r.get("id").asText() + "\n")),
                broken("language code with a trailing newline", r -> ((ObjectNode) r.get("language")).put("code", "fr\n")),
                broken("sha256 not hex", r -> ((ObjectNode) r.get("source")).put("sha256", "z".repeat(64))),
                broken("unknown source key", r -> ((ObjectNode) r.get("source")).put("site", "x")),
                broken("source.url missing", r -> ((ObjectNode) r.get("source")).remove("url")),
                broken("provenance value not text|sidecar", r -> ((ObjectNode) r.at("/source/provenance")).put("url", "guess")),
                broken("provenance of an unknown field", r -> ((ObjectNode) r.at("/source/provenance")).put("lede", "text")),
                broken("provenance not a markup source", r -> ((ObjectNode) r.at("/source/provenance")).put("title", "json ld headline")),
                broken("story missing", r -> r.remove("story")),
                broken("story null", r -> r.putNull("story")),
                broken("story not named after a record id", r -> r.put("story", "story-1")),
                broken("duplicate_of null", r -> r.putNull("duplicate_of")),
                broken("duplicate_of empty", r -> r.put("duplicate_of", "")),
                broken("title is a number", r -> r.put("title", 3)),
                broken("author not a string", r -> ((ArrayNode) r.get("authors")).add(1)),
                broken("language code not ISO 639-1", r -> ((ObjectNode) r.get("language")).put("code", "fra")),
                broken("language confidence over 1", r -> ((ObjectNode) r.get("language")).put("confidence", 1.5)),
                broken("confidence without a language", r -> ((ObjectNode) r.get("language")).putNull("code")),
                broken("published is a bare string", r -> r.put("published", "2025-01-17")),
                broken("published date malformed", r -> r.set("published", date("2025-1-17", "day"))),
                broken("published precision unknown", r -> r.set("published", date("2025-01-17", "hour"))),
                broken("published precision disagrees with date", r -> r.set("published", date("2025-01", "day"))),
                broken("published source unknown", r -> r.set("published", ((ObjectNode) date("2025-01-17", "day")).put("source", "guess"))),
                broken("published missing evidence", r -> r.set("published", ((ObjectNode) date("2025-01-17", "day")).without("evidence"))),
                broken("entity of unknown type", r -> ((ArrayNode) r.get("entities")).addObject().put("name", "Kremlin").put("type", "BUILDING")),
                broken("entity with unknown key", r -> ((ArrayNode) r.get("entities")).addObject().put("name", "Kremlin").put("type", "LOC").put("score", 1)),
                broken("negative stat", r -> ((ObjectNode) r.get("stats")).put("words", -1)),
                broken("fractional stat", r -> ((ObjectNode) r.get("stats")).put("words", 1.5)),
                broken("stat missing", r -> ((ObjectNode) r.get("stats")).remove("chars")),
                broken("text is null", r -> r.putNull("text")),
                broken("block label unknown", r -> ((ObjectNode) r.get("blocks").get(0)).put("label", "advert")),
                broken("block without reason", r -> ((ObjectNode) r.get("blocks").get(0)).remove("reason")),
                broken("block line 0", r -> ((ObjectNode) r.get("blocks").get(0)).put("line", 0)),
                broken("block language not a code", r -> ((ObjectNode) r.get("blocks").get(0)).put("language", "French")),
                broken("blocks not an array", r -> r.put("blocks", "none")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenArticles")
    void schemaRejectsBrokenArticle(String what, Consumer<ObjectNode> breakIt) throws IOException {
        ObjectNode record = realRecord();
        assertNoErrors("the unbroken record", recordSchema.validate(record));
        breakIt.accept(record);
        assertFalse(recordSchema.validate(record).isEmpty(), "schema accepted a record with " + what + ": " + record);
    }

    @Test
    void publishedObjectsOfEveryPrecisionAreAccepted() throws IOException {
        for (JsonNode published : List.of(date("2025-01-17", "day"), date("2025-01", "month"), date("2025", "year"),
                ((ObjectNode) date("2025-01-17", "day")).put("datetime", "2025-01-17T09:00:00+01:00"),
                ((ObjectNode) date("2025-01-17", "day")).put("datetime", "2025-01-17T09:00:15Z"))) {
            ObjectNode record = realRecord();
            record.set("published", published);
            assertNoErrors(published.toString(), recordSchema.validate(record));
        }
    }

    @Test
    void errorSchemaRejectsBrokenErrors() throws IOException {
        ObjectNode good = (ObjectNode) JSON.readTree(JsonLines.toJson(new ErrorRecord("a.txt", "not-found", "a.txt: gone")));
        assertNoErrors("the unbroken error record", errorSchema.validate(good));
        List<Consumer<ObjectNode>> breakages = List.of(
                r -> ((ObjectNode) r.get("error")).put("kind", "exploded"),
                r -> ((ObjectNode) r.get("error")).remove("message"),
                r -> r.put("schema", "coupure.article/1"),
                r -> ((ObjectNode) r.get("source")).put("sha256", "x"),
                r -> r.remove("source"),
                r -> r.put("id", "0123456789abcdef"));
        for (Consumer<ObjectNode> b : breakages) {
            ObjectNode record = good.deepCopy();
            b.accept(record);
            assertFalse(errorSchema.validate(record).isEmpty(), "error schema accepted " + record);
        }
        // and neither schema accepts the other's records
        assertFalse(recordSchema.validate(good).isEmpty(), "article schema accepted an error record");
        assertFalse(errorSchema.validate(realRecord()).isEmpty(), "error schema accepted an article record");
    }

    // ---------------------------------------------------------------- what the schema cannot say

    /** docs/record.md: id is the first 16 hex digits of SHA-256 of the UTF-8 text, or of the input bytes when the text is empty. */
    @Test
    void idIsTheDocumentedHash() throws Exception {
        List<RawDocument> docs = new ArrayList<>();
        InputReader reader = new InputReader(50L * 1024 * 1024, InputStream.nullInputStream());
        for (InputRef ref : new InputWalker(null, new Skips()).expand(List.of(SEEDS.toString()))) {
            docs.add(reader.read(ref));
        }
        docs.add(new RawDocument("empty.txt", new byte[0], null, null));
        docs.add(new RawDocument("dashes.txt", "-----\n".getBytes(StandardCharsets.UTF_8), null, null));
        for (RawDocument doc : docs) {
            ArticleRecord record = ((Outcome.Article) plain.process(doc)).record();
            byte[] hashed = record.text().isEmpty() ? doc.bytes() : record.text().getBytes(StandardCharsets.UTF_8);
            assertEquals(sha256(hashed).substring(0, 16), record.id(), doc.path());
            assertEquals(sha256(doc.bytes()), record.source().sha256(), doc.path());
            // same input, same bytes
            assertEquals(JsonLines.toJson(record), JsonLines.toJson(((Outcome.Article) plain.process(doc)).record()), doc.path());
        }
    }

    // ---------------------------------------------------------------- helpers

    private static List<Outcome> runSeeds(Pipeline pipeline) {
        return run(pipeline, SEEDS, null);
    }

    /** @param glob which files of the directory are inputs: the page corpus keeps its expectations beside the pages */
    private static List<Outcome> run(Pipeline pipeline, Path directory, String glob) {
        InputReader reader = new InputReader(50L * 1024 * 1024, InputStream.nullInputStream());
        List<Outcome> outcomes = new ArrayList<>();
        for (InputRef ref : new InputWalker(glob, new Skips()).expand(List.of(directory.toString()))) {
            outcomes.add(process(reader, pipeline, ref));
        }
        return outcomes;
    }

    /** As {@code Batch} does it: a read failure becomes an error record. */
    private static Outcome process(InputReader reader, Pipeline pipeline, InputRef ref) {
        try {
            return pipeline.process(reader.read(ref));
        } catch (InputException e) {
            return new Outcome.Failure(new ErrorRecord(ref.path(), e.kind(), e.getMessage()));
        }
    }

    private static long seedCount() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            long n = files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith(".") && !p.toString().endsWith(".meta.json")).count();
            assertTrue(n > 0, "no seed files in " + SEEDS.toAbsolutePath());
            return n;
        }
    }

    private static Path firstSeed() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
    }

    private static JsonNode validateArticle(ArticleRecord record) throws IOException {
        String json = JsonLines.toJson(placedAlone(record));
        assertFalse(json.contains("\n"), "a record must fit on one line");
        JsonNode node = JSON.readTree(json);
        assertNoErrors(record.source().path() + " " + json, recordSchema.validate(node));
        return node;
    }

    private static void validateError(ErrorRecord record) throws IOException {
        String json = JsonLines.toJson(record);
        assertNoErrors(json, errorSchema.validate(JSON.readTree(json)));
    }

    private static void assertNoErrors(String what, Set<ValidationMessage> errors) {
        assertNotNull(errors);
        assertTrue(errors.isEmpty(), () -> what.substring(0, Math.min(what.length(), 400)) + "\nviolates the schema:\n"
                + errors.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n")));
    }

    /** A real --explain record of the first seed, as a mutable tree. */
    private static ObjectNode realRecord() throws IOException {
        InputReader reader = new InputReader(50L * 1024 * 1024, InputStream.nullInputStream());
        InputRef ref = new InputWalker(null, new Skips()).expand(List.of(firstSeed().toString())).get(0);
        Outcome o = process(reader, explaining, ref);
        return (ObjectNode) JSON.readTree(JsonLines.toJson(placedAlone(((Outcome.Article) o).record())));
    }

    /** The record as ingest writes it when no other record of the run is its copy or in its story. */
    private static ArticleRecord placedAlone(ArticleRecord record) {
        Placement placement = new StoryGrouper().group(List.of(Sketch.of(record))).get(0);
        return record.placed(placement.duplicateOf(), placement.story());
    }

    private static JsonNode date(String date, String precision) {
        ObjectNode d = JSON.createObjectNode();
        d.put("date", date);
        d.putNull("datetime");
        d.put("precision", precision);
        d.put("source", "sidecar");
        d.put("evidence", date);
        d.put("confidence", 1.0);
        return d;
    }

    private static Arguments broken(String what, Consumer<ObjectNode> breakIt) {
        return Arguments.of(what, breakIt);
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
