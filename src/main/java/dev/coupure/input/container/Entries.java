package dev.coupure.input.container;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

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
}
