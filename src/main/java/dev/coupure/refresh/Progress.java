package dev.coupure.refresh;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * How far a run is, on standard error: a live bar when a person watches a terminal, a plain line
 * every few seconds when asked for in a log, else nothing (a CI log must not fill with bars).
 */
interface Progress extends AutoCloseable {

    /** Time between two plain lines. */
    long PLAIN_INTERVAL_NANOS = 5_000_000_000L;

    /** @param inputs top-level inputs done @param records records produced so far */
    void update(long inputs, long records);

    @Override
    void close();

    static Progress choose(boolean quiet, boolean asked, long total, PrintStream err) {
        if (quiet) {
            return none();
        }
        if (System.console() != null && standardErrorIsTerminal()) {
            return new Bar(total, err);
        }
        return asked ? new Plain(total, err, PLAIN_INTERVAL_NANOS) : none();
    }

    static Progress none() {
        return new Progress() {
            @Override
            public void update(long inputs, long records) {
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * Java tells only whether standard input and output are a terminal; on Linux the descriptor's
     * link tells it for standard error. Elsewhere the console's answer stands for it.
     */
    private static boolean standardErrorIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return true;
        }
    }

    /** The progressbar library's bar: done/total, inputs per second and the time left. */
    final class Bar implements Progress {
        private final ProgressBar bar;

        Bar(long total, PrintStream err) {
            bar = new ProgressBarBuilder().setTaskName("coupure").setInitialMax(total).setUnit(" inputs", 1)
                    .showSpeed().setConsumer(new ConsoleProgressBarConsumer(err)).build();
        }

        @Override
        public void update(long inputs, long records) {
            bar.stepTo(inputs);
            bar.setExtraMessage(" " + records + " records");
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    /** One line every few seconds, for logs. */
    final class Plain implements Progress {
        private final long total;
        private final PrintStream err;
        private final long interval;
        private final long started = System.nanoTime();
        private long last = started;

        Plain(long total, PrintStream err, long intervalNanos) {
            this.total = total;
            this.err = err;
            this.interval = intervalNanos;
        }

        @Override
        public void update(long inputs, long records) {
            long now = System.nanoTime();
            if (now - last >= interval) {
                last = now;
                err.printf(Locale.ROOT, "coupure: %d/%d inputs, %d records, %.1f records/s%n", inputs, total, records,
                        records / ((now - started) / 1e9));
            }
        }

        @Override
        public void close() {
        }
    }
}
