package dev.coupure.story;

/**
 * Where one record stands among a run's others.
 *
 * @param duplicateOf the {@code source.path} of the first record, in output order, with the same text; null for that first one
 * @param story the story the record belongs to, or null
 */
public record Placement(String duplicateOf, String story) {
}
