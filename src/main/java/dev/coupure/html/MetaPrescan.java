package dev.coupure.html;

import static dev.coupure.html.CharsetLabels.isAsciiWhitespace;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The encoding a page declares in its first bytes, read as ASCII: the WHATWG prescan for
 * {@code <meta charset>} and {@code <meta http-equiv="Content-Type" content="...; charset=...">},
 * then, failing that, the encoding of an XML declaration. Comments are skipped, and so are other
 * tags' attributes, so that a {@code <meta>} quoted in an attribute or commented out is not taken.
 * A label naming no encoding is passed over and the scan goes on, as in the standard.
 */
final class MetaPrescan {

    /** The standard reads 1,024 bytes; news pages put long comments and scripts before their meta. */
    static final int LIMIT = 4096;

    private static final Pattern XML_DECLARATION =
            Pattern.compile("\\s*<\\?xml\\s[^>]*?\\bencoding\\s*=\\s*([\"'])([^\"'>]*)\\1");

    private final byte[] bytes;
    private final int end;
    private int pos;

    private MetaPrescan(byte[] bytes) {
        this.bytes = bytes;
        this.end = Math.min(bytes.length, LIMIT);
    }

    /** The declared encoding, or null when the page declares none that can be decoded. */
    static Charset declared(byte[] bytes) {
        MetaPrescan prescan = new MetaPrescan(bytes);
        Charset found = prescan.meta();
        if (found == null) {
            found = prescan.xmlDeclaration();
        }
        // Bytes that could be read as ASCII markup are not UTF-16, whatever they say.
        return StandardCharsets.UTF_16LE.equals(found) || StandardCharsets.UTF_16BE.equals(found)
                ? StandardCharsets.UTF_8 : found;
    }

    private Charset xmlDeclaration() {
        Matcher m = XML_DECLARATION.matcher(new String(bytes, 0, end, StandardCharsets.ISO_8859_1));
        return m.lookingAt() ? CharsetLabels.resolve(m.group(2)) : null;
    }

    private Charset meta() {
        while (pos < end) {
            if (startsWith("<!--")) {
                // "<!-->" is a whole comment: its "--" may be the opening one's
                pos = indexOf("-->", pos + 2);
                if (pos < 0) {
                    return null;
                }
                pos += 3;
                continue;
            }
            if (startsWith("<meta") && pos + 5 < end && (isAsciiWhitespace(bytes[pos + 5]) || bytes[pos + 5] == '/')) {
                pos += 5;
                Charset charset = metaAttributes();
                if (charset != null) {
                    return charset;
                }
            } else if (isTagStart()) {
                skipTag();
            } else if (startsWith("<!") || startsWith("</") || startsWith("<?")) {
                pos = indexOf(">", pos + 2);
                if (pos < 0) {
                    return null;
                }
            }
            pos++;
        }
        return null;
    }

    /** Reads past another tag's name and attributes: a "<meta" inside an attribute value is no tag. */
    private void skipTag() {
        while (pos < end && !isAsciiWhitespace(bytes[pos]) && bytes[pos] != '>') {
            pos++;
        }
        Attribute attribute;
        do {
            attribute = attribute();
        } while (attribute != null);
    }

    /** Reads one meta element's attributes; the charset when the element declares one usably. */
    private Charset metaAttributes() {
        Set<String> seen = new HashSet<>();
        boolean gotPragma = false;
        boolean decided = false;
        boolean needPragma = false;
        Charset charset = null;
        for (Attribute attribute = attribute(); attribute != null; attribute = attribute()) {
            if (!seen.add(attribute.name())) {
                continue;
            }
            switch (attribute.name()) {
                case "http-equiv" -> gotPragma |= attribute.value().equals("content-type");
                case "content" -> {
                    Charset fromContent = fromContent(attribute.value());
                    if (!decided && fromContent != null) {
                        charset = fromContent;
                        decided = true;
                        needPragma = true;
                    }
                }
                case "charset" -> {
                    // decides even when the label is unknown: a later content attribute cannot override it
                    charset = CharsetLabels.resolve(attribute.value());
                    decided = true;
                    needPragma = false;
                }
                default -> { }
            }
        }
        if (!decided || needPragma && !gotPragma) {
            return null;
        }
        return charset;
    }

    /** An attribute as the prescan sees it: name and value lower-cased. */
    private record Attribute(String name, String value) {
    }

    /**
     * The standard's "get an attribute", with the position left after it; null at the end of the
     * tag or of the prescanned bytes.
     */
    private Attribute attribute() {
        while (pos < end && (isAsciiWhitespace(bytes[pos]) || bytes[pos] == '/')) {
            pos++;
        }
        if (pos >= end || bytes[pos] == '>') {
            return null;
        }
        StringBuilder name = new StringBuilder();
        while (true) {
            if (pos >= end) {
                return null;
            }
            int b = bytes[pos] & 0xFF;
            if (b == '=' && name.length() > 0) {
                pos++;
                break;
            }
            if (isAsciiWhitespace(b)) {
                while (pos < end && isAsciiWhitespace(bytes[pos])) {
                    pos++;
                }
                if (pos >= end || bytes[pos] != '=') {
                    return new Attribute(name.toString(), "");
                }
                pos++;
                break;
            }
            if (b == '/' || b == '>') {
                return new Attribute(name.toString(), "");
            }
            name.append(lower(b));
            pos++;
        }
        while (pos < end && isAsciiWhitespace(bytes[pos])) {
            pos++;
        }
        if (pos >= end) {
            return null;
        }
        StringBuilder value = new StringBuilder();
        int b = bytes[pos] & 0xFF;
        if (b == '"' || b == '\'') {
            for (pos++; pos < end; pos++) {
                if ((bytes[pos] & 0xFF) == b) {
                    pos++;
                    return new Attribute(name.toString(), value.toString());
                }
                value.append(lower(bytes[pos] & 0xFF));
            }
            return null;
        }
        while (pos < end && !isAsciiWhitespace(bytes[pos]) && bytes[pos] != '>') {
            value.append(lower(bytes[pos] & 0xFF));
            pos++;
        }
        return new Attribute(name.toString(), value.toString());
    }

    /** The standard's "extracting a character encoding from a meta element", for a content attribute. */
    private static Charset fromContent(String content) {
        int from = 0;
        while (true) {
            int at = content.indexOf("charset", from);
            if (at < 0) {
                return null;
            }
            int i = skipWhitespace(content, at + "charset".length());
            if (i >= content.length() || content.charAt(i) != '=') {
                from = i;
                continue;
            }
            i = skipWhitespace(content, i + 1);
            if (i >= content.length()) {
                return null;
            }
            char quote = content.charAt(i);
            if (quote == '"' || quote == '\'') {
                int close = content.indexOf(quote, i + 1);
                return close < 0 ? null : CharsetLabels.resolve(content.substring(i + 1, close));
            }
            int stop = i;
            while (stop < content.length() && !isAsciiWhitespace(content.charAt(stop)) && content.charAt(stop) != ';') {
                stop++;
            }
            return CharsetLabels.resolve(content.substring(i, stop));
        }
    }

    private static int skipWhitespace(String s, int i) {
        while (i < s.length() && isAsciiWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private boolean isTagStart() {
        if (bytes[pos] != '<' || pos + 1 >= end) {
            return false;
        }
        int next = bytes[pos + 1] == '/' ? pos + 2 : pos + 1;
        return next < end && isAsciiLetter(bytes[next]);
    }

    private boolean startsWith(String ascii) {
        if (pos + ascii.length() > end) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (lower(bytes[pos + i] & 0xFF) != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(String ascii, int from) {
        for (int i = from; i + ascii.length() <= end; i++) {
            int k = 0;
            while (k < ascii.length() && bytes[i + k] == ascii.charAt(k)) {
                k++;
            }
            if (k == ascii.length()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z';
    }

    private static char lower(int b) {
        return (char) (b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b);
    }
}
