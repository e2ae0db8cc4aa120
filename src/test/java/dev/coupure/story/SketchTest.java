package dev.coupure.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SketchTest {

    @Test
    void aSketchSurvivesJsonAsTheIncrementalStateStoresIt() throws Exception {
        Sketch sketch = Sketch.of(Articles.record("a.txt", "Un titre de la une", String.join(" ",
                Articles.sentences(new Random(1), 12)), "2025-01-17", "Ada Rivière", "Basile Morin"));
        ObjectMapper json = new ObjectMapper();
        assertEquals(sketch, json.readValue(json.writeValueAsString(sketch), Sketch.class));
    }

    @Test
    void onlyADayPrecisionDateCountsAndHashesAreFixed() {
        String text = String.join(" ", Articles.sentences(new Random(2), 12));
        Sketch sketch = Sketch.of(Articles.record("a.txt", null, text, null, "Ada Rivière", "Basile Morin"));
        assertNull(sketch.day());
        assertEquals(MinHash.SIZE, sketch.minHash().length);
        assertEquals(2, sketch.actors().length);
        // Stored sketches must compare with those of a later run, on any JVM.
        assertEquals(0x213df2015dda3469L, Hash64.of("PER:ada riviere"));
    }
}
