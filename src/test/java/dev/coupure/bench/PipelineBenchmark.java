package dev.coupure.bench;

import dev.coupure.clean.BlockClassifier;
import dev.coupure.doc.Decision;
import dev.coupure.clean.LinePatterns;
import dev.coupure.date.DateExtractor;
import dev.coupure.date.DateGrammar;
import dev.coupure.entity.EntityRecognizer;
import dev.coupure.entity.RuleBasedRecognizer;
import dev.coupure.input.InputReader;
import dev.coupure.input.InputRef;
import dev.coupure.input.InputWalker;
import dev.coupure.input.Skips;
import dev.coupure.input.RawDocument;
import dev.coupure.lang.LanguageIdentifier;
import dev.coupure.pipeline.FrontEnds;
import dev.coupure.pipeline.Outcome;
import dev.coupure.pipeline.Pipeline;
import dev.coupure.record.RecordAssembler;
import dev.coupure.doc.Block;
import dev.coupure.text.PersonNames;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Throughput and memory of the pipeline over a folder of dumps: not a test (timings belong in
 * docs/performance.md, not in assertions). Run by {@code .ci/bench DIR...}.
 *
 * <p>Inputs are read into memory first, so disk speed does not count; each measure runs after
 * a warm-up pass, and reports the best of several passes. One-thread figures are the thread's CPU
 * time: on a shared machine wall time counts other processes' turns. The two-thread figure is wall
 * time, and needs a quiet machine.
 */
public final class PipelineBenchmark {

    private static final int PASSES = 5;
    private static final int PER_DOCUMENT_PASSES = 10;

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // The dev sets keep their gold annotations (*.gold.json) beside the inputs: a glob leaves them out.
        String glob = args.length >= 2 && args[0].equals("--glob") ? args[1] : null;
        List<String> dirs = List.of(args).subList(glob == null ? 0 : 2, args.length);
        if (dirs.isEmpty()) {
            System.err.println("usage: PipelineBenchmark [--glob PATTERN] DIR...");
            System.exit(2);
        }
        long loadStart = System.nanoTime();
        List<RawDocument> docs = new ArrayList<>();
        InputReader reader = new InputReader(Long.MAX_VALUE, System.in);
        for (InputRef ref : new InputWalker(glob, new Skips()).expand(dirs)) {
            docs.add(reader.read(ref));
        }
        long bytes = docs.stream().mapToLong(d -> d.bytes().length).sum();
        LanguageIdentifier languages = LanguageIdentifier.all();
        Pipeline pipeline = new Pipeline(languages, false);
        pipeline.process(docs.get(0));
        double startup = (System.nanoTime() - loadStart) / 1e9;

        FrontEnds frontEnds = new FrontEnds(false);
        BlockClassifier classifier = BlockClassifier.standard(LinePatterns.load(), PersonNames.load());
        List<List<Block>> segmented = new ArrayList<>();
        for (RawDocument d : docs) {
            segmented.add(frontEnds.read(d).blocks());
        }
        List<String> bodies = new ArrayList<>();
        List<List<Decision>> classified = new ArrayList<>();
        for (List<Block> lines : segmented) {
            List<Decision> decisions = classifier.classify(lines);
            classified.add(decisions);
            bodies.add(RecordAssembler.bodyText(decisions));
        }
        DateExtractor dates = new DateExtractor(DateGrammar.load());
        long before = usedHeapAfterGc();
        EntityRecognizer entities = RuleBasedRecognizer.load();
        long entityTables = usedHeapAfterGc() - before;

        System.out.printf(Locale.ROOT, "documents: %d (%.1f MiB; article text %.0f chars on average), startup incl. models"
                + " and tables: %.2f s%n", docs.size(), bytes / 1048576.0,
                bodies.stream().mapToInt(String::length).average().orElse(0), startup);
        report("front end (detect, decode, normalize, parse, blocks)", docs.size(), bestCpu(() -> {
            for (RawDocument d : docs) {
                frontEnds.read(d);
            }
        }));
        report("classify (features, model, region, header)", docs.size(), bestCpu(() -> {
            for (List<Block> lines : segmented) {
                List<Decision> d = classifier.classify(lines);
                RecordAssembler.bodyText(d);
            }
        }));
        report("dates (grammar, roles, years)", docs.size(), bestCpu(() -> {
            for (int i = 0; i < classified.size(); i++) {
                dates.extract(classified.get(i), new DateExtractor.Context(docs.get(i).path(), null, "en", null, null));
            }
        }));
        report("entities (rules, alias tables)", docs.size(), bestCpu(() -> {
            for (String body : bodies) {
                entities.recognize(body, null, "en");
            }
        }));
        // the name tagger runs on French only: the same bodies read as French measure rules and tagger together
        long beforeTagger = usedHeapAfterGc();
        entities.recognize(bodies.get(0), null, "fr");
        long tagger = usedHeapAfterGc() - beforeTagger;
        report("entities, as French (rules, tables, tagger)", docs.size(), bestCpu(() -> {
            for (String body : bodies) {
                entities.recognize(body, null, "fr");
            }
        }));
        System.out.printf(Locale.ROOT, "name tagger model: %.1f MiB of heap%n", tagger / 1048576.0);
        report("language (script, trigram profiles, Lingua if unclear)", docs.size(), bestCpu(() -> bodies.forEach(languages::identify)));
        report("whole pipeline, 1 thread", docs.size(), bestCpu(() -> docs.forEach(pipeline::process)));
        report("whole pipeline, 1 thread, best per document", docs.size(), bestPerDocument(docs, pipeline));
        System.out.printf(Locale.ROOT, "allocated per document: %.0f KiB%n", allocatedPerDocument(docs, pipeline) / 1024);
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        report("whole pipeline, " + threads + " threads", docs.size(), best(() -> {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (RawDocument d : docs) {
                futures.add(pool.submit(() -> pipeline.process(d)));
            }
            for (Future<Outcome> f : futures) {
                f.get();
            }
        }));
        pool.shutdown();
        long peakHeap = 0;
        for (MemoryPoolMXBean pool2 : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool2.getType() == MemoryType.HEAP) {
                peakHeap += pool2.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "peak heap used: %.0f MiB (JVM max %d MiB); entity tables: %.1f MiB%n",
                peakHeap / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576, entityTables / 1048576.0);
    }

    private static long usedHeapAfterGc() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    interface Work {
        void run() throws Exception;
    }

    private static double best(Work work) throws Exception {
        return best(work, System::nanoTime);
    }

    /** The shortest of {@value #PASSES} runs after a warm-up, in seconds by {@code clock} (nanoseconds). */
    private static double best(Work work, java.util.function.LongSupplier clock) throws Exception {
        work.run();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < PASSES; i++) {
            long start = clock.getAsLong();
            work.run();
            best = Math.min(best, (clock.getAsLong() - start) / 1e9);
        }
        return best;
    }

    private static double bestCpu(Work work) throws Exception {
        return best(work, ManagementFactory.getThreadMXBean()::getCurrentThreadCpuTime);
    }

    /**
     * The sum over documents of each one's shortest CPU time in {@value #PER_DOCUMENT_PASSES} passes:
     * on a shared virtual machine, a neighbour's burst lands on some documents of a pass, rarely on
     * the same document in every pass, so this figure moves far less between runs than a pass's.
     */
    private static double bestPerDocument(List<RawDocument> docs, Pipeline pipeline) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] best = new long[docs.size()];
        Arrays.fill(best, Long.MAX_VALUE);
        for (int pass = 0; pass < PER_DOCUMENT_PASSES; pass++) {
            for (int i = 0; i < docs.size(); i++) {
                long start = cpu.getCurrentThreadCpuTime();
                pipeline.process(docs.get(i));
                best[i] = Math.min(best[i], cpu.getCurrentThreadCpuTime() - start);
            }
        }
        return Arrays.stream(best).sum() / 1e9;
    }

    /** Bytes allocated per document by one pass on this thread: garbage is what two threads share badly. */
    private static double allocatedPerDocument(List<RawDocument> docs, Pipeline pipeline) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        docs.forEach(pipeline::process);
        return (threads.getCurrentThreadAllocatedBytes() - before) / (double) docs.size();
    }

    private static void report(String stage, int docs, double seconds) {
        System.out.printf(Locale.ROOT, "%-45s %9.0f docs/s  %7.3f ms/doc%n", stage, docs / seconds, seconds * 1000 / docs);
    }
}
