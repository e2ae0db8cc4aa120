package dev.coupure.entity;

/**
 * One place where an entity is named: {@code text} is exactly {@code source.substring(start, end)}
 * of the text it was found in, the body, or the title when {@code inTitle} is true.
 */
public record Mention(int start, int end, String text, boolean inTitle) {
}
