package dev.coupure.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class Hash64Test {

    /** The definition: FNV-1a over the UTF-8 bytes, then the finalizer. Stored sketches depend on it. */
    private static long reference(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return Hash64.mix(h);
    }

    @Property(tries = 2000)
    void encodesUtf8AsTheStringDoes(@ForAll String s) {
        assertEquals(reference(s), Hash64.of(s));
    }

    @Property(tries = 1000)
    void aSpanHashesAsItsString(@ForAll String s, @ForAll @IntRange(max = 40) int from, @ForAll @IntRange(max = 40) int length) {
        int start = Math.min(from, s.length());
        int end = Math.min(s.length(), start + length);
        // a span may cut a surrogate pair: its halves then hash as the string cut there does
        assertEquals(reference(s.substring(start, end)), Hash64.of(s.toCharArray(), start, end));
    }

    @Test
    void everyWidthOfCharacterAndUnpairedSurrogates() {
        for (String s : new String[] {"", "abc", "élysée", "Москва", "東京", "한국", "\uD83D\uDE00", "a\uD83Db", "\uDE00", "x\uD83D"}) {
            assertEquals(reference(s), Hash64.of(s), s);
        }
        assertNotEquals(Hash64.of("ab"), Hash64.of("ba"));
    }
}
