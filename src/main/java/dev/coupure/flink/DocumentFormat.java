package dev.coupure.flink;

import dev.coupure.input.InputReader;
import dev.coupure.input.InputRef;
import dev.coupure.input.Item;
import dev.coupure.input.Sidecar;
import dev.coupure.input.Sidecars;
import dev.coupure.input.Skips;
import dev.coupure.input.container.Expander;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.SingletonResultIterator;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;

/**
 * Reads one top-level input per split with the command line's input layer: a document whole (up
 * to {@code --max-bytes}, else a {@code too-large} error), a container (zip, tar, gzip, WARC, mbox)
 * entry after entry as a stream, each entry a document or a failure of its own. One element per
 * document or failure, numbered in the input's order ({@link Input#position}).
 */
final class DocumentFormat implements BulkFormat<Input, FileSourceSplit> {

    private static final long serialVersionUID = 1L;

    private final long maxBytes;

    DocumentFormat(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Reader<Input> createReader(Configuration config, FileSourceSplit split) {
        return new DocumentReader(split, maxBytes, 0);
    }

    /** A split read in part before a failure is read again from its start, without what was handed on already. */
    @Override
    public Reader<Input> restoreReader(Configuration config, FileSourceSplit split) {
        long done = split.getReaderPosition().map(CheckpointedPosition::getRecordsAfterOffset).orElse(0L);
        return new DocumentReader(split, maxBytes, done);
    }

    /** A container is read as one stream: its entries cannot be found from the middle of it. */
    @Override
    public boolean isSplittable() {
        return false;
    }

    @Override
    public TypeInformation<Input> getProducedType() {
        return TypeInformation.of(Input.class);
    }

    /**
     * The input layer pushes items to a sink; Flink pulls batches. A thread of the reader's own
     * runs the input layer into a small queue, so that at most a few documents are held at once
     * (the back-pressure the command line gets from its batch window).
     */
    private static final class DocumentReader implements BulkFormat.Reader<Input> {

        private static final Object END = new Object();

        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);
        private final ListedInput listed;
        private final Thread thread;
        private int index;
        private boolean ended;

        DocumentReader(FileSourceSplit split, long maxBytes, long skip) {
            this.listed = ListedInput.ofSplitId(split.splitId());
            this.index = Math.toIntExact(skip);
            InputReader reader = new InputReader(Expander.Limits.defaults(maxBytes), new Skips(), InputStream.nullInputStream());
            this.thread = new Thread(() -> produce(reader, split, skip), "coupure-input-" + listed.ordinal());
            thread.setDaemon(true);
            thread.start();
        }

        private void produce(InputReader reader, FileSourceSplit split, long skip) {
            long[] seen = {0};
            Item.Sink sink = item -> {
                if (seen[0]++ >= skip) {
                    queue.put(item);
                }
            };
            try {
                try {
                    if (listed.local() || listed.problemKind() != null) {
                        java.nio.file.Path file = listed.local() ? Paths.get(split.path().toUri()) : null;
                        reader.read(List.of(new InputRef(listed.path(), file, listed.problemKind(), listed.problem())), sink);
                    } else {
                        readOther(reader, split, sink);
                    }
                } catch (RuntimeException | Error e) {
                    queue.put(e);
                    return;
                }
                queue.put(END);
            } catch (InterruptedException e) {
                // the reader was closed: nobody waits for the rest
            }
        }

        /** A file of another file system (an object store), with its sidecar if one is beside it. */
        private void readOther(InputReader reader, FileSourceSplit split, Item.Sink sink) throws InterruptedException {
            Path file = split.path();
            Sidecar sidecar = null;
            String sidecarProblem = null;
            try {
                FileSystem fs = file.getFileSystem();
                for (String candidate : Sidecars.candidates(file.getName())) {
                    Path sibling = new Path(file.getParent(), candidate);
                    if (fs.exists(sibling)) {
                        try (InputStream in = fs.open(sibling)) {
                            sidecar = Sidecars.parse(sibling.toString(), in);
                        } catch (IOException e) {
                            sidecarProblem = InputReader.sidecarIgnored(candidate, e);
                        }
                        break;
                    }
                }
                try (InputStream in = fs.open(file)) {
                    reader.read(listed.path(), file.getName(), in, split.fileSize(),
                            Instant.ofEpochMilli(split.fileModificationTime()), sidecar, sidecarProblem, sink);
                }
            } catch (IOException e) {
                sink.accept(InputReader.unreadable(listed.path(), e));
            }
        }

        @Override
        public RecordIterator<Input> readBatch() throws IOException {
            if (ended) {
                return null;
            }
            Object next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading " + listed.path());
            }
            if (next == END) {
                ended = true;
                return null;
            }
            if (next instanceof Throwable t) {
                throw new IOException("the input layer failed on " + listed.path(), t);
            }
            SingletonResultIterator<Input> batch = new SingletonResultIterator<>();
            batch.set(Input.of(Input.position(listed.ordinal(), index++), (Item) next), CheckpointedPosition.NO_OFFSET, index);
            return batch;
        }

        @Override
        public void close() {
            thread.interrupt();
        }
    }
}
