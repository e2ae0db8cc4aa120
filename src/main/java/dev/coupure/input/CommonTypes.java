package dev.coupure.input;

import dev.coupure.text.Decoder;
import dev.coupure.text.TagOpening;
import java.util.Arrays;
import java.util.List;

/**
 * Recognizes the two commonest inputs from their first bytes, without Tika's detector, whose few
 * hundred magic patterns cost a millisecond per file: a page that opens with an HTML doctype or
 * {@code <html>} element, and text that no format Coupure reads could claim: no markup, no
 * RTF or JSON brace, no PDF or PostScript percent sign, no e-mail, mbox or WARC header line, no
 * NUL byte, and words: a space or a line break, which the short ASCII signatures some binary
 * formats open with ("BZh91AY&amp;SY", "GIF89a") lack. Such an input is a text dump whatever
 * Tika would call it.
 */
final class CommonTypes {

    /** How much of the head is looked at: enough for a first line and a fair sample of the bytes. */
    static final int HEAD_BYTES = 4096;
    /** Below this share of printable characters the bytes may be binary: Tika decides. */
    private static final double MIN_PRINTABLE = 0.95;

    /** The openings of a page, each followed by a space or {@code >}; other pages are Tika's to tell. */
    private static final List<String> HTML_OPENINGS = List.of("<!doctype html", "<html");

    private CommonTypes() {
    }

    /** "text/plain", "text/html", or null when Tika must tell what {@code head[0..n)} starts. */
    static String of(byte[] head, int n) {
        String text = decode(head, n);
        if (text == null) {
            return null;
        }
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start == text.length()) {
            // Nothing but spaces and line breaks, and nothing after them: a blank text, not a format Tika must name.
            return n < HEAD_BYTES ? "text/plain" : null;
        }
        if (isHtml(text, start)) {
            return "text/html";
        }
        return isPlain(text, start) ? "text/plain" : null;
    }

    private static boolean isHtml(String text, int start) {
        return HTML_OPENINGS.stream().anyMatch(opening -> TagOpening.at(text, start, opening));
    }

    private static boolean isPlain(String text, int start) {
        if ("<{%#\\".indexOf(text.charAt(start)) >= 0 || opensJsonArray(text, start)) {
            return false;
        }
        return !opensHeaderBlock(text, start) && hasSpace(text, start) && printableShare(text) >= MIN_PRINTABLE;
    }

    /**
     * A bracket followed by what can start a JSON value: "[{", "[1, 2]", "[\"a\"". A dump may open
     * with a bracketed menu ("[Docs] [Tracker]") or a link ("[Accueil](/)").
     */
    private static boolean opensJsonArray(String text, int start) {
        if (text.charAt(start) != '[') {
            return false;
        }
        int i = start + 1;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i == text.length() || "{[\"]-0123456789tfn".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * "From " opens an mbox, "WARC/1.1" a web archive, "Received: from …" or "BEGIN:VCARD" a
     * header block: lines that are a name, a colon and no space before it. A block has two fields
     * at least (or a field and its folded continuation), where a dump may open with one such line
     * ("EDITION: International") and go on with the page.
     */
    private static boolean opensHeaderBlock(String text, int start) {
        int end = text.indexOf('\n', start);
        String first = text.substring(start, end < 0 ? text.length() : end);
        if (first.startsWith("From ") || first.startsWith("WARC/")) {
            return true;
        }
        if (!isField(first) || end < 0) {
            return false;
        }
        int secondEnd = text.indexOf('\n', end + 1);
        String second = text.substring(end + 1, secondEnd < 0 ? text.length() : secondEnd);
        return isField(second) || second.startsWith(" ") || second.startsWith("\t");
    }

    /** "Subject: …", "VERSION:3.0": a name of letters, digits and hyphens, then a colon. */
    private static boolean isField(String line) {
        int i = 0;
        while (i < line.length() && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '-')) {
            i++;
        }
        return i > 0 && i < line.length() && line.charAt(i) == ':';
    }

    /**
     * The head as UTF-8, a character cut by the end of the head forgiven; null when it is not
     * UTF-8 or holds a NUL. Other encodings go to Tika, which names them as text too.
     */
    private static String decode(byte[] head, int n) {
        int end = n;
        // A multi-byte character cut at the end of the head is not an encoding error.
        int back = 0;
        while (back < 3 && end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        if (end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0xC0) {
            end = end - back - 1;
        }
        byte[] whole = Arrays.copyOf(head, end);
        return Decoder.hasNul(whole) ? null : Decoder.strictUtf8(whole);
    }

    private static boolean hasSpace(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static double printableShare(String text) {
        int printable = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isISOControl(c) || c == '\n' || c == '\r' || c == '\t' || c == '\f') {
                printable++;
            }
        }
        return text.isEmpty() ? 0 : (double) printable / text.length();
    }
}
