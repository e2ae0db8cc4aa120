package dev.coupure.story;

/**
 * A fixed 64-bit hash of strings (FNV-1a, then the SplitMix64 finalizer to spread its bits).
 * Sketches are stored in an incremental run's state and compared with those of later runs, so
 * the hash must not depend on the JVM ({@code String.hashCode} is fixed too, but 32 bits collide
 * too often among a million shingles).
 */
final class Hash64 {

    private Hash64() {
    }

    /**
     * The hash of the string's UTF-8 bytes, encoded on the fly: every word of every record is hashed,
     * and an array per word was most of the cost. An unpaired surrogate counts as '?', as
     * {@link String#getBytes} writes it.
     */
    static long of(String s) {
        return of(s.toCharArray(), 0, s.length());
    }

    /** The hash of the string {@code chars[from, to)}, without making it. */
    static long of(char[] chars, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 0x80) {
                h = step(h, c);
            } else if (c < 0x800) {
                h = step(step(h, 0xC0 | c >> 6), 0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(chars[i + 1])) {
                int cp = Character.toCodePoint(c, chars[++i]);
                h = step(step(step(step(h, 0xF0 | cp >> 18), 0x80 | cp >> 12 & 0x3F), 0x80 | cp >> 6 & 0x3F), 0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                h = step(h, '?');
            } else {
                h = step(step(step(h, 0xE0 | c >> 12), 0x80 | c >> 6 & 0x3F), 0x80 | c & 0x3F);
            }
        }
        return mix(h);
    }

    private static long step(long h, int b) {
        return (h ^ b) * 0x100000001b3L;
    }

    /** SplitMix64's finalizer: a bijection, so distinct inputs stay distinct. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
