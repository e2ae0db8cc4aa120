package dev.coupure.pipeline;

import dev.coupure.input.InputException;
import dev.coupure.input.InputReader;
import dev.coupure.input.InputRef;
import dev.coupure.record.ErrorRecord;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs the pipeline over many inputs on several threads and hands the outcomes on in input
 * order, so that output is the same whatever the thread count. At most a small window of
 * documents is in memory at once.
 */
public final class Batch {

    /** Counts for the summary line. */
    public record Summary(int read, int written, int failed) {
    }

    private final InputReader reader;
    private final Pipeline pipeline;
    private final int threads;

    public Batch(InputReader reader, Pipeline pipeline, int threads) {
        this.reader = reader;
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
    }

    public Summary run(List<InputRef> inputs, Consumer<Outcome> sink) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "coupure-worker");
            t.setDaemon(true);
            return t;
        });
        int window = threads * 8;
        Deque<Future<Outcome>> pending = new ArrayDeque<>();
        int[] counts = new int[2];
        Consumer<Outcome> counted = o -> {
            counts[o instanceof Outcome.Article ? 0 : 1]++;
            sink.accept(o);
        };
        try {
            for (InputRef ref : inputs) {
                pending.add(pool.submit(() -> one(ref)));
                while (pending.size() >= window) {
                    counted.accept(take(pending));
                }
            }
            while (!pending.isEmpty()) {
                counted.accept(take(pending));
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(counts[0] + counts[1], counts[0], counts[1]);
    }

    private Outcome one(InputRef ref) {
        try {
            return pipeline.process(reader.read(ref));
        } catch (InputException e) {
            return new Outcome.Failure(new ErrorRecord(ref.path(), e.kind(), e.getMessage()));
        }
    }

    private static Outcome take(Deque<Future<Outcome>> pending) throws InterruptedException {
        try {
            return pending.removeFirst().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("worker failed outside the pipeline's guard", e.getCause());
        }
    }
}
