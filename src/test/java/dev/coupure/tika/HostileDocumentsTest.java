package dev.coupure.tika;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coupure.doc.Document;
import dev.coupure.doc.UnreadableException;
import dev.coupure.input.RawDocument;
import dev.coupure.lang.LanguageIdentifier;
import dev.coupure.pipeline.Outcome;
import dev.coupure.pipeline.Pipeline;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents built to attack their reader: external entities that would read a local file or
 * call a server, entity expansion that would fill the memory, nesting that would exhaust the
 * stack, text without end. Each becomes an error record or a bounded article, quickly, and
 * nothing is read or fetched. A server on the loopback address counts the connections a parser
 * would open.
 */
class HostileDocumentsTest {

    private static final String SECRET = "coupure-secret-5d81c3";
    private static final Duration FAST = Duration.ofSeconds(20);

    private static Pipeline pipeline;
    private static Documents.Article article;

    @TempDir
    Path dir;
    private Path secret;
    private ServerSocket server;

    @BeforeAll
    static void setUpPipeline() {
        pipeline = new Pipeline(LanguageIdentifier.forLanguages(List.of("fr", "en")), false);
        article = Documents.article();
    }

    @BeforeEach
    void setUp() throws IOException {
        secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        server.setSoTimeout(1);
    }

    @AfterEach
    void tearDown() throws IOException {
        server.close();
    }

    /** A DOCTYPE declaring a local file, /etc/passwd and a URL on the loopback server as entities. */
    private String doctype(String root) {
        return "<!DOCTYPE " + root + " [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">"
                + "<!ENTITY passwd SYSTEM \"file:///etc/passwd\">"
                + "<!ENTITY remote SYSTEM \"http://127.0.0.1:" + server.getLocalPort() + "/dtd\">]>";
    }

    private static final String ENTITIES = "&secret; &passwd; &remote;";

    @Test
    void externalEntitiesInAWordFileAreNeitherReadNorFetched() throws IOException {
        byte[] docx = Documents.withEntry(Documents.docx(article), "word/document.xml", xml -> xml
                .replaceFirst("\\?>", "?>" + doctype("w:document"))
                .replace(article.paragraphs().get(0), article.paragraphs().get(0) + " " + ENTITIES));
        assertNothingLeaks(run("xxe.docx", docx));
    }

    @Test
    void externalEntitiesInAnEpubAreNeitherReadNorFetched() throws IOException {
        String chapter = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype("html")
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><h1>" + article.title() + "</h1><p>"
                + article.paragraphs().get(0) + " " + ENTITIES + "</p></body></html>";
        assertNothingLeaks(run("xxe.epub", Documents.epub(article, chapter)));
    }

    @Test
    void externalEntitiesInAnXhtmlPageAreNeitherReadNorFetched() throws IOException {
        String page = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype("html")
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><h1>" + article.title() + "</h1><p>"
                + article.paragraphs().get(0) + " " + ENTITIES + "</p></body></html>";
        assertNothingLeaks(run("xxe.xhtml", page.getBytes(UTF_8)));
    }

    @Test
    void billionLaughsInAnEpubDoNotExpand() {
        Outcome outcome = run("laughs.epub", Documents.epub(article, laughs()));
        assertBounded(outcome);
    }

    @Test
    void billionLaughsInAnXhtmlPageDoNotExpand() {
        assertBounded(run("laughs.xhtml", laughs().getBytes(UTF_8)));
    }

    @Test
    void nestingWithoutEndIsAnErrorNotACrash() {
        String chapter = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body>"
                + "<div>".repeat(50_000) + "profond" + "</div>".repeat(50_000) + "</body></html>";
        Outcome outcome = run("deep.epub", Documents.epub(article, chapter));
        assertTrue(outcome instanceof Outcome.Failure f && f.record().error().kind().equals("malformed")
                || outcome instanceof Outcome.Article, outcome.toString());
    }

    @Test
    void textWithoutEndIsCutAtTheWriteLimit() throws UnreadableException {
        String line = "Une ligne de texte qui se répète encore et encore, sans jamais finir, jusqu'à la limite.";
        Documents.Article endless = new Documents.Article(article.title(), article.byline(), article.dateline(),
                List.of((line + " ").repeat(TikaFrontEnd.WRITE_LIMIT / line.length() + 10)));
        Document doc = assertTimeoutPreemptively(FAST,
                () -> new TikaFrontEnd().read(Documents.rtf(endless), "application/rtf"));
        assertTrue(doc.warnings().contains("text cut at " + TikaFrontEnd.WRITE_LIMIT + " characters"), doc.warnings().toString());
        int length = doc.blocks().stream().mapToInt(b -> b.text().length()).sum();
        assertTrue(length <= TikaFrontEnd.WRITE_LIMIT, "kept " + length);
    }

    /** Nine levels of ten: a billion "lol"s if the parser expanded them. */
    private static String laughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE html [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + dtd
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>&lol9;</p></body></html>";
    }

    private Outcome run(String name, byte[] bytes) {
        return assertTimeoutPreemptively(FAST, () -> pipeline.process(new RawDocument(name, bytes, null, null)));
    }

    private void assertNothingLeaks(Outcome outcome) throws IOException {
        String written = outcome.toString();
        assertFalse(written.contains(SECRET), "a local file was read: " + written);
        assertFalse(written.contains("root:"), "/etc/passwd was read: " + written);
        try {
            server.accept().close();
            throw new AssertionError("a parser connected to the loopback server");
        } catch (SocketTimeoutException expected) {
            // No connection was waiting: nothing was fetched.
        }
    }

    private static void assertBounded(Outcome outcome) {
        if (outcome instanceof Outcome.Article a) {
            assertTrue(a.record().text().length() < 100_000, "expanded to " + a.record().text().length());
        } else {
            assertEquals("malformed", ((Outcome.Failure) outcome).record().error().kind(), outcome.toString());
        }
    }
}
