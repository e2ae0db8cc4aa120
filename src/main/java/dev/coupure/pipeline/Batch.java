package dev.coupure.pipeline;

import dev.coupure.input.Item;
import dev.coupure.input.RawDocument;
import dev.coupure.record.ErrorRecord;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs the pipeline over a stream of items on several threads and hands the outcomes on in input
 * order, so that output is the same whatever the thread count. The items are read lazily: at most
 * a window of documents is in memory at once. A document whose processing takes longer than the
 * timeout becomes a {@code timeout} error record; its thread is interrupted and, since code that
 * ignores interrupts cannot be stopped, left to finish on its own while a new thread takes its
 * place, so a hung parser costs one thread, never the batch. A document that exhausts memory
 * becomes an {@code out-of-memory} error record.
 */
public final class Batch {

    /** Counts for the summary line. */
    public record Summary(int read, int written, int failed) {
    }

    /** How often to look again at a document that waits for a free thread. */
    private static final long QUEUED_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final Function<RawDocument, Outcome> process;
    private final int threads;
    private final long timeoutNanos;
    private final Duration timeout;

    /** @param timeout how long one document may take; zero for no limit */
    public Batch(Function<RawDocument, Outcome> process, int threads, Duration timeout) {
        this.process = process;
        this.threads = Math.max(1, threads);
        this.timeout = timeout;
        this.timeoutNanos = timeout.isZero() ? Long.MAX_VALUE : timeout.toNanos();
    }

    public Summary run(Item.Source items, Consumer<Outcome> sink) throws InterruptedException {
        Workers workers = new Workers(threads);
        int window = threads * 8;
        Deque<Task> pending = new ArrayDeque<>();
        int[] counts = new int[2];
        Consumer<Outcome> counted = o -> {
            counts[o instanceof Outcome.Article ? 0 : 1]++;
            sink.accept(o);
        };
        try {
            items.readInto(item -> {
                pending.add(item instanceof Item.Document d ? workers.start(new Task(d.document(), process))
                        : Task.done(failure((Item.Failure) item)));
                while (pending.size() >= window) {
                    counted.accept(await(pending.removeFirst(), workers));
                }
            });
            while (!pending.isEmpty()) {
                counted.accept(await(pending.removeFirst(), workers));
            }
        } finally {
            workers.shutdownNow();
        }
        return new Summary(counts[0] + counts[1], counts[0], counts[1]);
    }

    private static Outcome failure(Item.Failure f) {
        return new Outcome.Failure(new ErrorRecord(f.path(), f.kind(), f.message()));
    }

    /** The task's outcome, or a timeout once it has run for longer than allowed since it started. */
    private Outcome await(Task task, Workers workers) throws InterruptedException {
        while (true) {
            long started = task.started;
            long wait = started == 0 ? QUEUED_POLL_NANOS
                    : timeoutNanos == Long.MAX_VALUE ? Long.MAX_VALUE : started + timeoutNanos - System.nanoTime();
            try {
                if (wait <= 0) {
                    return abandon(task, workers);
                }
                return task.result.get(wait, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // look again: the task may have started, or run out of time
            } catch (ExecutionException e) {
                throw new IllegalStateException("worker failed outside the pipeline's guard", e.getCause());
            }
        }
    }

    private Outcome abandon(Task task, Workers workers) {
        String path = task.doc.path();
        Outcome timedOut = new Outcome.Failure(new ErrorRecord(path, "timeout", path + ": processing took longer than "
                + (timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms")
                + " (--timeout-per-doc); abandoned"));
        if (!task.result.complete(timedOut)) {
            return task.result.join();
        }
        workers.abandon(task);
        return timedOut;
    }

    /** One document's processing, which notes when it started, so that its time limit counts from then. */
    private static final class Task implements Runnable {
        final RawDocument doc;
        final Function<RawDocument, Outcome> process;
        final CompletableFuture<Outcome> result = new CompletableFuture<>();
        volatile long started;
        Workers workers;
        /** Guarded by the workers' lock. */
        Thread runner;
        boolean exited;
        boolean abandoned;

        Task(RawDocument doc, Function<RawDocument, Outcome> process) {
            this.doc = doc;
            this.process = process;
        }

        static Task done(Outcome outcome) {
            Task t = new Task(null, null);
            t.result.complete(outcome);
            return t;
        }

        @Override
        public void run() {
            workers.entered(this);
            started = System.nanoTime();
            try {
                result.complete(process.apply(doc));
            } catch (OutOfMemoryError e) {
                result.complete(new Outcome.Failure(new ErrorRecord(doc.path(), "out-of-memory", doc.path()
                        + ": ran out of memory while processing it (give Java more with -Xmx, or use fewer --threads)")));
            } catch (RuntimeException | Error e) {
                result.complete(new Outcome.Failure(new ErrorRecord(doc.path(), "internal",
                        doc.path() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage())));
            } finally {
                workers.exited(this);
                // an interrupt meant for this task must not reach the next one
                Thread.interrupted();
            }
        }
    }

    /**
     * A pool that grows by one thread for each abandoned task, for as long as that task's thread is
     * still busy with it, so that the number of threads doing useful work stays the same.
     */
    private static final class Workers {
        private final ThreadPoolExecutor pool;
        private final int base;
        private int busyAbandoned;

        Workers(int threads) {
            this.base = threads;
            this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "coupure-worker");
                t.setDaemon(true);
                return t;
            });
        }

        Task start(Task task) {
            task.workers = this;
            pool.execute(task);
            return task;
        }

        synchronized void entered(Task task) {
            task.runner = Thread.currentThread();
        }

        synchronized void abandon(Task task) {
            task.abandoned = true;
            if (task.runner != null && !task.exited) {
                task.runner.interrupt();
                busyAbandoned++;
                pool.setMaximumPoolSize(base + busyAbandoned);
                pool.setCorePoolSize(base + busyAbandoned);
            }
        }

        synchronized void exited(Task task) {
            task.exited = true;
            if (task.abandoned) {
                busyAbandoned--;
                pool.setCorePoolSize(base + busyAbandoned);
                pool.setMaximumPoolSize(base + busyAbandoned);
            }
        }

        void shutdownNow() {
            pool.shutdownNow();
        }
    }
}
