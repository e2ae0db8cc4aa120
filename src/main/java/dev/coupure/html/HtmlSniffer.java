package dev.coupure.html;

import dev.coupure.text.Bom;
import dev.coupure.text.Decoder;
import dev.coupure.text.TagOpening;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells HTML pages and binary files from text dumps by their first bytes, after the WHATWG MIME
 * sniffing rules: what counts is how a file starts, so a text dump quoting "&lt;p&gt;" in its
 * middle is not HTML.
 */
public final class HtmlSniffer {

    /** The standard's tag openings, each to be followed by a byte that ends a tag name. */
    private static final List<String> OPENINGS = List.of("<!doctype html", "<html", "<head", "<script", "<iframe",
            "<h1", "<div", "<font", "<table", "<a", "<style", "<title", "<b", "<body", "<br", "<p", "<!--");

    private static final Pattern XML_DECLARATION = Pattern.compile("<\\?xml\\s");
    private static final Pattern XHTML_ROOT =
            Pattern.compile("<html\\s[^>]*xmlns\\s*=\\s*[\"']http://www\\.w3\\.org/1999/xhtml[\"']");

    /** The standard's HTML rules look at a page's first bytes only. */
    private static final int HEAD = 1024;

    /** How far to look for NUL bytes: the same window as {@code dev.coupure.text.Decoder}. */

    private HtmlSniffer() {
    }

    /**
     * Whether the bytes start like an HTML page: after an optional byte-order mark and whitespace,
     * one of the WHATWG HTML openings ({@code <!DOCTYPE HTML}, {@code <html}, {@code <p}, {@code <!--}
     * ...; case-insensitive) followed by whitespace or {@code >}, or an XML declaration followed by
     * an {@code <html>} element in the XHTML namespace within the first 1,024 bytes.
     */
    public static boolean looksLikeHtml(byte[] bytes) {
        String head = head(bytes);
        int start = 0;
        while (start < head.length() && CharsetLabels.isAsciiWhitespace(head.charAt(start))) {
            start++;
        }
        for (String opening : OPENINGS) {
            if (TagOpening.at(head, start, opening)) {
                return true;
            }
        }
        return XML_DECLARATION.matcher(head).region(start, head.length()).lookingAt()
                && XHTML_ROOT.matcher(head).find(start);
    }

    /**
     * Whether the bytes are not text at all: NUL bytes in the first 8 KiB and no UTF-16 byte-order
     * mark (UTF-16 without one is refused too, as {@code dev.coupure.text.Decoder} refuses it).
     * {@link HtmlDecoder#decode} decodes such bytes anyway; callers check this first.
     */
    public static boolean looksBinary(byte[] bytes) {
        Bom bom = Bom.of(bytes);
        return (bom == null || !bom.isUtf16()) && Decoder.hasNul(bytes);
    }

    /** The first bytes as characters: through a UTF-16 byte-order mark, else one byte a character. */
    private static String head(byte[] bytes) {
        Bom bom = Bom.of(bytes);
        int offset = bom == null ? 0 : bom.length();
        Charset charset = bom == null ? StandardCharsets.ISO_8859_1 : bom.charset();
        return new String(bytes, offset, Math.min(bytes.length - offset, HEAD), charset);
    }
}
