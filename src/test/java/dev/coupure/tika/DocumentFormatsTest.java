package dev.coupure.tika;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coupure.input.RawDocument;
import dev.coupure.lang.LanguageIdentifier;
import dev.coupure.pipeline.Outcome;
import dev.coupure.pipeline.Pipeline;
import dev.coupure.record.ArticleRecord;
import dev.coupure.record.ErrorRecord;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One French article saved in every document format Coupure reads gives the article back: its
 * paragraphs (token F1 ≥ 0.95 against them), and the title and authors the same article gives as
 * a text dump. Metadata feeds the record only where it is plausible.
 */
class DocumentFormatsTest {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private static Pipeline pipeline;
    private static Documents.Article article;
    private static ArticleRecord dump;

    enum Format {
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ODT("application/vnd.oasis.opendocument.text"),
        PDF("application/pdf"),
        RTF("application/rtf"),
        EPUB("application/epub+zip"),
        EML("message/rfc822");

        final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        byte[] save(Documents.Article a) {
            return switch (this) {
                case DOCX -> Documents.docx(a);
                case ODT -> Documents.odt(a);
                case PDF -> Documents.pdf(a, Optional.empty());
                case RTF -> Documents.rtf(a);
                case EPUB -> Documents.epub(a);
                case EML -> Documents.eml(a);
            };
        }

        String fileName() {
            return "article." + name().toLowerCase(Locale.ROOT);
        }
    }

    @BeforeAll
    static void setUp() {
        pipeline = new Pipeline(LanguageIdentifier.forLanguages(List.of("fr", "en", "de")), false);
        article = Documents.article();
        dump = article(pipeline.process(new RawDocument("article.txt", article.dump().getBytes(UTF_8), null, null)));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void eachFormatGivesTheArticleBack(Format format) {
        ArticleRecord record = article(pipeline.process(new RawDocument(format.fileName(), format.save(article), null, null)));
        double f1 = f1(record.text(), String.join("\n\n", article.paragraphs()));
        System.out.printf(Locale.ROOT, "%s body F1 %.3f%n", format, f1);
        assertTrue(f1 >= 0.95, format + ": body F1 " + f1 + "\n" + record.text());
        assertEquals(format.mediaType, record.source().mediaType());
        assertEquals(article.title(), record.title(), format + ": title");
        assertEquals(dump.title(), record.title());
        assertEquals(List.of(article.author()), record.authors(), format + ": authors");
        assertEquals(dump.authors(), record.authors());
        assertEquals("fr", record.language().code());
        assertEquals("2025-03-14", record.published().date(), format + ": the dateline's day");
    }

    /** The same article as LibreOffice saves it (src/test/resources/documents/README.md). */
    @ParameterizedTest
    @ValueSource(strings = {"article.docx", "article.doc", "article.odt", "article.pdf", "article.rtf", "article.epub"})
    void documentsAWordProcessorSavedGiveTheArticleBack(String name) throws IOException {
        byte[] bytes;
        try (InputStream in = DocumentFormatsTest.class.getResourceAsStream("/documents/" + name)) {
            bytes = in.readAllBytes();
        }
        ArticleRecord record = article(pipeline.process(new RawDocument(name, bytes, null, null)));
        double f1 = f1(record.text(), String.join("\n\n", article.paragraphs()));
        System.out.printf(Locale.ROOT, "LibreOffice %s body F1 %.3f%n", name, f1);
        assertTrue(f1 >= 0.95, name + ": body F1 " + f1 + "\n" + record.text());
        assertEquals(dump.title(), record.title(), name);
        assertEquals(dump.authors(), record.authors(), name);
        assertEquals("2025-03-14", record.published().date(), name);
        assertEquals("dc:title", record.source().provenance().get("title"), name);
    }

    @Test
    void metadataThatAgreesWithTheTextIsItsProvenance() {
        Map<String, String> docx = record(Format.DOCX).source().provenance();
        assertEquals("dc:title", docx.get("title"));
        assertEquals("dc:creator", docx.get("authors"));
        Map<String, String> eml = record(Format.EML).source().provenance();
        assertEquals("email:subject", eml.get("title"));
        assertEquals("email:from", eml.get("authors"));
        ArticleRecord epub = record(Format.EPUB);
        assertEquals(Documents.PUBLISHER, epub.source().name());
        assertEquals("dc:publisher", epub.source().provenance().get("name"));
    }

    /** The PDF says its title is "Microsoft Word - mediatheque_v2.docx" and its author "admin": neither is believed. */
    @Test
    void placeholderTitlesAndAccountNamesAreNotBelieved() {
        ArticleRecord pdf = record(Format.PDF);
        assertFalse(pdf.source().provenance().containsKey("title"));
        assertFalse(pdf.source().provenance().containsKey("authors"));
        Documents.Article bare = new Documents.Article(article.title(), "", article.dateline(), article.paragraphs());
        ArticleRecord noByline = article(pipeline.process(new RawDocument("bare.pdf",
                Documents.pdf(bare, Optional.empty()), null, null)));
        assertEquals(List.of(), noByline.authors(), "an account name is not an author");
    }

    /** A file's creation date says when the file was made: the dateline wins, and says so. */
    @Test
    void aFileDateDoesNotOverruleTheDateline() {
        ArticleRecord pdf = record(Format.PDF);
        assertEquals("2025-03-14", pdf.published().date());
        assertTrue(pdf.warnings().stream().anyMatch(w -> w.contains("dcterms:created")), pdf.warnings().toString());
    }

    /** An e-mail's Date is what "hier" counts from, and never a publication date by itself. */
    @Test
    void anEmailDateIsAReferenceNotAPublicationDate() {
        String body = String.join("\n\n", article.title(), article.byline(), "Publié hier à 17h30",
                String.join("\n\n", article.paragraphs())) + "\n";
        ArticleRecord relative = article(pipeline.process(new RawDocument("hier.eml",
                Documents.eml(article.title(), "Claire Dubois <c@example.org>", "Fri, 14 Mar 2025 10:02:00 +0100", body),
                null, null)));
        assertEquals("2025-03-13", relative.published().date());
        assertEquals("email:date", relative.published().source());

        String undated = String.join("\n\n", article.title(), String.join("\n\n", article.paragraphs())) + "\n";
        ArticleRecord none = article(pipeline.process(new RawDocument("undated.eml",
                Documents.eml(article.title(), "Claire Dubois <c@example.org>", "Fri, 14 Mar 2025 10:02:00 +0100", undated),
                null, null)));
        assertNull(none.published(), "the Date header alone is not a publication date");
    }

    /** Of an e-mail's plain and HTML versions, Tika reads the HTML one; its unsubscribe link is furniture. */
    @Test
    void anHtmlEmailGivesTheArticleBack() {
        ArticleRecord record = article(pipeline.process(new RawDocument("newsletter.eml",
                Documents.emlWithHtml(article), null, null)));
        double f1 = f1(record.text(), String.join("\n\n", article.paragraphs()));
        assertTrue(f1 >= 0.95, "body F1 " + f1 + "\n" + record.text());
        assertEquals(article.title(), record.title());
        assertEquals(List.of(article.author()), record.authors());
    }

    @Test
    void aSenderWithoutANameGivesNoAuthorAndNeverTheAddress() {
        String undated = String.join("\n\n", article.title(), String.join("\n\n", article.paragraphs())) + "\n";
        ArticleRecord record = article(pipeline.process(new RawDocument("anonymous.eml",
                Documents.eml(article.title(), "claire.dubois@example.org", "Fri, 14 Mar 2025 10:02:00 +0100", undated),
                null, null)));
        assertEquals(List.of(), record.authors());
    }

    @Test
    void anEncryptedPdfIsAnEncryptedError() {
        ErrorRecord error = error(pipeline.process(new RawDocument("locked.pdf",
                Documents.pdf(article, Optional.of("secret")), null, null)));
        assertEquals("encrypted", error.error().kind(), error.error().message());
    }

    @Test
    void aPasswordProtectedWordFileIsAnEncryptedError() {
        ErrorRecord error = error(pipeline.process(new RawDocument("locked.docx",
                Documents.withPassword(Documents.docx(article), "secret"), null, null)));
        assertEquals("encrypted", error.error().kind(), error.error().message());
    }

    @Test
    void aCorruptPdfIsMalformed() {
        byte[] pdf = Documents.pdf(article, Optional.empty());
        byte[] damaged = new byte[pdf.length / 3];
        System.arraycopy(pdf, 0, damaged, 0, damaged.length);
        for (int i = 200; i < damaged.length; i += 7) {
            damaged[i] = (byte) 0xFF;
        }
        ErrorRecord error = error(pipeline.process(new RawDocument("broken.pdf", damaged, null, null)));
        assertEquals("malformed", error.error().kind(), error.error().message());
    }

    @Test
    void anImageIsAnUnsupportedFormatNamedByItsType() {
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        ErrorRecord error = error(pipeline.process(new RawDocument("photo.txt", png, null, null)));
        assertEquals("unsupported-format", error.error().kind());
        assertTrue(error.error().message().contains("image/png"), error.error().message());
    }

    private static ArticleRecord record(Format format) {
        return article(pipeline.process(new RawDocument(format.fileName(), format.save(article), null, null)));
    }

    static ArticleRecord article(Outcome outcome) {
        return assertInstanceOf(Outcome.Article.class, outcome, () -> "failed: " + outcome).record();
    }

    static ErrorRecord error(Outcome outcome) {
        return assertInstanceOf(Outcome.Failure.class, outcome, () -> "not an error: " + outcome).record();
    }

    /** Token F1 of a text against the gold: words, lower-cased, counted with repetition. */
    static double f1(String text, String gold) {
        Map<String, Integer> found = words(text);
        Map<String, Integer> expected = words(gold);
        int common = 0;
        for (Map.Entry<String, Integer> e : found.entrySet()) {
            common += Math.min(e.getValue(), expected.getOrDefault(e.getKey(), 0));
        }
        int foundCount = found.values().stream().mapToInt(Integer::intValue).sum();
        int expectedCount = expected.values().stream().mapToInt(Integer::intValue).sum();
        if (common == 0) {
            return 0;
        }
        double precision = (double) common / foundCount;
        double recall = (double) common / expectedCount;
        return 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }
}
