package dev.coupure.refresh;

import dev.coupure.input.InputReader;
import dev.coupure.input.InputRef;
import dev.coupure.input.InputWalker;
import dev.coupure.input.Skips;
import dev.coupure.pipeline.Batch;
import dev.coupure.pipeline.Pipeline;
import dev.coupure.record.JsonLines;
import dev.coupure.story.Placement;
import dev.coupure.story.Sketch;
import dev.coupure.story.StoryGrouper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * One {@code ingest} run, in two phases: every input processed (or reused from the state) into a
 * spool, in input order; then the whole run's articles grouped, and the spool streamed to the output
 * with each record's placement. Grouping needs the whole run, and the spool keeps memory to the
 * sketches. The spool is the new state when there is one; output, errors and state are then
 * replaced together ({@link Replacement}).
 */
public final class Run {

    /**
     * What the command line asked for.
     *
     * @param output the output file, or null for standard output
     * @param errors the error records' file, or null for standard error
     * @param state the state file, or null
     * @param report the report file, or null
     * @param maxFailureRate the share of failed inputs above which the run exits 1, or null
     */
    public record Config(List<String> inputs, Path output, Path errors, Path state, Path report, OutputOptions options,
            int threads, Double maxFailureRate, boolean strict, boolean quiet, boolean progress) {
    }

    /** The stages the command line built and checked. */
    public record Stages(Skips skips, InputWalker walker, InputReader reader, Supplier<Pipeline> pipeline) {
    }

    private final Config config;
    private final Stages stages;
    private final String version;
    private final PrintStream err;
    private final RunReport report = new RunReport();
    /** The report's "files" and "state" parts, filled as the run goes. */
    private final Map<String, Object> files = new LinkedHashMap<>();
    private final Map<String, Object> stateInfo = new LinkedHashMap<>();
    private Pipeline pipeline;
    /** The hashes of the output and error files, taken as they are written. */
    private final Map<Path, MessageDigest> writtenHashes = new HashMap<>();

    public Run(Config config, Stages stages, String version, PrintStream err) {
        this.config = config;
        this.stages = stages;
        this.version = version;
        this.err = err;
    }

    /** Runs and returns the exit code: 0, or 1 when inputs failed beyond what --strict or --max-failure-rate allow. */
    public int execute() throws IOException, InterruptedException {
        long started = System.nanoTime();
        FutureTask<PreviousState.Opened> opening = config.state() == null ? null
                : aside("coupure-state-reader", () -> PreviousState.open(config.state(), version, config.options()));
        // An unchanged refresh checks the output against the state; its hash need not wait for the state.
        FutureTask<InputDigest> outputHash = config.state() == null || config.output() == null
                || !Files.isRegularFile(config.output()) ? null
                : aside("coupure-output-hash", () -> InputDigest.ofFile(config.output()));
        List<InputRef> refs;
        try {
            refs = stages.walker().expand(config.inputs());
        } catch (RuntimeException | Error e) {
            if (outputHash != null) {
                outputHash.cancel(true);
            }
            discard(opening, e);
            throw e;
        }
        long walked = System.nanoTime();
        report.stage("walk", walked - started);
        PreviousState previous = openPrevious(opening);
        try (previous) {
            // Without a state nothing is ever compared: the inputs need no hashing.
            List<InputDigest> digests = config.state() == null ? null : digests(refs);
            if (previous != null && unchanged(previous, refs, digests, outputHash)) {
                keep(previous, refs);
                report.stage("check", System.nanoTime() - walked);
                return finish(started);
            }
            if (outputHash != null) {
                outputHash.cancel(true); // the output is written anew: its old hash is not needed
            }
            try (Replacement replacement = new Replacement()) {
                Path outputTemporary = config.output() == null ? null : replacement.add(config.output());
                Path errorsTemporary = config.errors() == null ? null : replacement.add(config.errors());
                Path spool = config.state() != null ? replacement.add(config.state()) : spoolFor(config.output());
                try {
                    List<Sketch> sketches = spool(refs, digests, previous, spool);
                    long spooled = System.nanoTime();
                    report.stage("process", spooled - walked);
                    List<Placement> placements = new StoryGrouper().group(sketches);
                    long grouped = System.nanoTime();
                    report.stage("group", grouped - spooled);
                    write(spool, placements, outputTemporary, errorsTemporary);
                    if (config.state() != null) {
                        closeState(spool, outputTemporary, errorsTemporary);
                    }
                    long written = System.nanoTime();
                    report.stage("write", written - grouped);
                    replacement.commit();
                    report.stage("commit", System.nanoTime() - written);
                } finally {
                    if (config.state() == null) {
                        Files.deleteIfExists(spool);
                    }
                }
            }
        }
        return finish(started);
    }

    /**
     * Every input's digest, in input order, taken on every core before anything else: a refresh
     * first asks whether anything changed, and the new state records them.
     */
    private List<InputDigest> digests(List<InputRef> refs) {
        boolean withModifiedTime = config.options().mtimeReference();
        return refs.parallelStream().map(r -> InputDigest.of(r, withModifiedTime).orElse(null)).toList();
    }

    /**
     * Whether this run would write what is already in place: the same inputs in the same order, each
     * unchanged, and the output and error files those the state's run wrote, byte for byte.
     */
    private boolean unchanged(PreviousState previous, List<InputRef> refs, List<InputDigest> digests,
            FutureTask<InputDigest> outputHash) throws IOException, InterruptedException {
        StateFormat.Written written = previous.written();
        if (written == null || previous.paths().size() != refs.size() || config.output() == null) {
            return false;
        }
        Iterator<String> paths = previous.paths().iterator();
        for (int i = 0; i < refs.size(); i++) {
            String path = refs.get(i).path();
            if (!paths.next().equals(path) || digests.get(i) == null || previous.reusable(path, digests.get(i)) == null) {
                return false;
            }
        }
        return outputHash != null && written.output() != null && Files.isRegularFile(config.output())
                && Files.size(config.output()) == written.output().size()
                && result(outputHash).equals(written.output())
                && (config.errors() == null ? written.errors() == null : sameFile(config.errors(), written.errors()));
    }

    private static boolean sameFile(Path file, InputDigest expected) throws IOException {
        return expected != null && Files.isRegularFile(file) && Files.size(file) == expected.size()
                && InputDigest.ofFile(file).equals(expected);
    }

    /** Reports a run that keeps the files in place: what they hold is what the state says its run wrote. */
    private void keep(PreviousState previous, List<InputRef> refs) {
        for (InputRef ref : refs) {
            stages.skips().addAll(previous.entry(ref.path()).skipped());
        }
        report.restore(previous.written().counts());
        files.put("total", refs.size());
        files.put("processed", 0);
        files.put("reused", refs.size());
        files.put("removed", 0);
        files.put("records_reused", report.written + report.failed);
        stateInfo.put("status", "unchanged");
    }

    /** Ends the new state with what this run wrote beside it. */
    private void closeState(Path state, Path outputTemporary, Path errorsTemporary) throws IOException {
        StateFormat.Written written = new StateFormat.Written(writtenDigest(outputTemporary),
                errorsTemporary == null ? null : writtenDigest(errorsTemporary), report.counts());
        Files.writeString(state, StateFormat.writtenLine(written), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private InputDigest writtenDigest(Path file) throws IOException {
        return InputDigest.of(Files.size(file), writtenHashes.get(file));
    }

    /** The first phase: every input processed or reused into the spool; returns the articles' sketches. */
    private List<Sketch> spool(List<InputRef> refs, List<InputDigest> digests, PreviousState previous, Path spool)
            throws IOException, InterruptedException {
        try (SpoolWriter writer = new SpoolWriter(spool, version, config.options());
                Progress progress = Progress.choose(config.quiet(), config.progress(), refs.size(), err)) {
            Spooler spooler = new Spooler(writer, previous, stages.reader(), stages.skips(), this::loadPipeline, progress,
                    report);
            Batch batch = new Batch(doc -> pipeline.process(doc), config.threads(),
                    Duration.ofSeconds(config.options().timeoutPerDoc()));
            List<Sketch> sketches = spooler.run(refs, digests, batch);
            files.put("total", refs.size());
            files.put("processed", spooler.processedInputs);
            files.put("reused", spooler.reusedInputs);
            files.put("removed", previous == null ? 0 : removed(previous, refs));
            files.put("records_reused", spooler.reusedRecords);
            return sketches;
        }
    }

    /**
     * Without a state, the spool is a hidden file next to the output, with a fixed name so that one
     * a killed run left is replaced rather than kept forever; for standard output, a temporary file.
     */
    private static Path spoolFor(Path output) throws IOException {
        if (output == null) {
            return Files.createTempFile("coupure-spool", ".jsonl");
        }
        Path spool = output.toAbsolutePath().resolveSibling("." + output.getFileName() + ".coupure-spool");
        Files.deleteIfExists(spool);
        return spool;
    }

    /**
     * Runs a task on a thread of its own. A refresh reads the previous state and hashes the output it
     * left while the inputs are walked and hashed: the reads share nothing, and an unchanged refresh
     * waits on all of them.
     */
    private static <T> FutureTask<T> aside(String name, Callable<T> task) {
        FutureTask<T> future = new FutureTask<>(task);
        Thread thread = new Thread(future, name);
        thread.setDaemon(true);
        thread.start();
        return future;
    }

    private static <T> T result(FutureTask<T> task) throws IOException, InterruptedException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The walk failed: the state read aside is closed, and what went wrong closing it rides on the walk's failure. */
    private static void discard(FutureTask<PreviousState.Opened> opening, Throwable failure) {
        if (opening == null) {
            return;
        }
        try {
            PreviousState state = result(opening).state();
            if (state != null) {
                state.close();
            }
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private PreviousState openPrevious(FutureTask<PreviousState.Opened> opening) throws IOException, InterruptedException {
        if (opening == null) {
            stateInfo.put("status", "none");
            return null;
        }
        stateInfo.put("path", config.state().toString());
        PreviousState.Opened opened = result(opening);
        if (opened.state() != null) {
            stateInfo.put("status", "used");
        } else if (opened.rejection() == null) {
            stateInfo.put("status", "new");
        } else {
            stateInfo.put("status", "rejected");
            stateInfo.put("reason", opened.rejection());
            if (!config.quiet()) {
                err.println("coupure: state " + config.state() + " not used: " + opened.rejection()
                        + "; processing every input");
            }
        }
        return opened.state();
    }

    /** Loads the pipeline the first time an input must be processed: an unchanged refresh never does. */
    private void loadPipeline() {
        pipeline = stages.pipeline().get();
    }

    private static int removed(PreviousState previous, List<InputRef> refs) {
        Set<String> current = new HashSet<>();
        refs.forEach(r -> current.add(r.path()));
        return (int) previous.paths().stream().filter(p -> !current.contains(p)).count();
    }

    /** The second phase: the spool's records, placed, to the output and the errors, in input order. */
    private void write(Path spool, List<Placement> placements, Path outputTemporary, Path errorsTemporary)
            throws IOException {
        try (OutputStream articles = open(outputTemporary, System.out);
                JsonLines failures = new JsonLines(new OutputStreamWriter(open(errorsTemporary, System.err),
                        StandardCharsets.UTF_8))) {
            PlacedOutput.write(spool, placements, articles, failures, report);
        }
    }

    /**
     * A file is hashed as it is written, for the state's closing line: reading it again would cost a
     * second pass. Without a state nothing reads the hash.
     */
    private OutputStream open(Path file, PrintStream fallback) throws IOException {
        if (file == null) {
            return new BufferedOutputStream(fallback, 1 << 16) {
                @Override
                public void close() throws IOException {
                    // a standard stream is not ours to close
                    flush();
                }
            };
        }
        OutputStream out = Files.newOutputStream(file);
        if (config.state() != null) {
            MessageDigest sha = InputDigest.newSha256();
            writtenHashes.put(file, sha);
            out = new DigestOutputStream(out, sha);
        }
        return new BufferedOutputStream(out, 1 << 16);
    }

    private int finish(long started) throws IOException {
        Skips skips = stages.skips();
        int inputs = report.written + report.failed + skips.total();
        boolean tooManyFailed = config.maxFailureRate() != null && inputs > 0
                && (double) report.failed / inputs > config.maxFailureRate();
        int exit = (config.strict() && report.failed > 0) || tooManyFailed ? 1 : 0;
        long total = System.nanoTime() - started;
        if (config.report() != null) {
            Map<String, Object> options = new LinkedHashMap<>(config.options().asMap());
            options.put("threads", config.threads());
            options.put("strict", config.strict());
            options.put("max_failure_rate", config.maxFailureRate());
            try (Replacement replacement = new Replacement()) {
                Path temporary = replacement.add(config.report());
                Files.writeString(temporary, StateFormat.json(report.document(version, options, skips.counts(), files,
                        stateInfo, total, exit)) + "\n");
                replacement.commit();
            }
        }
        if (!config.quiet()) {
            err.printf(Locale.ROOT, "coupure: read %d, written %d, failed %d, skipped %d%s%s, %.2f s%s%n",
                    report.written + report.failed, report.written, report.failed, skips.total(),
                    skips.total() > 0 ? " (" + skips + ")" : "", reuseNote(), total / 1e9,
                    report.failed > 0 && config.errors() != null ? " (errors in " + config.errors() + ")" : "");
        }
        return exit;
    }

    private String reuseNote() {
        if ("unchanged".equals(stateInfo.get("status"))) {
            return ", nothing changed: output kept as it is";
        }
        Object reused = files.get("reused");
        return reused == null || (int) reused == 0 ? "" : ", " + reused + " of " + files.get("total") + " inputs reused";
    }
}
