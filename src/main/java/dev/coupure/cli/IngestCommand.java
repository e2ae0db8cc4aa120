package dev.coupure.cli;

import dev.coupure.input.InputReader;
import dev.coupure.input.InputWalker;
import dev.coupure.input.Skips;
import dev.coupure.input.container.Expander;
import dev.coupure.lang.LanguageIdentifier;
import dev.coupure.pipeline.Pipeline;
import dev.coupure.refresh.OutputOptions;
import dev.coupure.refresh.Run;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
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
            "0:done (inputs that failed are error records, and neither rule below applies)",
            "1:--strict and an input failed, or more than --max-failure-rate of the inputs failed",
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
            "  coupure ingest archive/ -o out.jsonl --state out.state --report run.json \\",
            "      --max-failure-rate 0.05",
            "      nightly refresh: only new or changed inputs are processed; exit 1 when",
            "      over 5 %% of the inputs failed; the report says what happened",
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

    @CommandLine.Mixin
    RecordOptions records;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: the number of processors). Output order never depends on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--state", paramLabel = "FILE",
            description = "Incremental runs: keep here what each input gave (needs -o). With a state from an earlier"
                    + " run of the same Coupure version and options, only new or changed inputs are processed again,"
                    + " deleted ones are dropped, and the output is the same bytes a full run gives. An input whose size,"
                    + " modification time and file on disk are those recorded is not read again (as rsync and git"
                    + " tell); any other is hashed (SHA-256). Replaced with the output, atomically.")
    Path state;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Write a JSON report of the run here (schema coupure.report/1, docs/report.md): inputs by"
                    + " outcome, languages, dates, entities, duplicates and stories, time, memory.")
    Path report;

    @Option(names = "--max-failure-rate", paramLabel = "R",
            description = "Exit with code 1 if more than this share (0 to 1) of the inputs failed.")
    Double maxFailureRate;

    @Option(names = "--progress",
            description = "When standard error is not a terminal, print a progress line every few seconds (on a"
                    + " terminal a progress bar is shown anyway).")
    boolean progress;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on standard error: no summary, no progress.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        LanguageIdentifier identifier = records.identifier(spec.commandLine());
        if (threads < 1) {
            throw usage("--threads must be at least 1");
        }
        OutputOptions options = records.values(spec.commandLine());
        if (state != null && output == null) {
            throw usage("--state needs -o: the state describes an output file");
        }
        Path errorsPath = errors != null ? errors : output == null ? null : Path.of(output + ".errors.jsonl");
        if (state != null && (samePath(state, output) || samePath(state, errorsPath))) {
            throw usage("--state must be a file of its own, not the output or the error records");
        }
        if (maxFailureRate != null && !(maxFailureRate >= 0 && maxFailureRate <= 1)) {
            throw usage("--max-failure-rate must be between 0 and 1");
        }
        OptionalInt child = BatchJvm.relaunchIfLarge(spec.commandLine().getParseResult().originalArgs(), inputs);
        if (child.isPresent()) {
            return child.getAsInt();
        }
        Skips skips = new Skips();
        InputWalker walker = new InputWalker(options.glob(), skips);
        InputReader reader = new InputReader(Expander.Limits.defaults(options.maxBytes()), skips, System.in);
        Run.Config config = new Run.Config(inputs, output, errorsPath, state, report, options, threads, maxFailureRate,
                strict, quiet, progress);
        Run.Stages stages = new Run.Stages(skips, walker, reader,
                () -> new Pipeline(identifier, options.pipelineOptions()));
        try {
            return new Run(config, stages, Main.Version.number(), System.err).execute();
        } catch (FileSystemException e) {
            throw usage("cannot write " + e.getFile() + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    private static boolean samePath(Path a, Path b) {
        return b != null && a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
