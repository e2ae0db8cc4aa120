package dev.coupure.input.container;

import dev.coupure.input.ContentDetector;
import dev.coupure.input.Sidecar;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A web archive (WARC, uncompressed: a WARC.gz comes here through {@link GzipContent}). Each
 * {@code response} record of a successful HTTP exchange (2xx) whose payload is HTML or text, and
 * each such {@code resource} record, is a document: reported as {@code crawl.warc!/OFFSET}, the
 * byte offset of the record in the uncompressed WARC (unique, stable, and what {@code tail -c}
 * finds); its URL is the WARC-Target-URI and its fetch time the WARC-Date, with provenance
 * {@code warc}; the HTTP Content-Type goes along for its charset. Every other record (request,
 * revisit, metadata, warcinfo, other payloads, other statuses) is counted as skipped.
 */
final class WarcRecords implements Container {

    private static final Set<String> READ = Set.of("text/html", "application/xhtml+xml", "text/plain");
    /** What jwarc decodes without optional libraries (brotli and zstd would need them). */
    private static final Set<String> DECODED = Set.of("", "identity", "none", "gzip", "x-gzip", "deflate");
    private static final Set<String> UNDECLARED = Set.of("", "application/octet-stream", "binary/octet-stream",
            "application/unknown", "unknown/unknown");

    @Override
    public void read(Piece bundle, Entries entries) throws IOException, InterruptedException {
        try (WarcReader reader = new WarcReader(Guard.shield(bundle.stream()))) {
            reader.setLenient(true);
            reader.onWarning(warning -> { });
            for (Optional<WarcRecord> next = next(reader, bundle, entries); next.isPresent();
                    next = next(reader, bundle, entries)) {
                String label = Long.toString(reader.position());
                entries.at(bundle.bundlePath() + "!/" + label, reader.position());
                WarcRecord record = next.get();
                if (record instanceof WarcResponse || record instanceof WarcResource) {
                    capture(bundle, label, (WarcCaptureRecord) record, entries);
                } else {
                    entries.skip("warc " + record.type() + " record");
                }
            }
        }
    }

    /** The next record; when it is damaged, the damage is reported at the offset where it starts. */
    private static Optional<WarcRecord> next(WarcReader reader, Piece bundle, Entries entries) throws IOException {
        try {
            return reader.next();
        } catch (IOException | RuntimeException e) {
            entries.at(bundle.bundlePath() + "!/" + reader.position(), reader.position());
            throw e;
        }
    }

    private static void capture(Piece bundle, String label, WarcCaptureRecord record, Entries entries)
            throws IOException, InterruptedException {
        String path = bundle.bundlePath() + "!/" + label;
        String contentType;
        InputStream payload;
        if (record instanceof WarcResponse response) {
            HttpResponse http;
            try {
                http = response.http();
            } catch (IOException | RuntimeException e) {
                entries.fail(path, "malformed", path + ": HTTP response not understood (" + e.getMessage() + ")");
                return;
            }
            if (http.status() < 200 || http.status() > 299) {
                entries.skip("warc response with HTTP status " + http.status() / 100 + "xx");
                return;
            }
            contentType = http.headers().first("Content-Type").orElse(null);
            String encoding = String.join(", ", http.headers().all("Content-Encoding")).strip().toLowerCase(Locale.ROOT);
            if (!DECODED.contains(encoding)) {
                entries.fail(path, "unsupported-format", path + ": Content-Encoding " + encoding + " is not supported");
                return;
            }
            payload = http.bodyDecoded().stream();
        } else {
            contentType = record.headers().first("Content-Type").orElse(null);
            payload = record.body().stream();
        }
        BufferedInputStream buffered = new BufferedInputStream(payload);
        String type = baseType(contentType);
        if (UNDECLARED.contains(type)) {
            type = ContentDetector.detect(buffered, null);
        }
        if (type == null || !READ.contains(type)) {
            entries.skip("warc " + record.type() + " not html or text");
            return;
        }
        Sidecar archived = new Sidecar(path, record.target(), null, record.headers().first("WARC-Date").orElse(null),
                null, Sidecar.WARC);
        entries.add(bundle.record(label, buffered, archived, contentType, type));
    }

    private static String baseType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
