package dev.coupure.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagesTest {

    @Test
    void aPageIsMadeOnceWhenOneOfItsCharactersIsFirstAskedFor() {
        List<Integer> made = new ArrayList<>();
        Pages<int[]> pages = new Pages<>(n -> {
            made.add(n);
            return new int[] {n};
        });
        int[] latin = pages.of('é');
        assertSame(latin, pages.of('a'));
        assertSame(latin, pages.of('\u00FF'));
        assertNotSame(latin, pages.of('\u0100'));
        assertEquals(0x67, pages.of('東')[0]); // U+6771
        assertEquals(0xFF, pages.of('\uFFFF')[0]);
        assertEquals(List.of(0x00, 0x01, 0x67, 0xFF), made);
    }
}
