package dev.coupure.doc;

/**
 * One unit of a document's text, as a front end cut it: a non-blank line of a dump, or a
 * block-level element (or one of its {@code <br>}-separated lines) of a web page.
 *
 * @param number where the block starts in the input, 1-based: the line number in a dump or in
 *     the page's source, so that decisions can be traced back; 0 for a page read without source
 *     positions (they cost, and only explanations show them)
 * @param text the normalized text, never blank
 * @param paragraph index of the paragraph the block belongs to: lines that no blank line (in a
 *     dump) or no element boundary (in a page) separates share a paragraph
 * @param dom the block's place in the page, or null when it came from plain text
 */
public record Block(int number, String text, int paragraph, DomContext dom) {

    /** A block of plain text: no page structure to go by. */
    public Block(int number, String text, int paragraph) {
        this(number, text, paragraph, null);
    }
}
