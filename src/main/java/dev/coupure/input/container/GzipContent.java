package dev.coupure.input.container;

import java.io.IOException;
import java.util.Locale;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * A gzip file: one document ({@code a.txt.gz!/a.txt}), or a container whose entries are reported
 * under the {@code .gz} itself ({@code a.tar.gz!/x.txt}, {@code crawl.warc.gz!/1234}). Concatenated
 * members are read as one stream, as gunzip does: a WARC.gz is one member per record.
 */
final class GzipContent implements Container {

    @Override
    public void read(Piece bundle, Entries entries) throws IOException, InterruptedException {
        try (GzipCompressorInputStream gzip = GzipCompressorInputStream.builder()
                .setInputStream(Guard.shield(bundle.stream()))
                .setDecompressConcatenated(true)
                .get()) {
            Guard content = entries.expanding(gzip, gzip::getCompressedCount, bundle.path());
            entries.add(bundle.gunzipped(innerName(bundle.name()), content));
        }
    }

    /** The name the content had before compression, from the file's own name (the header's may be anything). */
    static String innerName(String name) {
        if (name == null) {
            return "content";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".tgz")) {
            return name.substring(0, name.length() - 4) + ".tar";
        }
        if (lower.endsWith(".gz") && name.length() > 3) {
            return name.substring(0, name.length() - 3);
        }
        return name;
    }
}
