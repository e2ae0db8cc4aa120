package dev.coupure.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Places every record of a run among the others. Three links join records into one story:
 * <ul>
 * <li>an exact copy (same id, so the same text), which also points to the first record with that
 * text through {@code duplicate_of};
 * <li>a near-duplicate (a republished or lightly edited copy): MinHash similarity of the texts'
 * word shingles at least {@link #NEAR_DUPLICATE}, whatever the dates, with the same particulars
 * (numbers and names, {@link #SAME_FACTS}): texts written from one template share their
 * sentences, not their facts; it must hold against the first record of the story it joins too;
 * <li>the same event: the same language, at least {@link #SHARED_ACTORS} shared actors (people,
 * organizations), leads that share at least {@link #LEAD_OVERLAP} of the shorter one's content
 * words, and publication days at most {@link #DAY_WINDOW} days apart when both are known.
 * </ul>
 * A story is a connected set of such links. Pairs are found through indexes (LSH bands, pairs of
 * actors), never by comparing every pair, and each index entry compares a record with at most
 * {@link #NEIGHBORS} records after it, so the work stays linear even when one band or one pair
 * of actors is shared by thousands of records.
 *
 * <p>It works on the whole run at once, in output order, so the result depends on neither the
 * thread count nor on which records an incremental run had to process again. A story's id is "s"
 * and the id of its first record in output order.
 */
public final class StoryGrouper {

    /**
     * Estimated shingle Jaccard similarity from which two texts are copies of one. Republished
     * copies with a changed head and foot measure 0.6 (two dev dumps of one Taz article); texts on
     * one event by different writers stay under 0.05.
     */
    static final double NEAR_DUPLICATE = 0.5;
    /**
     * Share of the particulars (numbers, names) of the text that gives fewer that the other must
     * give too, for two similar texts to be copies. An edited copy keeps most of them; two council
     * reports from one template share their sentences and hardly any number, town or project.
     */
    static final double SAME_FACTS = 0.5;
    /** Two actors, not one: a single head of state is named by hundreds of unrelated articles a week. */
    static final int SHARED_ACTORS = 2;
    /**
     * Share of the shorter lead's content words found in the other lead. On the seeds, articles on
     * one event measure 0.37 to 0.48, articles on other events with the same actors 0.11 to 0.19;
     * on a generated archive (docs/stories.md) 0.25 keeps pairwise precision at 0.99 where 0.2
     * drops it to 0.92, and recall at 0.80 where 0.3 drops it to 0.56.
     */
    static final double LEAD_OVERLAP = 0.25;
    /** A lead with fewer content words says too little to compare (a caption, a one-line brief). */
    static final int MIN_LEAD = 8;
    /** Days between two articles on one event: the event, the reactions, the weekend follow-up. */
    static final int DAY_WINDOW = 3;
    /** Records compared with each record in one index entry: enough for the reports of one event on one actor pair's busy days. */
    static final int NEIGHBORS = 32;

    /** @return one placement per sketch, in the same order */
    public List<Placement> group(List<Sketch> sketches) {
        int n = sketches.size();
        UnionFind stories = new UnionFind(n);
        int[] firstCopy = new int[n];
        List<Integer> originals = new ArrayList<>();
        Map<String, Integer> firstById = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Integer first = firstById.putIfAbsent(sketches.get(i).id(), i);
            firstCopy[i] = first == null ? i : first;
            if (first == null) {
                originals.add(i);
            } else {
                stories.union(first, i);
            }
        }
        // Copies are in their original's story already: only originals need comparing.
        PackedIndex byBands = new PackedIndex(IntStream.range(0, n).toArray());
        for (int i : originals) {
            int[] minHash = sketches.get(i).minHash();
            for (int band = 0; minHash.length == MinHash.SIZE && band < MinHash.BANDS; band++) {
                byBands.add(i, MinHash.band(minHash, band));
            }
        }
        // A copy of a copy drifts: each link must also hold against the story's first record, or a
        // series of texts from one template, each a near-copy of the next, becomes one story.
        link(byBands, stories, (a, b) -> nearDuplicate(sketches.get(a), sketches.get(b))
                && nearDuplicate(sketches.get(stories.find(a)), sketches.get(b))
                && nearDuplicate(sketches.get(a), sketches.get(stories.find(b))));

        long[] days = sketches.stream().mapToLong(s -> s.day() == null ? Long.MIN_VALUE : LocalDate.parse(s.day()).toEpochDay()).toArray();
        // In day order, so that the neighbours compared are those of the same days even when the
        // output order is not chronological (an archive sorted by outlet, then date). Undated
        // records come first, then the earliest days.
        PackedIndex byActors = new PackedIndex(IntStream.range(0, n).boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> days[i]).thenComparingInt(i -> i)).mapToInt(Integer::intValue).toArray());
        for (int i : originals) {
            for (long pair : actorPairs(sketches.get(i))) {
                byActors.add(i, pair);
            }
        }
        link(byActors, stories, (a, b) -> sameEvent(sketches.get(a), sketches.get(b), days[a], days[b]));

        List<Placement> placements = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String duplicateOf = firstCopy[i] == i ? null : sketches.get(firstCopy[i]).path();
            placements.add(new Placement(duplicateOf, "s" + sketches.get(stories.find(i)).id()));
        }
        return placements;
    }

    private static boolean nearDuplicate(Sketch a, Sketch b) {
        int fewer = Math.min(a.facts().length, b.facts().length);
        return MinHash.similarity(a.minHash(), b.minHash()) >= NEAR_DUPLICATE
                && SortedArrays.shareAtLeast(a.facts(), b.facts(), (int) Math.ceil(SAME_FACTS * fewer));
    }

    private static boolean sameEvent(Sketch a, Sketch b, long dayA, long dayB) {
        if (a.language() == null || !a.language().equals(b.language())) {
            return false;
        }
        if (dayA != Long.MIN_VALUE && dayB != Long.MIN_VALUE && Math.abs(dayA - dayB) > DAY_WINDOW) {
            return false;
        }
        int shorter = Math.min(a.lead().length, b.lead().length);
        return shorter >= MIN_LEAD && SortedArrays.shareAtLeast(a.lead(), b.lead(), (int) Math.ceil(LEAD_OVERLAP * shorter));
    }

    /** Every pair of a record's actors: records under one key share at least {@link #SHARED_ACTORS} actors. */
    private static long[] actorPairs(Sketch s) {
        long[] actors = s.actors();
        long[] keys = new long[actors.length * (actors.length - 1) / 2];
        int k = 0;
        for (int i = 0; i < actors.length; i++) {
            for (int j = i + 1; j < actors.length; j++) {
                keys[k++] = Hash64.mix(actors[i] * 31 + actors[j]);
            }
        }
        return keys;
    }

    /**
     * Links the neighbours of each index key that the test accepts, in the index's fixed order (a
     * test may look at the stories formed so far). Pairs already in one story are not tested again.
     */
    private static void link(PackedIndex index, UnionFind stories, PairTest linked) {
        index.visitNeighbours(NEIGHBORS, (a, b) -> {
            if (stories.find(a) != stories.find(b) && linked.holds(a, b)) {
                stories.union(a, b);
            }
        });
    }

    /** A link test between two records (their indexes in the run), on unboxed ints: it runs millions of times. */
    private interface PairTest {
        boolean holds(int a, int b);
    }
}
