package dev.coupure.text;

import java.lang.Character.UnicodeScript;

/**
 * The Unicode script of a character of the Basic Multilingual Plane, looked up in a table made page by
 * page as characters are met ({@link Pages}). {@link UnicodeScript#of} searches Unicode's script ranges on
 * every call, and the language stage asks it of every letter it samples.
 */
public final class CharScript {

    private static final UnicodeScript[] SCRIPTS = UnicodeScript.values();
    private static final Pages<Page> PAGES = new Pages<>(Page::new);

    static {
        if (SCRIPTS.length > 256) {
            throw new IllegalStateException("more Unicode scripts than a byte holds: " + SCRIPTS.length);
        }
    }

    private static final class Page {
        final byte[] scripts = new byte[256];

        Page(int number) {
            for (int i = 0; i < 256; i++) {
                scripts[i] = (byte) UnicodeScript.of(number << 8 | i).ordinal();
            }
        }
    }

    private CharScript() {
    }

    /** The script of {@code c}, as {@link UnicodeScript#of} gives it ({@code UNKNOWN} for a surrogate half). */
    public static UnicodeScript of(char c) {
        return SCRIPTS[PAGES.of(c).scripts[c & 0xFF] & 0xFF];
    }
}
