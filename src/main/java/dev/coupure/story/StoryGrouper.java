package dev.coupure.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places every record of a run among the others: exact copies point to the first one. Works on
 * the whole run at once, in output order, so that the result depends on neither the thread
 * count nor on which records an incremental run had to process again.
 */
public final class StoryGrouper {

    /** @return one placement per sketch, in the same order */
    public List<Placement> group(List<Sketch> sketches) {
        Map<String, String> firstPathById = new HashMap<>();
        List<Placement> placements = new ArrayList<>(sketches.size());
        for (Sketch s : sketches) {
            String first = firstPathById.putIfAbsent(s.id(), s.path());
            placements.add(new Placement(first, null));
        }
        return placements;
    }
}
