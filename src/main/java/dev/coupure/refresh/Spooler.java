package dev.coupure.refresh;

import dev.coupure.input.InputReader;
import dev.coupure.input.InputRef;
import dev.coupure.input.Item;
import dev.coupure.input.Skips;
import dev.coupure.pipeline.Batch;
import dev.coupure.pipeline.Outcome;
import dev.coupure.story.Sketch;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * A run's first phase: every input, in input order, either processed by the batch or, when the
 * previous state holds it with the same digest, taken from there as it is, into the spool; the
 * sketch of every article kept for grouping. Inputs and the batch's outcomes are matched on the
 * one thread that reads the inputs and receives the outcomes, in order: an input is closed once it
 * has been read and all it gave has come back.
 */
final class Spooler {

    private final SpoolWriter spool;
    private final PreviousState previous;
    private final InputReader reader;
    private final Skips skips;
    private final Runnable beforeFirstDocument;
    private final Progress progress;
    private final RunReport report;
    private final Deque<Pending> pending = new ArrayDeque<>();
    private final List<Sketch> sketches = new ArrayList<>();
    private boolean processing;
    int processedInputs;
    int reusedInputs;
    int reusedRecords;
    private long inputsDone;
    private long records;

    /** Inputs looked up together, on every core: hashing them and reading their old lines is most of a refresh. */
    private static final int LOOKAHEAD = 64;

    /**
     * What an input's check says: whether the previous state holds it and, when it does, its lines
     * and the sketches and counts of its articles, read off the reading thread.
     */
    private record Lookup(InputRef ref, InputChecker.Check check, PreviousState.Entry reused, byte[] lines,
            List<StateFormat.Reused> articles, int records) {
    }

    /** An input on its way: read (or reused) but maybe not all its outcomes back yet. */
    private static final class Pending {
        final Lookup lookup;
        int emitted;
        int received;
        boolean read;
        Map<String, Integer> skipped = Map.of();

        Pending(Lookup lookup) {
            this.lookup = lookup;
            this.read = lookup.reused() != null;
        }
    }

    /**
     * @param previous the previous run's state, or null
     * @param beforeFirstDocument run once, on the reading thread, before the first input to process (loads the pipeline)
     * @param report counts what each article spooled holds
     */
    Spooler(SpoolWriter spool, PreviousState previous, InputReader reader, Skips skips, Runnable beforeFirstDocument,
            Progress progress, RunReport report) {
        this.spool = spool;
        this.previous = previous;
        this.reader = reader;
        this.skips = skips;
        this.beforeFirstDocument = beforeFirstDocument;
        this.progress = progress;
        this.report = report;
    }

    /**
     * @param checks what the run knows of the inputs, in the same order, when it keeps a state; else null
     * @return every article's sketch, in output order
     */
    List<Sketch> run(List<InputRef> refs, List<InputChecker.Check> checks, Batch batch) throws InterruptedException {
        batch.run(sink -> {
            for (int from = 0; from < refs.size(); from += LOOKAHEAD) {
                List<Lookup> lookups = IntStream.range(from, Math.min(refs.size(), from + LOOKAHEAD)).parallel()
                        .mapToObj(i -> lookUp(refs.get(i), checks == null ? InputChecker.Check.NEVER_REUSED : checks.get(i)))
                        .toList();
                for (Lookup lookup : lookups) {
                    read(lookup, sink);
                }
            }
        }, this::receive);
        settle();
        if (!pending.isEmpty()) {
            throw new IllegalStateException("the batch gave fewer outcomes than inputs were read");
        }
        return sketches;
    }

    private Lookup lookUp(InputRef ref, InputChecker.Check check) {
        PreviousState.Entry entry = check.reused();
        if (entry == null) {
            return new Lookup(ref, check, null, null, List.of(), 0);
        }
        try {
            byte[] lines = previous.read(entry);
            List<StateFormat.Reused> reusedArticles = new ArrayList<>();
            int reusedLines = 0;
            PreviousState.LineScanner scanner = new PreviousState.LineScanner(new ByteArrayInputStream(lines));
            while (scanner.next()) {
                if (!StateFormat.startsWith(scanner.bytes, scanner.length, StateFormat.INPUT_LINE_START)) {
                    StateFormat.Reused article = StateFormat.reused(scanner.bytes, scanner.length);
                    if (article != null) {
                        reusedArticles.add(article);
                    }
                    reusedLines++;
                }
            }
            return new Lookup(ref, check, entry, lines, reusedArticles, reusedLines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read(Lookup lookup, Item.Sink sink) throws InterruptedException {
        Pending p = new Pending(lookup);
        pending.add(p);
        if (lookup.reused() == null) {
            if (!processing) {
                processing = true;
                beforeFirstDocument.run();
            }
            Map<String, Integer> before = skips.counts();
            reader.read(List.of(lookup.ref()), item -> {
                p.emitted++;
                sink.accept(item);
            });
            p.skipped = difference(skips.counts(), before);
            p.read = true;
        }
        settle();
    }

    private void receive(Outcome outcome) {
        settle();
        Pending p = pending.peekFirst();
        p.received++;
        if (outcome instanceof Outcome.Article a) {
            spool.article(a.record(), a.sketch());
            sketches.add(a.sketch());
            report.content(RunReport.Tally.of(a.record()));
        } else if (outcome instanceof Outcome.Failure f) {
            spool.error(f.record());
        }
        records++;
        progress.update(inputsDone, records);
        settle();
    }

    /** Closes, in order, the inputs read whose outcomes have all come back. */
    private void settle() {
        for (Pending p = pending.peekFirst(); p != null && p.read && p.received == p.emitted; p = pending.peekFirst()) {
            pending.removeFirst();
            Lookup lookup = p.lookup;
            if (lookup.reused() != null) {
                for (StateFormat.Reused article : lookup.articles()) {
                    sketches.add(article.sketch());
                    report.content(article.tally());
                }
                reusedRecords += lookup.records();
                records += lookup.records();
                reuse(lookup);
                skips.addAll(lookup.reused().skipped());
                reusedInputs++;
            } else {
                spool.input(lookup.ref().path(), lookup.check().digest(), p.skipped, lookup.check().signature());
                processedInputs++;
            }
            inputsDone++;
            progress.update(inputsDone, records);
        }
    }

    /**
     * A reused input's lines into the spool: as they are, or with a closing line that records the
     * signature this run learned of it (or forgets one that no longer holds).
     */
    private void reuse(Lookup lookup) {
        PreviousState.Entry entry = lookup.reused();
        InputSignature signature = lookup.check().signature();
        if (Objects.equals(signature, entry.signature())) {
            spool.copy(lookup.lines());
        } else {
            spool.copy(lookup.lines(), Math.toIntExact(entry.closing() - entry.start()));
            spool.input(lookup.ref().path(), entry.digest(), entry.skipped(), signature);
        }
    }

    private static Map<String, Integer> difference(Map<String, Integer> after, Map<String, Integer> before) {
        Map<String, Integer> added = new TreeMap<>();
        after.forEach((reason, n) -> {
            int more = n - before.getOrDefault(reason, 0);
            if (more > 0) {
                added.put(reason, more);
            }
        });
        return added;
    }
}
