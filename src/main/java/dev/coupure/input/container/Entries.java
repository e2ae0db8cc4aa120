package dev.coupure.input.container;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;

/** What a {@link Container} does with what it finds. */
interface Entries {

    /** The skip reason for symbolic links, hard links, devices and FIFOs stored in an archive: they hold no bytes to read. */
    String LINK = "link or special file in an archive";

    /**
     * Reads an entry: a document, or a container in turn. What it leaves of its stream is the
     * container's to drain (through its {@link Guard}) before the next entry.
     */
    void add(Piece entry) throws IOException, InterruptedException;

    /** An entry that cannot be read, though the bundle goes on. */
    void fail(String path, String kind, String message) throws InterruptedException;

    /** An entry that is not an input, counted for the summary. */
    void skip(String reason);

    /** Where the bundle is being read (its byte offset, or -1), for the message if it turns out to be damaged. */
    void at(String path, long offset);

    /** The output of a decompressor inside this input, with the caps on expansion. */
    Guard expanding(InputStream decompressed, LongSupplier compressedBytes, String where);

    /**
     * The next entry of a zip or a tar that is not a directory, or null at its end. Where each
     * header is read from is noted first, so that damage is reported at the entry it hits.
     *
     * @param raw the bundle's bytes as read, for the offsets
     */
    static <E extends ArchiveEntry> E nextFile(ArchiveInputStream<E> archive, Guard raw, Piece bundle, Entries entries)
            throws IOException {
        while (true) {
            entries.at(bundle.bundlePath(), raw.bytes());
            E entry = archive.getNextEntry();
            if (entry == null) {
                return null;
            }
            entries.at(bundle.entryPath(entry.getName()), raw.bytes());
            if (!entry.isDirectory()) {
                return entry;
            }
        }
    }
}
