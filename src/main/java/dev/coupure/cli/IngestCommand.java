package dev.coupure.cli;

import dev.coupure.input.ContentDetector;
import dev.coupure.input.InputReader;
import dev.coupure.input.InputRef;
import dev.coupure.input.InputWalker;
import dev.coupure.input.Skips;
import dev.coupure.input.container.Expander;
import dev.coupure.lang.LanguageIdentifier;
import dev.coupure.pipeline.Batch;
import dev.coupure.pipeline.Outcome;
import dev.coupure.pipeline.Pipeline;
import dev.coupure.record.JsonLines;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coupure ingest}: inputs in, article records and error records out. */
@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        sortOptions = false,
        description = "Reads raw article dumps (the text a browser gives when you copy a whole news page),"
                + " saved web pages (HTML) and documents (PDF, DOCX, DOC, ODT, RTF, EPUB, EML), and writes one"
                + " clean JSON record per"
                + " article: body paragraphs, title, lede, authors, source,"
                + " language, publication date with its evidence, named entities. What a file is, is told from its"
                + " content, not its name. Zip, tar, tar.gz and gz files, web archives (WARC, WARC.gz) and mailboxes"
                + " (mbox) are read as streams, entry after entry, never unpacked to disk: each entry is an input,"
                + " reported as bundle.zip!/inner/path. Inputs that cannot be processed become error records,"
                + " with a kind that says why (not-text, unsupported-format, too-large, zip-bomb, truncated, timeout, ...):"
                + " nothing is dropped silently.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input was processed (or --strict is off)",
            "1:some inputs failed and --strict is on",
            "2:bad command line (unknown option, bad language code, unwritable output)"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  coupure ingest seeds/ -o articles.jsonl",
            "      every file under seeds/, in sorted order;",
            "      error records go to articles.jsonl.errors.jsonl",
            "  coupure ingest archive.tar.gz crawl.warc.gz -o out.jsonl",
            "      each entry of the tar, each HTML or text response of the crawl;",
            "      a WARC record is crawl.warc.gz!/OFFSET, with its URL and fetch time",
            "  coupure ingest inbox/ -o out.jsonl --glob '*.{txt,html}'",
            "      only the dumps and pages of inbox/; other files are counted as skipped",
            "  coupure ingest untrusted/ -o out.jsonl --timeout-per-doc 10 \\",
            "      --max-bytes 5000000",
            "      a document that takes over 10 s or is over 5 MB becomes an error",
            "      record, and the batch goes on",
            "  coupure ingest pages/ -o out.jsonl",
            "      saved web pages: the markup's headline, authors and date are checked against the page",
            "      and their source is in source.provenance and published.source",
            "  cat dump.txt | coupure ingest - --explain -q \\",
            "      | jq '.blocks[] | select(.label == \"boilerplate\")'",
            "      why each line was removed",
            "  coupure ingest archive/ -o out.jsonl --strict --languages fr,en",
            "      for CI: exit 1 when any input fails; French and English only",
            "  coupure ingest archive/ -o out.jsonl --reference-date 2025-01-18",
            "      \"hier\" and \"avant-hier\" count from 18 January 2025",
            "",
            "Records follow docs/record.md (schema coupure.article/1)."})
public final class IngestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Files (dumps, web pages, documents, archives), directories (every file, recursively, in"
                    + " sorted order; hidden files and *.meta.json sidecars excepted) or - for standard input.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write article records here as JSON Lines (default: standard output). Written to a"
                    + " temporary file first and moved into place at the end.")
    Path output;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Write error records here (default: <output>.errors.jsonl, or standard error when"
                    + " writing to standard output).")
    Path errors;

    @Option(names = "--strict", description = "Exit with code 1 if any input fails.")
    boolean strict;

    @Option(names = "--explain",
            description = "Add to each record the decision on every line: label, kind, reason, and the line's"
                    + " language where it differs from the article's.")
    boolean explain;

    @Option(names = "--languages", paramLabel = "CODES", split = ",",
            description = "Candidate languages for identification, as ISO 639-1 codes (default: ${DEFAULT-VALUE})."
                    + " Fewer is faster. A single code takes every article to be in that language.")
    List<String> languages = LanguageIdentifier.DEFAULT_LANGUAGES;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
            description = "The day that day words (\"hier\", \"yesterday\") count from, and the year yearless"
                    + " dates are read in. Default: the fetch time of the sidecar or the web archive record, else a"
                    + " date in the URL or the file name; without any, such dates give no publication date.")
    LocalDate referenceDate;

    @Option(names = "--mtime-reference",
            description = "When nothing better gives a reference date, use each file's modification day."
                    + " Off by default: copying an archive changes it.")
    boolean mtimeReference;

    @Option(names = "--glob", paramLabel = "PATTERN",
            description = "Only files inside directories whose name matches this pattern are inputs, e.g."
                    + " '*.{txt,html}' (default: every file). Files named on the command line are always read; those"
                    + " the pattern leaves out are counted as skipped in the summary.")
    String glob;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: the number of processors). Output order never depends on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-bytes", paramLabel = "BYTES",
            description = "Refuse documents larger than this, as too-large error records (default: ${DEFAULT-VALUE})."
                    + " An archive may be larger: the limit holds for each of its entries.")
    long maxBytes = 50L * 1024 * 1024;

    @Option(names = "--timeout-per-doc", paramLabel = "SECONDS",
            description = "A document whose processing takes longer becomes a timeout error record and the batch goes"
                    + " on (default: ${DEFAULT-VALUE}; 0 for no limit).")
    int timeoutPerDoc = 30;

    @Option(names = {"-q", "--quiet"}, description = "Do not print the summary line on standard error.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        long started = System.nanoTime();
        ContentDetector.warmUp();
        LanguageIdentifier identifier;
        try {
            identifier = LanguageIdentifier.forLanguages(languages);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--languages: " + e.getMessage());
        }
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        if (timeoutPerDoc < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timeout-per-doc must be 0 (no limit) or more");
        }
        Skips skips = new Skips();
        InputWalker walker;
        try {
            walker = new InputWalker(glob, skips);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--glob: " + e.getMessage());
        }
        List<InputRef> refs = walker.expand(inputs);
        InputReader reader = new InputReader(Expander.Limits.defaults(maxBytes), skips, System.in);
        Path errorsPath = errors != null ? errors : output == null ? null : Path.of(output + ".errors.jsonl");
        Pipeline pipeline = new Pipeline(identifier, new Pipeline.Options(explain, referenceDate, mtimeReference));
        Batch batch = new Batch(pipeline::process, threads, Duration.ofSeconds(timeoutPerDoc));
        Batch.Summary summary;
        try (Sink articles = Sink.open(output, System.out, spec);
                Sink failures = Sink.open(errorsPath, System.err, spec)) {
            summary = batch.run(sink -> reader.read(refs, sink), outcome -> {
                if (outcome instanceof Outcome.Article a) {
                    articles.lines.write(a.record());
                } else if (outcome instanceof Outcome.Failure f) {
                    failures.lines.write(f.record());
                    failures.lines.flush();
                }
            });
            articles.commit();
            failures.commit();
        }
        if (!quiet) {
            PrintStream err = System.err;
            err.printf(Locale.ROOT, "coupure: read %d, written %d, failed %d, skipped %d%s, %.2f s%s%n", summary.read(),
                    summary.written(), summary.failed(), skips.total(), skips.total() > 0 ? " (" + skips + ")" : "",
                    (System.nanoTime() - started) / 1e9,
                    summary.failed() > 0 && errorsPath != null ? " (errors in " + errorsPath + ")" : "");
        }
        return strict && summary.failed() > 0 ? 1 : 0;
    }

    /** A JSON Lines destination: a file written through a temporary file, or a standard stream. */
    private static final class Sink implements AutoCloseable {
        final JsonLines lines;
        private final Path target;
        private final Path temporary;

        private Sink(JsonLines lines, Path target, Path temporary) {
            this.lines = lines;
            this.target = target;
            this.temporary = temporary;
        }

        static Sink open(Path target, PrintStream fallback, CommandLine.Model.CommandSpec spec) {
            if (target == null) {
                Writer w = new BufferedWriter(new OutputStreamWriter(fallback, StandardCharsets.UTF_8)) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
                return new Sink(new JsonLines(w), null, null);
            }
            try {
                Path dir = target.toAbsolutePath().getParent();
                Files.createDirectories(dir);
                Path temporary = Files.createTempFile(dir, "." + target.getFileName(), ".part");
                return new Sink(new JsonLines(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)), target, temporary);
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "cannot write " + target + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
            }
        }

        void commit() throws IOException {
            lines.close();
            if (target != null) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }

        @Override
        public void close() throws IOException {
            lines.close();
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
