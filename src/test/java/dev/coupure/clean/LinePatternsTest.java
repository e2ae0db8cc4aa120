package dev.coupure.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinePatternsTest {

    private static final LinePatterns PATTERNS = LinePatterns.load();

    @Test
    void aBylineWordAloneOnItsLineWaitsForTheNamesOnTheNext() {
        for (String alone : new String[] {"von", "Par", "  By  ", "Par :", "Texte:", "Propos recueillis par"}) {
            assertTrue(PATTERNS.isBylinePrefix(alone), alone);
        }
        for (String not : new String[] {"Par Claire Dumoulin", "by by", "Par :x", "Parler", "", "Nachrichten von"}) {
            assertFalse(PATTERNS.isBylinePrefix(not), not);
        }
    }

    @Test
    void aBylineWithItsNamesGivesTheNames() {
        assertEquals(Optional.of("Claire Dumoulin"), PATTERNS.bylineName("Par Claire Dumoulin", 3));
        assertEquals(Optional.of("Anna Fink"), PATTERNS.bylineName("von Anna Fink", 3));
    }
}
