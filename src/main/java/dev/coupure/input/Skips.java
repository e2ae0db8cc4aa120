package dev.coupure.input;

import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Files and records that are deliberately not inputs, counted by reason so that the summary line
 * can say what was left out and why: nothing is left out in silence. Filled by the thread that
 * walks and unpacks the inputs, read once that walk is over.
 */
public final class Skips {

    /** A file of a directory that the user's --glob filtered out. */
    public static final String GLOB = "not matching --glob";

    private final Map<String, Integer> counts = new TreeMap<>();

    public void add(String reason) {
        counts.merge(reason, 1, Integer::sum);
    }

    /** Adds counts taken from another walk of the same input (an incremental run reusing it). */
    public void addAll(Map<String, Integer> more) {
        more.forEach((reason, n) -> counts.merge(reason, n, Integer::sum));
    }

    /** The counts so far, by reason in alphabetical order. */
    public Map<String, Integer> counts() {
        return new TreeMap<>(counts);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int count(String reason) {
        return counts.getOrDefault(reason, 0);
    }

    /** "2 not matching --glob, 1 warc request record", reasons in alphabetical order; "" when none. */
    @Override
    public String toString() {
        StringJoiner out = new StringJoiner(", ");
        counts.forEach((reason, n) -> out.add(n + " " + reason));
        return out.toString();
    }
}
