package dev.coupure.input.container;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * A zip read as a stream, local header after local header: that works inside other containers and
 * keeps the entries before a truncation, which the central directory at the end would not.
 */
final class ZipEntries implements Container {

    @Override
    public void read(Piece bundle, Entries entries) throws IOException, InterruptedException {
        Guard raw = Guard.shield(bundle.stream());
        // stored entries with a data descriptor are what many zip writers produce when they stream
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(raw, StandardCharsets.UTF_8.name(), true, true)) {
            for (ZipArchiveEntry entry; (entry = Entries.nextFile(zip, raw, bundle, entries)) != null; ) {
                String path = bundle.entryPath(entry.getName());
                if (entry.isUnixSymlink()) {
                    entries.skip(Entries.LINK);
                } else if (entry.getGeneralPurposeBit().usesEncryption() || !zip.canReadEntryData(entry)) {
                    boolean encrypted = entry.getGeneralPurposeBit().usesEncryption();
                    // without its sizes up front, the end of an entry is only found by decoding it
                    boolean stuck = entry.getGeneralPurposeBit().usesDataDescriptor();
                    entries.fail(path, encrypted ? "encrypted" : "unsupported-format", path + ": "
                            + (encrypted ? "encrypted" : "compression method " + entry.getMethod() + " is not supported")
                            + ", not read" + (stuck ? "; its size is only written after it, so the rest of "
                                    + bundle.bundlePath() + " cannot be reached in a stream and was not read" : ""));
                    if (stuck) {
                        return;
                    }
                } else {
                    Guard content = entries.expanding(zip, zip::getCompressedCount, path);
                    entries.add(bundle.entry(entry.getName(), content, entry.getSize(),
                            Piece.instant(entry.getLastModifiedTime())));
                    content.drain();
                }
            }
        }
    }
}
