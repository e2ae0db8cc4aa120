package dev.coupure.html;

import java.util.Objects;

/**
 * One value found in the page's markup, and where.
 *
 * @param value the value, whitespace collapsed, entities decoded
 * @param source where it was found, in a short form such as {@code "og:title"}, {@code "json-ld:author"}
 *     or {@code "microdata:headline"}
 */
public record MetaValue(String value, String source) {

    public MetaValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }
}
