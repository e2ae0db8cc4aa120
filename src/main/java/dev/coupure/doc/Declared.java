package dev.coupure.doc;

/**
 * One value an input's markup or a document's own metadata states about its article: not yet
 * checked against the text.
 *
 * @param field what it is a value of
 * @param value the value as written, whitespace folded
 * @param source where it was found: "json-ld:headline", "og:title", "meta:author", "dc:title", "email:from", ...
 */
public record Declared(Field field, String value, String source) {

    /**
     * The fields markup can state. {@code SENT} is when a message was sent (an e-mail's Date): the
     * day its relative dates count from, not a publication date.
     */
    public enum Field {
        TITLE, AUTHOR, PUBLISHER, PUBLISHED, MODIFIED, SENT, DESCRIPTION, URL, LANGUAGE
    }
}
