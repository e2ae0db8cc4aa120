package dev.coupure.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code coupure} command: only wires the subcommands to picocli. */
@Command(name = "coupure",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Turns archives of raw news-article dumps into clean, explainable JSON records.",
        subcommands = {IngestCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Run 'coupure ingest --help' for the main command."})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        BatchJvm.followParent();
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code, for tests and embedding. */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'coupure ingest --help'");
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            return new String[] {"coupure " + number() + " (schema coupure.article/1)"};
        }

        /**
         * The project version with, as semantic versioning's build metadata, the fingerprint of the
         * build that runs ("0.1.0-SNAPSHOT+3fa9c2b1d0e4"), as the state and the report record it: a
         * state is reused only by the build that wrote it ({@link BuildFingerprint}).
         */
        static String number() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            String number = p.getProperty("version", "unknown");
            return BuildFingerprint.read().map(f -> number + "+" + f).orElse(number);
        }
    }
}
