package dev.coupure.tika;

import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the XHTML Tika writes for a document into the text a dump of it would hold: each
 * paragraph, heading, list item and table row a paragraph of its own (blank lines between), a
 * {@code <br>} a new line, a row's cells on one line. The pipeline then cuts it into blocks
 * exactly as it cuts a dump, so the classifier's job is the same.
 */
final class TextCollector extends DefaultHandler {

    /** Elements that end a paragraph of text where they open and close. */
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd",
            "blockquote", "pre", "div", "tr", "table", "ul", "ol", "dl", "caption", "body");
    private static final Set<String> CELLS = Set.of("td", "th");

    /** Thrown to stop the parser once the text is long enough: no article is this long. */
    static final class Full extends SAXException {
        private static final long serialVersionUID = 1L;

        Full() {
            super("write limit reached");
        }
    }

    private final StringBuilder text = new StringBuilder();
    private final int limit;
    private int headDepth;
    private int rowDepth;
    private boolean rowHasCell;
    private boolean full;

    /** @param limit how many characters of text to keep; the parse stops there */
    TextCollector(int limit) {
        this.limit = limit;
    }

    /** The text so far, paragraphs separated by blank lines. */
    String text() {
        return text.toString();
    }

    /** Whether the text reached the limit and the rest of the document was not read. */
    boolean full() {
        return full;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String tag = localName.isEmpty() ? qName : localName;
        if (tag.equals("head")) {
            headDepth++;
        } else if (tag.equals("br")) {
            text.append('\n');
        } else if (tag.equals("tr")) {
            endParagraph();
            rowDepth++;
            rowHasCell = false;
        } else if (CELLS.contains(tag) && rowDepth > 0) {
            // The cells of a row make one line, as a browser copies a table.
            if (rowHasCell) {
                text.append(" \t ");
            }
            rowHasCell = true;
        } else if (BLOCKS.contains(tag) && rowDepth == 0) {
            endParagraph();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String tag = localName.isEmpty() ? qName : localName;
        if (tag.equals("head")) {
            headDepth--;
        } else if (tag.equals("tr")) {
            rowDepth = Math.max(0, rowDepth - 1);
            endParagraph();
        } else if (BLOCKS.contains(tag) && rowDepth == 0) {
            endParagraph();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (headDepth > 0) {
            return;
        }
        if (text.length() + length > limit) {
            text.append(ch, start, Math.max(0, limit - text.length()));
            full = true;
            throw new Full();
        }
        text.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    private void endParagraph() {
        int end = text.length();
        if (end > 0 && !(end >= 2 && text.charAt(end - 1) == '\n' && text.charAt(end - 2) == '\n')) {
            text.append("\n\n");
        }
    }
}
