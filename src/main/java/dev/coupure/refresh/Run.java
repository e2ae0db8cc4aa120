package dev.coupure.refresh;

import dev.coupure.input.FileStat;
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
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
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
        // before the walk looks the inputs up: what a signature recorded is measured against (FileStat.MARGIN)
        Instant runStart = Instant.now();
        FutureTask<PreviousState.Opened> opening = config.state() == null ? null
                : aside("coupure-state-reader", () -> PreviousState.open(config.state(), version, config.options()));
        List<InputRef> refs;
        try {
            refs = stages.walker().expand(config.inputs());
        } catch (RuntimeException | Error e) {
            discard(opening, e);
            throw e;
        }
        long walked = System.nanoTime();
        report.stage("walk", walked - started);
        PreviousState previous = openPrevious(opening);
        try (previous) {
            // Without a state nothing is ever compared: the inputs need no checking.
            List<InputChecker.Check> checks = config.state() == null ? null : checks(refs, previous, runStart);
            StateFormat.Written kept = previous == null ? null : unchanged(previous, refs, checks, runStart);
            if (kept != null) {
                keep(previous, refs, checks);
                long checked = System.nanoTime();
                report.stage("check", checked - walked);
                if (remember(previous, refs, checks, kept)) {
                    report.stage("commit", System.nanoTime() - checked);
                }
                return finish(started);
            }
            try (Replacement replacement = new Replacement()) {
                Path outputTemporary = config.output() == null ? null : replacement.add(config.output());
                Path errorsTemporary = config.errors() == null ? null : replacement.add(config.errors());
                Path spool = config.state() != null ? replacement.add(config.state()) : spoolFor(config.output());
                try {
                    List<Sketch> sketches = spool(refs, checks, previous, spool);
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
     * What the run knows of every input, in input order, found on every core before anything else: a
     * refresh first asks whether anything changed, and the new state records it.
     */
    private List<InputChecker.Check> checks(List<InputRef> refs, PreviousState previous, Instant runStart) {
        InputChecker checker = new InputChecker(previous, runStart, config.options().mtimeReference());
        return refs.parallelStream().map(checker::check).toList();
    }

    /**
     * When this run would write what is already in place (the same inputs in the same order, each
     * unchanged, and the output and error files those the state's run wrote, byte for byte), what
     * the state says that run wrote, with what this run learned of the files; else null.
     */
    private StateFormat.Written unchanged(PreviousState previous, List<InputRef> refs, List<InputChecker.Check> checks,
            Instant runStart) throws IOException {
        StateFormat.Written written = previous.written();
        if (written == null || previous.paths().size() != refs.size() || config.output() == null) {
            return null;
        }
        Iterator<String> paths = previous.paths().iterator();
        for (int i = 0; i < refs.size(); i++) {
            if (!paths.next().equals(refs.get(i).path()) || checks.get(i).reused() == null) {
                return null;
            }
        }
        StateFormat.WrittenFile output = inPlace(config.output(), written.output(), runStart);
        if (output == null) {
            return null;
        }
        if (config.errors() == null) {
            return written.errors() == null ? new StateFormat.Written(output, null, written.counts()) : null;
        }
        StateFormat.WrittenFile errors = inPlace(config.errors(), written.errors(), runStart);
        return errors == null ? null : new StateFormat.Written(output, errors, written.counts());
    }

    /**
     * The file in place, when it is the one the state's run wrote: known by its stat when the state
     * recorded it, else hashed, and then with its stat when it can be recorded now. Else null.
     */
    private static StateFormat.WrittenFile inPlace(Path file, StateFormat.WrittenFile expected, Instant runStart) {
        if (expected == null) {
            return null;
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return null;
            }
            FileStat stat = FileStat.of(attributes);
            if (stat.equals(expected.stat())) {
                return expected;
            }
            if (stat.size() != expected.size() || !InputDigest.ofFile(file).equals(expected.digest())) {
                return null;
            }
            return stat.settledBefore(runStart) ? StateFormat.WrittenFile.of(expected.digest(), stat) : expected;
        } catch (IOException e) {
            return null; // gone or unreadable: written again
        }
    }

    /** Reports a run that keeps the files in place: what they hold is what the state says its run wrote. */
    private void keep(PreviousState previous, List<InputRef> refs, List<InputChecker.Check> checks) {
        for (InputChecker.Check check : checks) {
            stages.skips().addAll(check.reused().skipped());
        }
        report.restore(previous.written().counts());
        files.put("total", refs.size());
        files.put("processed", 0);
        files.put("reused", refs.size());
        files.put("removed", 0);
        files.put("records_reused", report.written + report.failed);
        files.put("hashed", hashed(checks));
        stateInfo.put("status", "unchanged");
    }

    /**
     * Records in the state what a run that keeps the files in place learned of them (signatures of
     * inputs it hashed, stats of the output and errors), so that the next run need not read them
     * again. The state is not touched when there is nothing new.
     *
     * @return whether the state was written again
     */
    private boolean remember(PreviousState previous, List<InputRef> refs, List<InputChecker.Check> checks,
            StateFormat.Written kept) throws IOException {
        Map<String, InputSignature> learned = new HashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            InputChecker.Check check = checks.get(i);
            if (check.hashed() && check.signature() != null && !check.signature().equals(check.reused().signature())) {
                learned.put(refs.get(i).path(), check.signature());
            }
        }
        if (learned.isEmpty() && kept.equals(previous.written())) {
            return false;
        }
        StateUpdate.write(previous, learned, kept, config.state());
        return true;
    }

    private static long hashed(List<InputChecker.Check> checks) {
        return checks == null ? 0 : checks.stream().filter(InputChecker.Check::hashed).count();
    }

    /** Ends the new state with what this run wrote beside it. */
    private void closeState(Path state, Path outputTemporary, Path errorsTemporary) throws IOException {
        StateFormat.Written written = new StateFormat.Written(writtenFile(outputTemporary),
                errorsTemporary == null ? null : writtenFile(errorsTemporary), report.counts());
        Files.writeString(state, StateFormat.writtenLine(written), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /**
     * A file this run wrote, hashed as it was. Its stat is not recorded: the file was modified just now,
     * too recently to be told by it (FileStat.MARGIN); the next run that finds it unchanged records it.
     */
    private StateFormat.WrittenFile writtenFile(Path file) throws IOException {
        return StateFormat.WrittenFile.of(InputDigest.of(Files.size(file), writtenHashes.get(file)), null);
    }

    /** The first phase: every input processed or reused into the spool; returns the articles' sketches. */
    private List<Sketch> spool(List<InputRef> refs, List<InputChecker.Check> checks, PreviousState previous, Path spool)
            throws IOException, InterruptedException {
        try (SpoolWriter writer = new SpoolWriter(spool, version, config.options());
                Progress progress = Progress.choose(config.quiet(), config.progress(), refs.size(), err)) {
            Spooler spooler = new Spooler(writer, previous, stages.reader(), stages.skips(), this::loadPipeline, progress,
                    report);
            Batch batch = new Batch(doc -> pipeline.process(doc), config.threads(),
                    Duration.ofSeconds(config.options().timeoutPerDoc()));
            List<Sketch> sketches = spooler.run(refs, checks, batch);
            files.put("total", refs.size());
            files.put("processed", spooler.processedInputs);
            files.put("reused", spooler.reusedInputs);
            files.put("removed", previous == null ? 0 : removed(previous, refs));
            files.put("records_reused", spooler.reusedRecords);
            files.put("hashed", hashed(checks));
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
     * Runs a task on a thread of its own. A refresh reads the previous state while the inputs are
     * walked: the reads share nothing, and a refresh waits on both.
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
