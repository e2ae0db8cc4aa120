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
        StringBuilder out = new StringBuilder(nfc.length());
        int lineStart = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == '\r') {
                if (i + 1 < nfc.length() && nfc.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\u000C' || c == '\u0085') {
                out.append('\n');
                lineStart = out.length();
                pendingSpace = false;
            } else if (isInvisible(c)) {
                continue;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > lineStart;
            } else if (Character.isISOControl(c)) {
                continue;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD' || c == '\u180E';
    }
}
