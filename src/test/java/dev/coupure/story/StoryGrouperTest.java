package dev.coupure.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryGrouperTest {

    @Test
    void anExactCopyPointsToTheFirstRecordWithItsText() {
        List<Placement> placements = new StoryGrouper().group(List.of(
                new Sketch("aaaa", "a.txt"), new Sketch("bbbb", "b.txt"), new Sketch("aaaa", "c.txt"), new Sketch("aaaa", "d.txt")));
        assertEquals(Arrays.asList(null, null, "a.txt", "a.txt"), placements.stream().map(Placement::duplicateOf).toList());
    }
}
