package dev.coupure.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coupure.lang.LanguageIdentifier.Evidence;
import dev.coupure.lang.LanguageIdentifier.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    private static double lingua(Calibration c, int letters, double margin) {
        return c.probability(new Evidence("fr", Method.LINGUA, margin, letters, 1));
    }

    @Test
    void theShippedTableNeverGivesLessForMoreTextOrAWiderMargin() {
        Calibration c = Calibration.load();
        for (int letters = 0; letters <= 1000; letters += 10) {
            for (double margin = 0; margin <= 1; margin += 0.0025) {
                double p = lingua(c, letters, margin);
                assertTrue(p >= lingua(c, letters, Math.max(0, margin - 0.0025)), letters + " letters, margin " + margin);
                assertTrue(p >= lingua(c, Math.max(0, letters - 10), margin), letters + " letters, margin " + margin);
                assertTrue(p > 0 && p < 1, "a probability, never certainty: " + p);
            }
        }
        assertTrue(c.threshold() > 0.5, "an answer given is more often right than wrong");
    }

    @Test
    void evidenceIsReadAgainstTheLastStepItReaches() {
        Calibration c = Calibration.parse(List.of("null-below\t0.7", "decide-at\t0.99", "script\t0.5\t0.99",
                "profile\t0\t0\t0.5", "profile\t0\t0.5\t0.995",
                "lingua\t0\t0\t0.3", "lingua\t0\t0.1\t0.8", "lingua\t100\t0\t0.4", "lingua\t100\t0.1\t0.95"));
        assertEquals(0.3, lingua(c, 20, 0.05));
        assertEquals(0.8, lingua(c, 20, 0.5));
        assertEquals(0.4, lingua(c, 500, 0.05));
        assertEquals(0.95, lingua(c, 500, 0.5));
        assertEquals(0.99, c.probability(new Evidence("ko", Method.SCRIPT, 1, 50, 0.9)));
        assertEquals(0, c.probability(new Evidence("ko", Method.SCRIPT, 1, 50, 0.4)), "mixed scripts");
    }

    @Test
    void aTableWithoutItsRowsOrWithUnknownOnesIsRefused() {
        assertThrows(IllegalStateException.class, () -> Calibration.parse(List.of("script\t0.5\t0.99")));
        assertThrows(IllegalStateException.class, () -> Calibration.parse(List.of("margin\t0\t0.5")));
    }
}
