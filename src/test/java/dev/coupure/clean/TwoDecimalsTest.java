package dev.coupure.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TwoDecimalsTest {

    @Property(tries = 5000)
    void writesWhatFormatWrites(@ForAll @DoubleRange(min = 0, max = 1) double p) {
        assertEquals(String.format(Locale.ROOT, "%.2f", p), BlockClassifier.twoDecimals(p));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1, 0.005, 0.015, 0.125, 0.285, 0.994999, 0.995, 0.5, 1e-9, 0.0004, 0.00051, 0.1, 0.99})
    void roundsTheEdgesAsFormatDoes(double p) {
        assertEquals(String.format(Locale.ROOT, "%.2f", p), BlockClassifier.twoDecimals(p));
    }
}
