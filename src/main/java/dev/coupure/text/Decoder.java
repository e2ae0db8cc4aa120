package dev.coupure.text;

import dev.coupure.doc.UnreadableException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an input's bytes into text. A byte-order mark decides when there is one; otherwise the
 * bytes are read as strict UTF-8 and, when they are not valid UTF-8, as Windows-1252 (a superset
 * of Latin-1 for printable text, and what legacy French pages are written in). Afterwards,
 * classic mojibake (UTF-8 read as Windows-1252 somewhere upstream) is repaired.
 *
 * <p>Never throws on bad input: every byte sequence decodes to something.
 */
public final class Decoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Thrown for inputs that are not text at all; the batch records them as errors. */
    public static final class NotTextException extends UnreadableException {
        private static final long serialVersionUID = 1L;

        public NotTextException(String message) {
            super("not-text", message);
        }
    }

    public Decoded decode(byte[] bytes) throws NotTextException {
        Bom bom = Bom.of(bytes);
        if (bom != null) {
            return repaired(new String(bytes, bom.length(), bytes.length - bom.length(), bom.charset()), bom.charset().name());
        }
        if (hasNul(bytes)) {
            throw new NotTextException("binary content (NUL bytes) and no byte-order mark: not a text dump");
        }
        String utf8 = strictUtf8(bytes);
        return utf8 != null ? repaired(utf8, "UTF-8") : repaired(new String(bytes, WINDOWS_1252), "windows-1252");
    }

    /**
     * The bytes as UTF-8 text, or null when they are not valid UTF-8. Decodes once: a malformed
     * sequence decodes to U+FFFD, so only text that has one (malformed, or a genuine U+FFFD)
     * needs the strict decoder's verdict.
     */
    public static String strictUtf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        try {
            strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes));
            return text;
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    private static Decoded repaired(String text, String charset) {
        Mojibake.Repair repair = Mojibake.repair(text);
        return new Decoded(repair.text(), charset, repair.count());
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Text files have no NUL bytes; a few in the first 8 KiB mean binary (or UTF-16 without a BOM). */
    public static boolean hasNul(byte[] bytes) {
        int limit = Math.min(bytes.length, 8192);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

}
