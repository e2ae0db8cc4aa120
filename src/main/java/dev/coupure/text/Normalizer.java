package dev.coupure.text;

import java.text.Normalizer.Form;

/**
 * Puts decoded text in one canonical form so that later stages compare like with like: NFC,
 * {@code \n} line ends, every space-like character as a plain space, invisible format characters
 * (zero-width space, word joiner, soft hyphen, stray byte-order marks) removed, runs of spaces
 * folded and lines trimmed. Zero-width joiners stay: they carry meaning in Persian, Indic scripts
 * and emoji.
 */
public final class Normalizer {

    public String normalize(String text) {
        String nfc = java.text.Normalizer.normalize(text, Form.NFC);
        int n = nfc.length();
        // Into a plain array: the text of a whole document, one character at a time, is this stage's hot loop.
        char[] in = new char[n];
        nfc.getChars(0, n, in, 0);
        char[] out = new char[n];
        int length = 0;
        int lineStart = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = in[i];
            if (c > ' ' && c < 0x7F) {
                // Printable ASCII, most of any text: written as it is, after the space it may wait for.
                if (pendingSpace) {
                    out[length++] = ' ';
                    pendingSpace = false;
                }
                out[length++] = c;
                continue;
            }
            if (c == '\r') {
                if (i + 1 < n && in[i + 1] == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\u000C' || c == '\u0085') {
                out[length++] = '\n';
                lineStart = length;
                pendingSpace = false;
            } else if (isInvisible(c)) {
                continue;
            } else if (CharClass.is(c, CharClass.SPACE)) {
                pendingSpace = length > lineStart;
            } else if (Character.isISOControl(c)) {
                continue;
            } else {
                if (pendingSpace) {
                    // A space is only written before a character that replaces at least one read: out never overflows.
                    out[length++] = ' ';
                    pendingSpace = false;
                }
                out[length++] = c;
            }
        }
        return new String(out, 0, length);
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD' || c == '\u180E';
    }
}
