package dev.coupure.cli;

import dev.coupure.lang.LanguageIdentifier;
import dev.coupure.refresh.OutputOptions;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options the records depend on, shared by {@code coupure ingest} and the Flink job
 * ({@code dev.coupure.flink.IngestJob}), so that both read a command line the same way and give
 * the same records for the same values.
 */
public final class RecordOptions {

    @Option(names = "--explain",
            description = "Add to each record the decision on every line: label, kind, reason, and the line's"
                    + " language where it differs from the article's.")
    boolean explain;

    @Option(names = "--languages", paramLabel = "CODES", split = ",",
            description = "Candidate languages for identification, as ISO 639-1 codes (default: every language"
                    + " Lingua knows and every script that names one language). A single code takes every article to be"
                    + " in that language.")
    List<String> languages = LanguageIdentifier.supportedCodes();

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

    @Option(names = "--max-bytes", paramLabel = "BYTES",
            description = "Refuse documents larger than this, as too-large error records (default: ${DEFAULT-VALUE})."
                    + " An archive may be larger: the limit holds for each of its entries.")
    long maxBytes = 50L * 1024 * 1024;

    @Option(names = "--timeout-per-doc", paramLabel = "SECONDS",
            description = "A document whose processing takes longer becomes a timeout error record and the batch goes"
                    + " on (default: ${DEFAULT-VALUE}; 0 for no limit).")
    int timeoutPerDoc = 30;

    /** The language identifier for {@code --languages}: a code Lingua does not know is a usage error. */
    public LanguageIdentifier identifier(CommandLine commandLine) {
        try {
            return LanguageIdentifier.forLanguages(languages);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, "--languages: " + e.getMessage());
        }
    }

    /** The values, checked: a negative timeout or an empty pattern is a usage error. */
    public OutputOptions values(CommandLine commandLine) {
        if (timeoutPerDoc < 0) {
            throw new CommandLine.ParameterException(commandLine, "--timeout-per-doc must be 0 (no limit) or more");
        }
        if (glob != null && glob.isBlank()) {
            throw new CommandLine.ParameterException(commandLine, "--glob: an empty pattern matches no file");
        }
        return new OutputOptions(languages, explain, referenceDate, mtimeReference, glob, maxBytes, timeoutPerDoc);
    }
}
