package dev.coupure.input;

import dev.coupure.input.container.Expander;
import dev.coupure.input.container.Piece;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.tika.io.TikaInputStream;

/**
 * Reads the inputs the walk found, one after another, into items: each file or standard input is
 * told apart by its content, documents are read whole, containers are opened as streams
 * ({@link Expander}). Runs on one thread, ahead of the workers; the sink's back-pressure keeps
 * memory to a window of documents.
 */
public final class InputReader {

    private final Expander expander;
    private final InputStream stdin;

    /** A reader with the default limits, for inputs that are documents (tests, benchmarks). */
    public InputReader(long maxBytes, InputStream stdin) {
        this(Expander.Limits.defaults(maxBytes), new Skips(), stdin);
    }

    /** @param skips where records that are not inputs (a WARC's requests, links in a tar) are counted */
    public InputReader(Expander.Limits limits, Skips skips, InputStream stdin) {
        this.expander = new Expander(limits, skips);
        this.stdin = stdin;
    }

    /** Every document and failure the inputs hold, in order. */
    public void read(List<InputRef> refs, Item.Sink sink) throws InterruptedException {
        for (InputRef ref : refs) {
            if (ref.problem() != null) {
                sink.accept(new Item.Failure(ref.path(), ref.problemKind(), ref.path() + ": " + ref.problem()));
            } else if (ref.isStdin()) {
                Counting counted = new Counting(stdin);
                expander.read(Piece.top(ref.path(), null, new BufferedInputStream(counted), -1, null, null, null),
                        () -> counted.count, sink);
            } else {
                file(ref, sink);
            }
        }
    }

    /** Reads one input that holds one document: a dump or a page. */
    public RawDocument read(InputRef ref) throws InputException {
        List<Item> items = new ArrayList<>();
        try {
            read(List.of(ref), items::add);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("unreadable", ref.path() + ": interrupted", e);
        }
        if (items.size() == 1 && items.get(0) instanceof Item.Document d) {
            return d.document();
        }
        if (items.size() == 1 && items.get(0) instanceof Item.Failure f) {
            throw new InputException(f.kind(), f.message());
        }
        throw new IllegalArgumentException(ref.path() + " holds " + items.size() + " inputs, not one document");
    }

    private void file(InputRef ref, Item.Sink sink) throws InterruptedException {
        Path file = ref.file();
        Sidecar sidecar = null;
        String sidecarProblem = null;
        Optional<Path> sidecarFile = Sidecars.find(ref);
        if (sidecarFile.isPresent()) {
            try {
                sidecar = Sidecars.parse(sidecarFile.get());
            } catch (IOException e) {
                sidecarProblem = sidecarIgnored(sidecarFile.get().getFileName().toString(), e);
            }
        }
        try (InputStream in = new LocalFileStream(file)) {
            long size = Files.size(file);
            expander.read(Piece.top(ref.path(), file.getFileName().toString(), in, size, modifiedTime(file), sidecar,
                    sidecarProblem), () -> size, sink);
        } catch (IOException e) {
            sink.accept(unreadable(ref.path(), e));
        }
    }

    /**
     * Reads one input of a file system other than the local one (an object store), as a file is
     * read: told apart by its content, a document read whole, a container opened as a stream.
     *
     * @param in the file's bytes, left open
     * @param sidecar its sidecar, read by the caller from beside it, or null
     * @param sidecarProblem why a sidecar beside it was not used ({@link #sidecarIgnored}), or null
     */
    public void read(String path, String name, InputStream in, long size, Instant modified, Sidecar sidecar,
            String sidecarProblem, Item.Sink sink) throws InterruptedException {
        expander.read(Piece.top(path, name, TikaInputStream.get(in), size, modified, sidecar, sidecarProblem), () -> size,
                sink);
    }

    /** An input that could not be opened or read. */
    public static Item.Failure unreadable(String path, IOException e) {
        return new Item.Failure(path, "unreadable", path + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
    }

    /** The warning for a sidecar that exists but cannot be used. */
    public static String sidecarIgnored(String sidecarName, IOException e) {
        return "sidecar " + sidecarName + " ignored: " + firstLine(e.getMessage());
    }

    private static Instant modifiedTime(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return null;
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Standard input's bytes read so far: its size is not known in advance. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count++;
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public void close() {
            // standard input is not ours to close
        }
    }
}
