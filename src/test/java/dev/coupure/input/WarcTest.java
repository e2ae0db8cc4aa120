package dev.coupure.input;

import static dev.coupure.input.Archives.http;
import static dev.coupure.input.Archives.read;
import static dev.coupure.input.Archives.response;
import static dev.coupure.input.Archives.warc;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.Warcinfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcTest {

    private static final String DATE = "2025-01-18T09:30:00Z";
    private static final String PAGE = "<!DOCTYPE html><html><head><title>Été</title></head><body><p>Hier, un texte.</p></body></html>";

    @TempDir
    Path dir;

    private static List<WarcRecord> crawl() throws IOException {
        byte[] latin1 = PAGE.getBytes(StandardCharsets.ISO_8859_1);
        return List.of(
                new Warcinfo.Builder().recordId(UUID.nameUUIDFromBytes(new byte[] {1})).date(Instant.parse(DATE))
                        .filename("crawl.warc").build(),
                new WarcRequest.Builder(URI.create("https://www.example.fr/une")).recordId(UUID.nameUUIDFromBytes(new byte[] {2}))
                        .date(Instant.parse(DATE)).body(MediaType.HTTP_REQUEST,
                                "GET /une HTTP/1.1\r\nHost: www.example.fr\r\n\r\n".getBytes(StandardCharsets.US_ASCII)).build(),
                response("https://www.example.fr/une", DATE,
                        http("HTTP/1.1 200 OK\nContent-Type: text/html; charset=ISO-8859-1", latin1)),
                response("https://www.example.fr/ancienne", DATE,
                        http("HTTP/1.1 301 Moved Permanently\nLocation: https://www.example.fr/une", new byte[0])),
                response("https://www.example.fr/depeche.txt", DATE,
                        http("HTTP/1.1 200 OK\nContent-Type: text/plain; charset=UTF-8", "Une dépêche.\n".getBytes(StandardCharsets.UTF_8))),
                response("https://www.example.fr/logo.png", DATE,
                        http("HTTP/1.1 200 OK\nContent-Type: image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})),
                response("https://www.example.fr/sans-type", DATE,
                        http("HTTP/1.1 200 OK", PAGE.getBytes(StandardCharsets.UTF_8))),
                response("https://www.example.fr/compresse", DATE,
                        http("HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Encoding: gzip",
                                Archives.gzip(PAGE.getBytes(StandardCharsets.UTF_8)))),
                new WarcRevisit.Builder(URI.create("https://www.example.fr/une")).recordId(UUID.nameUUIDFromBytes(new byte[] {3}))
                        .date(Instant.parse(DATE)).build(),
                new WarcMetadata.Builder().targetURI("https://www.example.fr/une").recordId(UUID.nameUUIDFromBytes(new byte[] {4}))
                        .date(Instant.parse(DATE)).build(),
                new WarcResource.Builder(URI.create("file:///archive/page.html")).recordId(UUID.nameUUIDFromBytes(new byte[] {5}))
                        .date(Instant.parse(DATE)).body(MediaType.HTML_UTF8, PAGE.getBytes(StandardCharsets.UTF_8)).build());
    }

    @Test
    void htmlAndTextResponsesAreDocumentsWithTheirUrlFetchTimeAndCharset() throws IOException {
        Path file = dir.resolve("crawl.warc");
        Files.write(file, warc(false, crawl()));

        Archives.Read read = read(file);

        List<String> summary = read.summary();
        assertEquals(5, summary.size(), summary.toString());
        assertEquals(List.of("text/html", "text/plain", "text/html", "text/html", "text/html"),
                summary.stream().map(s -> s.substring(s.lastIndexOf(' ') + 1)).toList());
        assertTrue(read.paths().stream().allMatch(p -> p.matches("\\Q" + file + "\\E!/\\d+")), read.paths().toString());

        RawDocument page = ((Item.Document) read.items().get(0)).document();
        assertArrayEquals(PAGE.getBytes(StandardCharsets.ISO_8859_1), page.bytes());
        assertEquals("text/html; charset=ISO-8859-1", page.contentType());
        assertEquals("https://www.example.fr/une", page.sidecar().url());
        assertEquals(DATE, page.sidecar().fetchedAt());
        assertEquals(Sidecar.WARC, page.sidecar().origin());
        assertNull(page.sidecar().published());

        RawDocument decoded = ((Item.Document) read.items().get(3)).document();
        assertArrayEquals(PAGE.getBytes(StandardCharsets.UTF_8), decoded.bytes(), "Content-Encoding: gzip is undone");
        assertEquals("file:///archive/page.html", ((Item.Document) read.items().get(4)).document().sidecar().url());

        assertEquals("1 warc metadata record, 1 warc request record, 1 warc response not html or text, "
                + "1 warc response with HTTP status 3xx, 1 warc revisit record, 1 warc warcinfo record", read.skips().toString());
    }

    @Test
    void aWarcGzGivesTheSameRecordsAtTheSameOffsetsOfItsUncompressedStream() throws IOException {
        Path plain = dir.resolve("crawl.warc");
        Files.write(plain, warc(false, crawl()));
        Path gz = dir.resolve("crawl.warc.gz");
        Files.write(gz, warc(true, crawl()));

        Archives.Read read = read(plain, gz);

        List<String> paths = read.paths();
        assertEquals(paths.subList(0, 5).stream().map(p -> p.replace("crawl.warc!", "crawl.warc.gz!")).toList(), paths.subList(5, 10));
        for (int i = 0; i < 5; i++) {
            assertArrayEquals(((Item.Document) read.items().get(i)).document().bytes(),
                    ((Item.Document) read.items().get(i + 5)).document().bytes());
        }
    }

    @Test
    void aDamagedWarcKeepsTheRecordsBeforeTheDamage() throws IOException {
        byte[] whole = warc(false, crawl());
        byte[] garbled = Arrays.copyOf(whole, whole.length + 40);
        System.arraycopy("WARC/1.0\r\nthis is no header at all\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0, garbled, whole.length, 38);
        Path malformed = dir.resolve("malformed.warc");
        Files.write(malformed, garbled);
        byte[] gz = warc(true, crawl());
        Path truncated = dir.resolve("truncated.warc.gz");
        Files.write(truncated, Arrays.copyOf(gz, gz.length * 2 / 3));

        Archives.Read read = read(malformed, truncated);

        List<String> summary = read.summary();
        assertEquals(List.of(malformed + "!/" + whole.length + " malformed"), summary.stream().filter(s -> s.startsWith(malformed.toString()))
                .filter(s -> !s.endsWith("text/html") && !s.endsWith("text/plain")).toList());
        assertEquals(6, summary.stream().filter(s -> s.startsWith(malformed.toString())).count(), summary.toString());
        List<String> cut = summary.stream().filter(s -> s.startsWith(truncated.toString())).toList();
        assertTrue(cut.size() >= 2 && cut.get(cut.size() - 1).endsWith(" truncated")
                && cut.subList(0, cut.size() - 1).stream().noneMatch(s -> s.endsWith("truncated")), cut.toString());
    }
}
