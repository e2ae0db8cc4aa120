package dev.coupure.text;

/**
 * One non-blank line of a document.
 *
 * @param number the line's 1-based number in the input, so that decisions can be traced back
 * @param text the normalized text, never blank
 * @param paragraph index of the paragraph the line belongs to: lines separated by no blank line
 *     share a paragraph
 */
public record Line(int number, String text, int paragraph) {
}
