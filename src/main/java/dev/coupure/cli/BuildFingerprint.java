package dev.coupure.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/**
 * What tells one build of Coupure from another of the same version number. Between two releases
 * the number stays the same (a snapshot) while the code that makes records changes; a state
 * written by one build and reused by another would then give records that a full run no longer
 * gives. A CI job that builds from the repository and refreshes a dataset every night is exactly
 * that case.
 *
 * <p>The build writes it (pom.xml, {@code build-fingerprint}): a SHA-256 over the compiled classes,
 * the resources and the pom, which names every dependency's version. Only content counts, not when
 * the build ran: rebuilding the same sources gives the same fingerprint, and the state is reused.
 */
final class BuildFingerprint {

    /** Hex digits kept: enough that two builds never meet, short enough to read in a version. */
    static final int LENGTH = 12;
    static final String RESOURCE = "build.properties";

    private BuildFingerprint() {
    }

    /** The fingerprint the build wrote; empty for classes a build tool did not make (an IDE's). */
    static Optional<String> read() throws IOException {
        Properties p = new Properties();
        try (InputStream in = BuildFingerprint.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        }
        String full = p.getProperty("fingerprint", "");
        return full.length() < LENGTH ? Optional.empty() : Optional.of(full.substring(0, LENGTH));
    }
}
