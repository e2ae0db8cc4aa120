package dev.coupure.text;

/**
 * A markup tag's opening as the WHATWG sniffing rules read it: the opening ({@code <html},
 * {@code <!doctype html}), in any case, ended by ASCII whitespace or {@code >}. Shared by the input
 * layer, which names ordinary pages without Tika, and the HTML front end's sniffer.
 */
public final class TagOpening {

    private TagOpening() {
    }

    /** Whether {@code text} holds {@code opening} (lower case) at {@code start}, followed by the end of a tag name. */
    public static boolean at(String text, int start, String opening) {
        int after = start + opening.length();
        return text.regionMatches(true, start, opening, 0, opening.length()) && after < text.length()
                && (isAsciiWhitespace(text.charAt(after)) || text.charAt(after) == '>');
    }

    /** The WHATWG's ASCII whitespace: space, tab, line feed, form feed, carriage return. */
    public static boolean isAsciiWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
}
