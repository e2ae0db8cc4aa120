package dev.coupure.tika;

import java.util.Set;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the XHTML Tika writes for a document into the text a dump of it would hold: each
 * paragraph, heading, list item and table row a paragraph of its own (blank lines between), a
 * {@code <br>} a new line, a row's cells on one line. The pipeline then cuts it into blocks
 * exactly as it cuts a dump, so the classifier's job is the same.
 *
 * <p>A PDF's paragraphs come as the lines the page wrapped them into; those are joined, as a
 * copy from a browser gives a paragraph as one line, so that a headline set on two lines stays
 * one headline and a paragraph's last words are not a line of their own. The parser's
 * paragraphs are not always the author's (a byline set close under the headline shares its
 * paragraph), so a line that starts with a capital after one that does not end in a comma
 * starts a line of its own.
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

    /**
     * A PDF "paragraph" this long is a page whose paragraphs the parser could not tell apart:
     * its lines are the only structure left, and are kept.
     */
    static final int MAX_UNWRAPPED_LINES = 40;
    /** A word cut at the end of a line: "Saint-" + "Aurèle". The hyphen stays, the line break goes. */
    private static final Pattern CUT_WORD = Pattern.compile(".*\\p{L}-");

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder paragraph = new StringBuilder();
    private final int limit;
    private final boolean unwrap;
    private int headDepth;
    private int rowDepth;
    private boolean rowHasCell;
    private boolean full;

    /**
     * @param limit how many characters of text to keep; the parse stops there
     * @param unwrap join the lines of a paragraph (a PDF's)
     */
    TextCollector(int limit, boolean unwrap) {
        this.limit = limit;
        this.unwrap = unwrap;
    }

    /** The text so far, paragraphs separated by blank lines. */
    String text() {
        endParagraph();
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
            paragraph.append('\n');
        } else if (tag.equals("tr")) {
            endParagraph();
            rowDepth++;
            rowHasCell = false;
        } else if (CELLS.contains(tag) && rowDepth > 0) {
            // The cells of a row make one line, as a browser copies a table.
            if (rowHasCell) {
                paragraph.append(" \t ");
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
        int room = limit - text.length() - paragraph.length();
        if (length > room) {
            paragraph.append(ch, start, Math.max(0, room));
            full = true;
            throw new Full();
        }
        paragraph.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    private void endParagraph() {
        String lines = paragraph.toString().strip();
        paragraph.setLength(0);
        if (lines.isEmpty()) {
            return;
        }
        if (unwrap && lines.chars().filter(c -> c == '\n').count() < MAX_UNWRAPPED_LINES) {
            lines = unwrapped(lines);
        }
        text.append(lines).append("\n\n");
    }

    private static String unwrapped(String lines) {
        StringBuilder out = new StringBuilder();
        String previous = null;
        for (String line : lines.split("\\s*\\n\\s*")) {
            if (previous == null) {
                out.append(line);
            } else if (CUT_WORD.matcher(previous).matches()) {
                out.append(line);
            } else if (Character.isUpperCase(line.codePointAt(0)) && !previous.endsWith(",")) {
                out.append('\n').append(line);
            } else {
                out.append(' ').append(line);
            }
            previous = line;
        }
        return out.toString();
    }
}
