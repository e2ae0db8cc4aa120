package dev.coupure.story;

import java.nio.charset.StandardCharsets;

/**
 * A fixed 64-bit hash of strings (FNV-1a, then the SplitMix64 finalizer to spread its bits).
 * Sketches are stored in an incremental run's state and compared with those of later runs, so
 * the hash must not depend on the JVM ({@code String.hashCode} is fixed too, but 32 bits collide
 * too often among a million shingles).
 */
final class Hash64 {

    private Hash64() {
    }

    static long of(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** SplitMix64's finalizer: a bijection, so distinct inputs stay distinct. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
