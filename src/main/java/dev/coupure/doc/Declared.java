package dev.coupure.doc;

/**
 * One value an input's markup states about its article: not yet checked against the text.
 *
 * @param field what it is a value of
 * @param value the value as written, whitespace folded
 * @param source where it was found: "json-ld:headline", "og:title", "meta:author", ...
 */
public record Declared(Field field, String value, String source) {

    /** The fields markup can state. */
    public enum Field {
        TITLE, AUTHOR, PUBLISHER, PUBLISHED, MODIFIED, DESCRIPTION, URL, LANGUAGE
    }
}
