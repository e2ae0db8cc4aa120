package dev.coupure.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BuildFingerprintTest {

    @Test
    void theBuildWritesTheSha256OfWhatItBuilt() throws IOException {
        Properties written = new Properties();
        try (InputStream in = BuildFingerprint.class.getResourceAsStream(BuildFingerprint.RESOURCE)) {
            written.load(in);
        }
        assertTrue(written.getProperty("fingerprint").matches("[0-9a-f]{64}"), written.toString());
    }

    @Test
    void theVersionCarriesItAsBuildMetadata() throws IOException {
        String fingerprint = BuildFingerprint.read().orElseThrow();

        assertEquals(BuildFingerprint.LENGTH, fingerprint.length());
        assertTrue(Main.Version.number().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\+" + fingerprint), Main.Version.number());
    }
}
