package dev.coupure.flink;

import dev.coupure.story.Placement;
import dev.coupure.story.Sketch;
import dev.coupure.story.StoryGrouper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.functions.MapPartitionFunction;
import org.apache.flink.util.Collector;

/**
 * Places every article of the run among the others, as the command line's run does after its
 * first phase: the sketches of the whole run, in input order, to the {@link StoryGrouper}. Runs
 * as one task over the whole run (the sketches are small: about 700 bytes of heap each).
 */
final class GroupStories implements MapPartitionFunction<SketchAt, PlacementAt> {

    private static final long serialVersionUID = 1L;

    @Override
    public void mapPartition(Iterable<SketchAt> sketches, Collector<PlacementAt> out) {
        List<SketchAt> inOrder = new ArrayList<>();
        sketches.forEach(inOrder::add);
        inOrder.sort(Comparator.comparingLong(SketchAt::position));
        List<Sketch> run = new ArrayList<>(inOrder.size());
        inOrder.forEach(s -> run.add(s.sketch()));
        List<Placement> placements = new StoryGrouper().group(run);
        for (int i = 0; i < placements.size(); i++) {
            out.collect(new PlacementAt(inOrder.get(i).position(), placements.get(i)));
        }
    }
}
