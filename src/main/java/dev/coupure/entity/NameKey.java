package dev.coupure.entity;

/**
 * A loose spelling key for names, so that transliterations of the same name compare equal:
 * "Massoud"/"Masoud", "Sergueï"/"Sergei"/"Sergey", "Poutine"/"Putin", "Loukachenko"/"Lukashenko",
 * "Michoustine"/"Mishustin", "Zelensky"/"Zelenskyy"/"Zelenskiy", "Netanyahou"/"Netanyahu".
 * It works on folded text (no accents, lower case) and maps French, English and German
 * transliteration habits onto one spelling: ou→u, ch/sch→sh, kh→h, gue/gui→ge/gi, y→i, w→v,
 * ph→f, q→k, ck→k, doubled letters single, a final mute e dropped, a final -re read as -er.
 * It reads word by word: the key of words joined by spaces is their keys joined by spaces, the
 * empty ones left out, so that a name's key can be made of its words' keys.
 */
final class NameKey {

    /**
     * The rewrites, in the order they apply: each one rewrites the whole name, left to right, as
     * {@link String#replace} does, before the next one reads it ("tsch" is "ch" before "ch" is
     * "sh"). None makes a name longer, so they rewrite it in place.
     */
    private static final String[][] REWRITES = {{"tsch", "ch"}, {"sch", "sh"}, {"tch", "ch"}, {"ch", "sh"}, {"kh", "h"},
        {"ou", "u"}, {"gue", "ge"}, {"gui", "gi"}, {"dj", "j"}, {"y", "i"}, {"w", "v"}, {"ph", "f"}, {"ck", "k"},
        {"q", "k"}, {"zh", "j"}};
    /**
     * The letters of each rewrite's pattern, as bits ({@code 1 << (c - 'a')}): a rewrite whose letters
     * the name does not all have cannot apply (no rewrite writes a letter a later pattern needs that
     * its own pattern did not hold), and most names skip most rewrites.
     */
    private static final int[] PATTERN_LETTERS = new int[REWRITES.length];

    static {
        for (int r = 0; r < REWRITES.length; r++) {
            PATTERN_LETTERS[r] = letters(REWRITES[r][0].toCharArray(), REWRITES[r][0].length());
        }
    }

    private NameKey() {
    }

    static String of(String folded) {
        // letters and digits; a space or hyphen parts words; anything else goes ("o'neill" is "oneill")
        char[] name = new char[folded.length()];
        int n = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                name[n++] = c;
            } else if ((c == ' ' || c == '-') && n > 0 && name[n - 1] != ' ') {
                name[n++] = ' ';
            }
        }
        if (n > 0 && name[n - 1] == ' ') {
            n--;
        }
        int letters = letters(name, n);
        for (int r = 0; r < REWRITES.length; r++) {
            if ((letters & PATTERN_LETTERS[r]) == PATTERN_LETTERS[r]) {
                n = rewrite(name, n, REWRITES[r][0], REWRITES[r][1]);
            }
        }
        return new String(name, 0, words(name, n));
    }

    private static int letters(char[] s, int length) {
        int bits = 0;
        for (int i = 0; i < length; i++) {
            char c = s[i];
            if (c >= 'a' && c <= 'z') {
                bits |= 1 << (c - 'a');
            }
        }
        return bits;
    }

    /** Rewrites every {@code pattern} in {@code name[0, n)} to {@code replacement}, left to right; returns the new length. */
    private static int rewrite(char[] name, int n, String pattern, String replacement) {
        int p = pattern.length();
        int written = 0;
        int read = 0;
        while (read < n) {
            if (read + p <= n && matches(name, read, pattern)) {
                replacement.getChars(0, replacement.length(), name, written);
                written += replacement.length();
                read += p;
            } else {
                name[written++] = name[read++];
            }
        }
        return written;
    }

    private static boolean matches(char[] name, int at, String pattern) {
        for (int k = 0; k < pattern.length(); k++) {
            if (name[at + k] != pattern.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Each word of {@code name[0, n)} with its doubled letters single and its ending read ("-re" as
     * "-er", a final mute e dropped), in place; returns the new length.
     */
    private static int words(char[] name, int n) {
        int written = 0;
        int read = 0;
        while (read < n) {
            int start = written;
            while (read < n && name[read] != ' ') {
                char c = name[read++];
                if (written == start || name[written - 1] != c) {
                    name[written++] = c;
                }
            }
            int length = written - start;
            if (length > 4 && name[written - 1] == 'e' && name[written - 2] == 'r') {
                name[written - 2] = 'e';
                name[written - 1] = 'r';
            } else if (length > 4 && name[written - 1] == 'e') {
                written--;
            }
            if (read < n) {
                name[written++] = ' ';
                read++;
            }
        }
        return written;
    }
}
