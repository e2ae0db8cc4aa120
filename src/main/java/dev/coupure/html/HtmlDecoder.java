package dev.coupure.html;

import dev.coupure.text.Bom;
import dev.coupure.text.Decoded;
import dev.coupure.text.Decoder;
import dev.coupure.text.Mojibake;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Turns an HTML page's bytes into text, choosing the encoding as browsers do (the WHATWG encoding
 * sniffing algorithm): a byte-order mark, else the charset of the HTTP Content-Type header, else
 * the one the page declares in its first 4 KiB ({@code <meta>} or XML declaration), else the bytes
 * themselves: strict UTF-8 when they are valid UTF-8, Windows-1252 otherwise. A declared UTF-8 or
 * Windows-1252 (Latin-1, ASCII) is checked against the bytes, since pages often lie about those
 * two. Then mojibake is repaired, as {@link Decoder} does for text dumps.
 *
 * <p>Never throws: every byte sequence decodes to something, binary files included. Callers that
 * must refuse binary input ask {@link HtmlSniffer#looksBinary} first.
 */
public final class HtmlDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * Decodes a page.
     *
     * @param bytes the page as fetched
     * @param contentType the HTTP Content-Type header value, or null when unknown
     * @return the text, the name of the charset it was read as, and the number of mojibake repairs
     */
    public Decoded decode(byte[] bytes, String contentType) {
        Bom bom = Bom.of(bytes);
        if (bom != null) {
            return repaired(new String(bytes, bom.length(), bytes.length - bom.length(), bom.charset()), bom.charset());
        }
        Charset declared = headerCharset(contentType, bytes);
        if (declared == null) {
            declared = MetaPrescan.declared(bytes);
        }
        return checked(declared, bytes);
    }

    /**
     * The charset a page declares in its first 4 KiB, after the WHATWG label mapping (so
     * "iso-8859-1" gives "windows-1252" and a UTF-16 label "UTF-8"); null when it declares none
     * that can be decoded. For warnings: {@link #decode} may have read the page otherwise.
     */
    public static String declaredCharset(byte[] bytes) {
        Charset declared = MetaPrescan.declared(bytes);
        return declared == null ? null : declared.name();
    }

    /** The header's charset parameter; a bare {@code text/html} or an unknown label gives null. */
    private static Charset headerCharset(String contentType, byte[] bytes) {
        if (contentType == null) {
            return null;
        }
        String[] parts = contentType.split(";");
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            if (equals > 0 && parts[i].substring(0, equals).strip().equalsIgnoreCase("charset")) {
                Charset charset = CharsetLabels.resolve(unquoted(parts[i].substring(equals + 1).strip()));
                // Markup is ASCII, which UTF-16 spells with NUL bytes: without any, the header is wrong.
                boolean utf16 = StandardCharsets.UTF_16LE.equals(charset) || StandardCharsets.UTF_16BE.equals(charset);
                return utf16 && !Decoder.hasNul(bytes) ? null : charset;
            }
        }
        return null;
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    /**
     * Pages often declare the wrong charset: a "UTF-8" page saved by a legacy editor, a "Latin-1"
     * or "GB2312" page whose template was converted to UTF-8. Bytes that are not valid UTF-8
     * cannot be UTF-8; valid UTF-8 with non-ASCII bytes is practically never text in another
     * encoding (in Windows-1252, a French accented letter would have to be followed by one of
     * 0x80..0xBF; in GBK or Shift_JIS, every double byte would have to fall in UTF-8's patterns).
     */
    private static Decoded checked(Charset declared, byte[] bytes) {
        boolean declaresUtf8 = declared == null || declared.equals(StandardCharsets.UTF_8);
        if (declaresUtf8 || !isAscii(bytes)) {
            String utf8 = Decoder.strictUtf8(bytes);
            if (utf8 != null) {
                return repaired(utf8, StandardCharsets.UTF_8);
            }
        }
        Charset charset = declaresUtf8 ? WINDOWS_1252 : declared;
        return repaired(new String(bytes, charset), charset);
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static Decoded repaired(String text, Charset charset) {
        Mojibake.Repair repair = Mojibake.repair(text);
        return new Decoded(repair.text(), charset.name(), repair.count());
    }
}
