package dev.coupure.text;

import java.nio.charset.Charset;

/**
 * Repairs UTF-8 text that was once decoded as Windows-1252 ("Ã©" for "é", "â€™" for "’").
 *
 * <p>Each character is mapped back to the Windows-1252 byte it came from; wherever those bytes
 * form a valid multi-byte UTF-8 sequence for a character that mojibake typically hides, the
 * sequence replaces them. A lone accented letter needs continuation bytes after it to form a
 * sequence, so genuine text is nearly always left alone.
 */
public final class Mojibake {

    public record Repair(String text, int count) {
    }

    /** Windows-1252 bytes 0x80..0x9F, indexed by byte - 0x80; undefined bytes map to themselves. */
    private static final char[] HIGH = new char[32];

    static {
        byte[] bytes = new byte[32];
        for (int i = 0; i < 32; i++) {
            bytes[i] = (byte) (0x80 + i);
        }
        String decoded = new String(bytes, Charset.forName("windows-1252"));
        for (int i = 0; i < 32; i++) {
            char c = decoded.charAt(i);
            HIGH[i] = c == '\uFFFD' ? (char) (0x80 + i) : c;
        }
    }

    private Mojibake() {
    }

    public static Repair repair(String text) {
        StringBuilder out = null;
        int copied = 0;
        int count = 0;
        for (int i = nextLead(text, 0); i < text.length(); i = nextLead(text, i)) {
            int length = sequenceLength(text.charAt(i));
            int codePoint = i + length <= text.length() ? decodeSequence(text, i, text.charAt(i), length) : -1;
            if (codePoint < 0) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, i).appendCodePoint(codePoint);
            count++;
            i += length;
            copied = i;
        }
        if (out == null) {
            return new Repair(text, 0);
        }
        return dropStrayNoBreakLeads(out.append(text, copied, text.length()), count);
    }

    /**
     * The index of the first character from {@code from} on that can stand for a lead byte, Â..ô
     * (0xC2..0xF4), or the text's length: a loop this tight is several times faster than the
     * repair's, and most of a page is skipped here.
     */
    private static int nextLead(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) < '\u00C2' || text.charAt(i) > '\u00F4')) {
            i++;
        }
        return i;
    }

    /**
     * In text already shown to be mojibake, a lone "Â" before a space is what is left of a
     * no-break space (C2 A0) whose second byte a browser copied as a plain space.
     */
    private static Repair dropStrayNoBreakLeads(StringBuilder text, int count) {
        int repaired = count;
        for (int i = text.length() - 2; i >= 0; i--) {
            if (text.charAt(i) == 'Â' && text.charAt(i + 1) == ' ') {
                text.deleteCharAt(i);
                repaired++;
            }
        }
        return new Repair(text.toString(), repaired);
    }

    private static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 4;
        }
        return 1;
    }

    private static int decodeSequence(String text, int start, int lead, int length) {
        int codePoint = lead & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            int b = byteOf(text.charAt(start + k));
            if (b < 0x80 || b > 0xBF) {
                return -1;
            }
            codePoint = (codePoint << 6) | (b & 0x3F);
        }
        return plausible(codePoint, length) ? codePoint : -1;
    }

    /**
     * Only characters that mojibake typically hides are taken: Latin-1 and Latin Extended-A letters
     * and signs (two bytes; not C1 controls, nor rarer letters that "É…" or "Ç’" would make),
     * punctuation, currency and letter-like symbols and the byte-order mark (three), emoji (four).
     * Genuine text can form other valid sequences: "é" + no-break space + "»" reads as U+983B.
     */
    private static boolean plausible(int codePoint, int length) {
        return switch (length) {
            case 2 -> codePoint >= 0xA0 && codePoint <= 0x17F || codePoint == 0x192;
            case 3 -> codePoint >= 0x2000 && codePoint <= 0x214F || codePoint == 0xFEFF;
            case 4 -> codePoint >= 0x1F000 && codePoint <= 0x1FAFF;
            default -> false;
        };
    }

    /** The Windows-1252 byte a character stands for, or -1 when it stands for none. */
    private static int byteOf(char c) {
        if (c <= 0xFF) {
            return c; // Latin-1 reads bytes 0x80..0x9F as C1 controls: those map back too
        }
        for (int i = 0; i < HIGH.length; i++) {
            if (HIGH[i] == c) {
                return 0x80 + i;
            }
        }
        return -1;
    }
}
