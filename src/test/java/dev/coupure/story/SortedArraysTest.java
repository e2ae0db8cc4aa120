package dev.coupure.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SortedArraysTest {

    @Property
    void sharingAtLeastIsCountingTheCommonElements(@ForAll @Size(max = 40) Set<@IntRange(min = -50, max = 50) Integer> a,
            @ForAll @Size(max = 40) Set<@IntRange(min = -50, max = 50) Integer> b, @ForAll @IntRange(max = 45) int needed) {
        Set<Integer> common = new TreeSet<>(a);
        common.retainAll(b);
        assertEquals(common.size() >= needed, SortedArrays.shareAtLeast(sorted(a), sorted(b), needed));
    }

    private static int[] sorted(Set<Integer> values) {
        return new TreeSet<>(values).stream().mapToInt(Integer::intValue).toArray();
    }
}
