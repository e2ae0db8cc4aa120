package dev.coupure.input;

import dev.coupure.input.container.Expander;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Archives built in memory for the tests, and a way to read inputs as the batch does. */
public final class Archives {

    private Archives() {
    }

    public static Map<String, byte[]> entries(String... namesAndTexts) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            out.put(namesAndTexts[i], namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] tar(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
                entry.setSize(e.getValue().length);
                tar.putArchiveEntry(entry);
                tar.write(e.getValue());
                tar.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A WARC of these records, each gzipped on its own when {@code gzip} (as WARC.gz files are). */
    public static byte[] warc(boolean gzip, List<WarcRecord> records) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(bytes), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            for (WarcRecord r : records) {
                writer.write(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A response record of {@code url}, fetched at {@code date}, whose HTTP message is {@code http} (header and body). */
    public static WarcResponse response(String url, String date, byte[] http) {
        return new WarcResponse.Builder(URI.create(url))
                .recordId(UUID.nameUUIDFromBytes((url + date).getBytes(StandardCharsets.UTF_8)))
                .date(Instant.parse(date))
                .body(MediaType.HTTP_RESPONSE, http)
                .build();
    }

    public static byte[] http(String head, byte[] body) {
        byte[] header = (head.replace("\n", "\r\n") + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = Arrays.copyOf(header, header.length + body.length);
        System.arraycopy(body, 0, all, header.length, body.length);
        return all;
    }

    /** What reading the inputs gave, and what was skipped. */
    record Read(List<Item> items, Skips skips) {

        List<String> paths() {
            return items.stream().map(Item::path).toList();
        }

        /** "path kind" for failures, "path media-type" for documents. */
        List<String> summary() {
            return items.stream().map(i -> i instanceof Item.Failure f ? f.path() + " " + f.kind()
                    : i.path() + " " + ((Item.Document) i).document().mediaType()).toList();
        }

        RawDocument document(String path) {
            return items.stream().filter(i -> i.path().equals(path) && i instanceof Item.Document)
                    .map(i -> ((Item.Document) i).document()).findFirst().orElseThrow(() -> new AssertionError(path + " in " + paths()));
        }

        Item.Failure failure(String path) {
            return items.stream().filter(i -> i.path().equals(path) && i instanceof Item.Failure)
                    .map(i -> (Item.Failure) i).findFirst().orElseThrow(() -> new AssertionError(path + " in " + summary()));
        }
    }

    static Read read(Path... paths) {
        return read(Expander.Limits.defaults(50L << 20), paths);
    }

    static Read read(Expander.Limits limits, Path... paths) {
        Skips skips = new Skips();
        List<String> arguments = new ArrayList<>();
        for (Path p : paths) {
            arguments.add(p.toString());
        }
        List<Item> items = new ArrayList<>();
        try {
            new InputReader(limits, skips, java.io.InputStream.nullInputStream())
                    .read(new InputWalker(null, skips).expand(arguments), items::add);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return new Read(items, skips);
    }
}
