package dev.coupure.flink;

import dev.coupure.story.Sketch;

/**
 * An article record before it is placed among the run's others.
 *
 * @param position its place in input order ({@link Input#position})
 * @param sketch what story grouping needs of it
 * @param json the record as JSON (its lists and maps are not types Flink serializes), without {@code duplicate_of} and {@code story}
 */
public record Article(long position, Sketch sketch, String json) {
}
