package dev.coupure.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A byte-order mark at the start of an input: it names the encoding with certainty, so it beats any declaration. */
public record Bom(Charset charset, int length) {

    /** The input's byte-order mark, or null when it has none. */
    public static Bom of(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Bom(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Bom(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Bom(StandardCharsets.UTF_16BE, 2);
        }
        return null;
    }

    public boolean isUtf16() {
        return !charset.equals(StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
