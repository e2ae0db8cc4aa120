package dev.coupure.input.container;

import dev.coupure.input.ContentDetector;
import dev.coupure.input.Item;
import dev.coupure.input.RawDocument;
import dev.coupure.input.Sidecars;
import dev.coupure.input.Skips;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * Turns one input into items: tells what it is from its content, reads a document whole (up to
 * {@code --max-bytes}), and opens containers as streams, entry after entry in the container's own
 * order, nested ones included up to a depth. Nothing is written to disk. Whatever goes wrong
 * becomes a failure item that says where; a damaged container keeps the entries before the damage.
 */
public final class Expander {

    /**
     * @param maxBytes the largest document read, in bytes
     * @param maxDepth how many containers deep an input may be opened
     * @param maxRatio how many times its compressed size a stream, and an input as a whole, may expand to
     * @param allowance bytes an input may expand to beyond the ratio, so that small archives are never refused
     */
    public record Limits(long maxBytes, int maxDepth, long maxRatio, long allowance) {

        public static Limits defaults(long maxBytes) {
            return new Limits(maxBytes, 3, 100, 256L << 20);
        }
    }

    /** As much as Tika's magic patterns look at. */
    private static final int DETECTION_BYTES = 64 * 1024;

    /** Why a sidecar inside an archive is skipped: read as a stream, its dump may have come before it. */
    private static final String SIDECAR = "sidecar in an archive, not applied";

    private static final Pattern TRUNCATION =
            Pattern.compile("(?i)truncated|unexpected end|premature end|end of (zlib )?(input )?stream");

    private final Limits limits;
    private final Skips skips;
    private final Map<Format, Container> containers = new EnumMap<>(Format.class);

    public Expander(Limits limits, Skips skips) {
        this.limits = limits;
        this.skips = skips;
        containers.put(Format.ZIP, new ZipEntries());
        containers.put(Format.TAR, new TarEntries());
        containers.put(Format.GZIP, new GzipContent());
        containers.put(Format.WARC, new WarcRecords());
        containers.put(Format.MBOX, new MboxMessages());
    }

    /**
     * Reads one input.
     *
     * @param inputBytes the input's size, or how much of it was read so far, for the expansion budget
     */
    public void read(Piece input, LongSupplier inputBytes, Item.Sink sink) throws InterruptedException {
        Budget budget = new Budget(inputBytes, limits.maxRatio(), limits.allowance());
        try {
            handle(input, budget, sink);
        } catch (IOException e) {
            sink.accept(new Item.Failure(input.path(), "unreadable", input.path() + ": " + describe(e)));
        } catch (RuntimeException | StackOverflowError e) {
            sink.accept(new Item.Failure(input.path(), "internal", input.path() + ": " + describe(e)));
        }
    }

    private void handle(Piece piece, Budget budget, Item.Sink sink) throws IOException, InterruptedException {
        String type = piece.mediaType() != null || isEmpty(piece) ? piece.mediaType() : detect(piece);
        Format format = Format.of(type);
        if (format == Format.UNSUPPORTED) {
            sink.accept(new Item.Failure(piece.path(), "unsupported-format",
                    piece.path() + ": " + type + " is not a format Coupure reads"));
        } else if (!format.isContainer()) {
            document(piece, type, sink);
        } else if (piece.depth() >= limits.maxDepth() || format == Format.GZIP && piece.gunzipped()) {
            sink.accept(new Item.Failure(piece.path(), "nesting-too-deep", piece.path() + ": a " + type
                    + (piece.gunzipped() ? " inside a gzip file" : " nested " + piece.depth() + " containers deep")
                    + ": not opened (at most " + limits.maxDepth() + " levels)"));
        } else {
            open(containers.get(format), piece, budget, sink);
        }
    }

    /**
     * A file is looked at directly (Tika may want to open it as a zip). Inside a container only the
     * first bytes are: the detector reads ahead, and damage further on must not hide the entries
     * before it.
     */
    private static String detect(Piece piece) throws IOException {
        if (piece.depth() == 0 && !piece.gunzipped()) {
            return ContentDetector.detect(piece.stream(), piece.name());
        }
        InputStream in = piece.stream();
        in.mark(DETECTION_BYTES);
        byte[] head = new byte[DETECTION_BYTES];
        int n = 0;
        try {
            for (int r; n < head.length && (r = in.read(head, n, head.length - n)) >= 0; ) {
                n += r;
            }
        } catch (IOException e) {
            // the damage is for the container to report, when it gets there
        }
        in.reset();
        return ContentDetector.detect(new ByteArrayInputStream(head, 0, n), piece.name());
    }

    private static boolean isEmpty(Piece piece) throws IOException {
        InputStream in = piece.stream();
        in.mark(1);
        try {
            return in.read() < 0;
        } catch (IOException e) {
            return false; // damaged, not empty: what reads it will report the damage
        } finally {
            in.reset();
        }
    }

    private void document(Piece piece, String type, Item.Sink sink) throws IOException, InterruptedException {
        // a Java array holds a little under 2 GiB, whatever --max-bytes says
        long limit = Math.min(limits.maxBytes(), Integer.MAX_VALUE - 9L);
        if (piece.size() > limit) {
            sink.accept(tooLarge(piece.path(), piece.size() + " bytes", limit));
            return;
        }
        byte[] bytes = piece.stream().readNBytes((int) limit + 1);
        if (bytes.length > limit) {
            sink.accept(tooLarge(piece.path(), "more than " + limit + " bytes", limit));
            return;
        }
        sink.accept(new Item.Document(new RawDocument(piece.path(), bytes, piece.sidecar(), piece.sidecarProblem(),
                piece.modified(), type, piece.contentType())));
    }

    private static Item.Failure tooLarge(String path, String size, long limit) {
        return new Item.Failure(path, "too-large", path + ": " + size + ", over the limit of " + limit
                + " (raise it with --max-bytes)");
    }

    /** Reads a container; its damage becomes one failure, and the input around it goes on. */
    private void open(Container container, Piece bundle, Budget budget, Item.Sink sink) throws InterruptedException {
        Session session = new Session(bundle, budget, sink);
        try {
            container.read(bundle, session);
        } catch (BombException e) {
            if (budget.firstReport()) {
                sink.accept(new Item.Failure(session.where, "zip-bomb", session.where + ": " + e.getMessage()
                        + "; the rest of " + bundle.bundlePath() + " was not read"));
            }
            return;
        } catch (IOException | RuntimeException | StackOverflowError | LinkageError e) {
            // a parser that fails on hostile bytes in any way must not take the batch down
            boolean truncated = e instanceof EOFException
                    || e.getMessage() != null && TRUNCATION.matcher(e.getMessage()).find();
            String kind = truncated ? "truncated" : "malformed";
            String at = session.offset < 0 ? ""
                    : " at byte " + session.offset + (bundle.gunzipped() ? " of its uncompressed content" : "");
            String before = session.done == 0 ? ""
                    : session.done == 1 ? "; the entry before was read" : "; the " + session.done + " entries before were read";
            sink.accept(new Item.Failure(session.where, kind, session.where + ": " + kind + " " + bundle.bundlePath() + at
                    + " (" + describe(e) + ")" + before));
            return;
        }
        if (session.entries == 0) {
            skips.add("empty archive");
        }
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** One container being read. */
    private final class Session implements Entries {
        private final Budget budget;
        private final Item.Sink sink;
        private String where;
        private long offset;
        private int entries;
        /** Entries read to their end: before the damage, if there is some. */
        private int done;

        Session(Piece bundle, Budget budget, Item.Sink sink) {
            this.budget = budget;
            this.sink = sink;
            this.where = bundle.bundlePath();
        }

        @Override
        public void add(Piece entry) throws IOException, InterruptedException {
            if (entry.name() != null && !entry.gunzipped() && Sidecars.isSidecarName(entry.name())) {
                skip(SIDECAR);
                return;
            }
            entries++;
            where = entry.path();
            handle(entry, budget, sink);
            done++;
        }

        @Override
        public void fail(String path, String kind, String message) throws InterruptedException {
            entries++;
            done++;
            sink.accept(new Item.Failure(path, kind, message));
        }

        @Override
        public void skip(String reason) {
            entries++;
            done++;
            skips.add(reason);
        }

        @Override
        public void at(String path, long offset) {
            this.where = path;
            this.offset = offset;
        }

        @Override
        public Guard expanding(InputStream decompressed, LongSupplier compressedBytes, String where) {
            return Guard.expanding(decompressed, compressedBytes, limits.maxRatio(), budget, where);
        }
    }
}
