package dev.coupure.doc;

import java.util.List;

/**
 * What a front end makes of an input, and all the later stages read: the same for a text dump
 * and a web page.
 *
 * @param mediaType what the input was read as: text/plain, text/html, or a document's type
 *     (application/pdf, message/rfc822, ...)
 * @param charset the character set the bytes were decoded with
 * @param mojibakeRepaired how many mojibake sequences decoding repaired
 * @param blocks the text, in reading order
 * @param declared what the input's markup states about the article (a page's JSON-LD, OpenGraph
 *     or meta tags, a document's own metadata), each value with where it was found; empty for a dump
 * @param warnings what went wrong reading it without stopping it
 */
public record Document(String mediaType, String charset, int mojibakeRepaired, List<Block> blocks,
        List<Declared> declared, List<String> warnings) {

    public static final String TEXT = "text/plain";
    public static final String HTML = "text/html";

    public Document {
        blocks = List.copyOf(blocks);
        declared = List.copyOf(declared);
        warnings = List.copyOf(warnings);
    }

    /** Whether this is a web page, whose markup the site wrote, rather than a dump or a document file. */
    public boolean isPage() {
        return HTML.equals(mediaType);
    }

    /** The declared values of one field, in the order the front end found them. */
    public List<Declared> declared(Declared.Field field) {
        return declared.stream().filter(d -> d.field() == field).toList();
    }
}
