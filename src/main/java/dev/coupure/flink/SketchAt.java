package dev.coupure.flink;

import dev.coupure.story.Sketch;

/** An article's sketch at its place in input order: all that goes to the one grouping task. */
public record SketchAt(long position, Sketch sketch) {
}
