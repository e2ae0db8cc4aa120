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

        /** The project version, as the state and the report record it. */
        static String number() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return p.getProperty("version", "unknown");
        }
    }
}
