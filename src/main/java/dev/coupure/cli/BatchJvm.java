package dev.coupure.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Runs a large ingest in a child JVM set up for a batch of thousands of documents, when the user
 * did not set it up themselves.
 *
 * <p>The heap. Left to itself, the JVM may take a quarter of the machine's memory, and G1 takes
 * it: model loading at start-up makes its first collections slow, it grows the heap to a gigabyte
 * or more to make them rarer, and never gives it back, though the run keeps 60 to 150 MB alive. A
 * nightly job on a shared machine should not hold 2 GB for that.
 *
 * <p>The compiler and the collector. A run of 10,000 documents spent a third of its CPU time in
 * the JIT compiler: the pipeline is a lot of hot code, and C2 inlined it into methods of 50 to
 * 70 KB, compiled again after each deoptimization. Compiling later and inlining less halves that
 * cost and loses little speed once compiled; a stop-the-world collector without concurrent
 * threads leaves the cores to the workers (docs/performance.md has the figures). These options
 * are HotSpot's; another JVM gets the heap bound alone. Each is added only where the user set no
 * value of their own.
 *
 * <p>A small run is left alone: the child's start would cost it a fifth of a second, and it ends
 * before the compiler matters.
 */
final class BatchJvm {

    /** The heap a run needs at full speed (docs/performance.md): the live set is under 150 MB at 100,000 documents. */
    static final String MAX_HEAP = "-Xmx768m";
    static final long MAX_HEAP_BYTES = 768L << 20;
    /** Compile later, and inline less deeply and smaller methods (see the class comment). */
    static final List<String> COMPILER_OPTIONS = List.of("-XX:CompileThresholdScaling=3", "-XX:MaxInlineLevel=6",
            "-XX:InlineSmallCode=1000", "-XX:FreqInlineSize=100");
    /** One collector thread is enough for two workers; more cores get the parallel collector's threads. */
    static final String SMALL_MACHINE_COLLECTOR = "-XX:+UseSerialGC";
    static final String LARGE_MACHINE_COLLECTOR = "-XX:+UseParallelGC";
    /** Set in the child, so that it never relaunches itself. */
    static final String CHILD_PROPERTY = "coupure.batch-jvm";
    /** A run this large (in files or in bytes) is worth the child's start. */
    static final int LARGE_RUN_FILES = 1_000;
    static final long LARGE_RUN_BYTES = 64L << 20;

    /** The exit code of a child whose parent died: 128 + SIGKILL, as a shell reports a killed command. */
    static final int EXIT_ORPHANED = 137;

    /** JVM options by which a user bounds the heap themselves. */
    private static final List<String> HEAP_OPTIONS = List.of("-Xmx", "-XX:MaxHeapSize", "-XX:MaxRAM",
            "-XX:MaxRAMPercentage", "-XX:MaxRAMFraction", "-XX:MinRAMPercentage");

    /** JVM options by which a user watches the JVM they started. */
    private static final List<String> INSTRUMENTS = List.of("-agentlib", "-agentpath", "-javaagent", "-Xdebug",
            "-Xrunjdwp", "-XX:StartFlightRecording", "-XX:FlightRecorderOptions", "-Xlog", "-verbose");

    private BatchJvm() {
    }

    /**
     * Runs the command line again in a child JVM set up for a batch, when that is worth it.
     *
     * @param args the command line as the user gave it
     * @param inputs the inputs it names
     * @return the child's exit code, or empty when this JVM should do the run itself
     */
    static OptionalInt relaunchIfLarge(List<String> args, List<String> inputs) throws IOException, InterruptedException {
        List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (System.getProperty(CHILD_PROPERTY) != null || !startedAsCommand(System.getProperty("sun.java.command", ""))
                || watched(jvmOptions)) {
            return OptionalInt.empty();
        }
        List<String> added = childOptions(jvmOptions, Runtime.getRuntime().maxMemory(),
                Runtime.getRuntime().availableProcessors(), isHotSpot(System.getProperty("java.vm.name", "")));
        if (added.isEmpty() || !isLarge(inputs)) {
            return OptionalInt.empty();
        }
        Process child = new ProcessBuilder(command(jvmOptions, added, args)).inheritIO().start();
        // Ctrl-C reaches the child with its process group; a TERM sent to this JVM alone must too.
        Thread stop = new Thread(child::destroy, "coupure-child-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        int code = child.waitFor();
        Runtime.getRuntime().removeShutdownHook(stop);
        return OptionalInt.of(code);
    }

    /**
     * What the child adds to this JVM's options: the heap bound when the heap is the default and larger than a
     * run needs, and on HotSpot the collector and compiler options the user did not set. Empty: no child.
     */
    static List<String> childOptions(List<String> jvmOptions, long maxHeap, int processors, boolean hotSpot) {
        List<String> added = new ArrayList<>();
        if (maxHeap > MAX_HEAP_BYTES + (MAX_HEAP_BYTES >> 2) && !setAny(jvmOptions, HEAP_OPTIONS)) {
            added.add(MAX_HEAP);
        }
        if (!hotSpot) {
            return added;
        }
        if (jvmOptions.stream().noneMatch(o -> o.startsWith("-XX:+Use") && o.endsWith("GC"))) {
            added.add(processors <= 2 ? SMALL_MACHINE_COLLECTOR : LARGE_MACHINE_COLLECTOR);
        }
        for (String option : COMPILER_OPTIONS) {
            if (!setAny(jvmOptions, List.of(option.substring(0, option.indexOf('=') + 1)))) {
                added.add(option);
            }
        }
        return added;
    }

    /** Whether one of the options starts with one of the prefixes. */
    private static boolean setAny(List<String> jvmOptions, List<String> prefixes) {
        return jvmOptions.stream().anyMatch(o -> prefixes.stream().anyMatch(o::startsWith));
    }

    /** HotSpot (Oracle's, OpenJDK's, GraalVM's) names itself a "Server VM" or "Client VM"; OpenJ9 does not. */
    static boolean isHotSpot(String vmName) {
        return vmName.contains("Server VM") || vmName.contains("Client VM");
    }

    /**
     * A JVM run under a debugger, an agent, a flight recording or a log file stays as it is: a
     * child would open the same port or file again, and the user watches this JVM.
     */
    static boolean watched(List<String> jvmOptions) {
        return setAny(jvmOptions, INSTRUMENTS);
    }

    /**
     * In the child: ends this JVM when the JVM that started it ends, however it ends. A CI job
     * that kills Coupure with SIGKILL kills the parent only; the child must not go on writing a
     * dataset nobody waits for. Ending abruptly is safe: output is replaced atomically.
     */
    static void followParent() {
        if (System.getProperty(CHILD_PROPERTY) != null) {
            ProcessHandle.current().parent()
                    .ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(EXIT_ORPHANED)));
        }
    }

    /**
     * Whether this JVM was started to run Coupure's command line ({@code java -jar coupure.jar} or
     * {@code java -cp ... dev.coupure.cli.Main}), not a test runner or a program embedding it.
     */
    static boolean startedAsCommand(String javaCommand) {
        String main = javaCommand.split(" ", 2)[0];
        return main.equals(Main.class.getName()) || main.endsWith(".jar") && main.equals(System.getProperty("java.class.path"));
    }

    /** The child's command: this JVM's own options and class path, the added options, the same arguments. */
    static List<String> command(List<String> jvmOptions, List<String> added, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(added);
        command.add("-D" + CHILD_PROPERTY + "=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(args);
        return command;
    }

    /**
     * Whether the inputs hold at least {@link #LARGE_RUN_FILES} files or {@link #LARGE_RUN_BYTES}
     * bytes; the walk stops as soon as they do. Standard input counts as small: its size is unknown.
     */
    static boolean isLarge(List<String> inputs) {
        long files = 0;
        long bytes = 0;
        for (String input : inputs) {
            if (input.equals("-")) {
                continue;
            }
            // Links followed, as the input walk follows them: a directory of links to archives is large.
            try (Stream<Path> walk = Files.walk(Path.of(input), FileVisitOption.FOLLOW_LINKS)) {
                for (Iterator<Path> it = walk.iterator(); it.hasNext(); ) {
                    BasicFileAttributes attributes = Files.readAttributes(it.next(), BasicFileAttributes.class);
                    if (attributes.isRegularFile()) {
                        files++;
                        bytes += attributes.size();
                        if (files >= LARGE_RUN_FILES || bytes >= LARGE_RUN_BYTES) {
                            return true;
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                // an input that cannot be walked is the run's to report, not this estimate's
            }
        }
        return false;
    }
}
