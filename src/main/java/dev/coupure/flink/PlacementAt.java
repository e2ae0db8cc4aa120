package dev.coupure.flink;

import dev.coupure.story.Placement;

/** The placement of the article at a place in input order. */
public record PlacementAt(long position, Placement placement) {
}
