package dev.coupure.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coupure.record.ArticleRecord;
import dev.coupure.story.Placement;
import dev.coupure.story.Sketch;
import dev.coupure.story.StoryGrouper;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Story grouping, not a test. Without arguments: the time and heap to group 100,000 generated
 * sketches (random texts, so few links: the cost of candidate generation, the part that grows
 * with the run). With a file of records written by {@code coupure ingest}: the stories of more
 * than one record, to inspect by eye. Run with {@code .ci/bench-stories [RECORDS.jsonl]}.
 */
public final class StoryBenchmark {

    private static final int SKETCHES = 100_000;
    /** Actors are drawn from a pool small enough that many records share pairs of them, as in a news archive. */
    private static final int ACTOR_POOL = 3_000;

    private StoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1) {
            inspect(Path.of(args[0]));
            return;
        }
        List<Sketch> sketches = generated(new Random(42));
        StoryGrouper grouper = new StoryGrouper();
        for (int pass = 1; pass <= 3; pass++) {
            System.gc();
            long before = usedHeap();
            long start = System.nanoTime();
            List<Placement> placements = grouper.group(sketches);
            long ms = (System.nanoTime() - start) / 1_000_000;
            long stories = placements.stream().map(Placement::story).distinct().count();
            System.out.printf("pass %d: %,d sketches grouped in %,d ms, %,d stories, heap after grouping +%,d MiB%n",
                    pass, sketches.size(), ms, stories, (usedHeap() - before) >> 20);
        }
        System.gc();
        System.out.printf("heap holding the sketches: %,d MiB%n", usedHeap() >> 20);
    }

    private static List<Sketch> generated(Random random) {
        List<Sketch> sketches = new ArrayList<>(SKETCHES);
        LocalDate start = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < SKETCHES; i++) {
            int[] minHash = random.ints(64).toArray();
            // Skewed: a few actors are in most of the news.
            long[] actors = random.ints(6, 0, ACTOR_POOL).mapToLong(a -> (long) a * a / ACTOR_POOL).distinct().sorted().toArray();
            int[] lead = random.ints(30).sorted().distinct().toArray();
            int[] facts = random.ints(20).sorted().distinct().toArray();
            String id = String.format("%016x", random.nextLong());
            sketches.add(new Sketch(id, "dump/" + i + ".txt", "fr", start.plusDays(random.nextInt(365)).toString(), minHash, actors,
                    lead, facts));
        }
        return sketches;
    }

    private static void inspect(Path records) throws Exception {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        List<ArticleRecord> all = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(records)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                all.add(json.readValue(line, ArticleRecord.class));
            }
        }
        // The best of five passes: the first ones run before the JIT has compiled the hashing.
        List<Sketch> sketches = List.of();
        long micros = Long.MAX_VALUE;
        for (int pass = 0; pass < 5; pass++) {
            long start = System.nanoTime();
            sketches = all.stream().map(Sketch::of).toList();
            micros = Math.min(micros, (System.nanoTime() - start) / 1_000);
        }
        long jsonBytes = 0;
        for (Sketch s : sketches) {
            jsonBytes += json.writeValueAsBytes(s).length;
        }
        System.out.printf("sketching: %,d µs per record; %,d bytes of JSON per sketch%n", micros / Math.max(1, all.size()),
                jsonBytes / Math.max(1, all.size()));
        List<Placement> placements = new StoryGrouper().group(sketches);
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            members.computeIfAbsent(placements.get(i).story(), s -> new ArrayList<>()).add(i);
        }
        long multi = members.values().stream().filter(m -> m.size() > 1).count();
        System.out.printf("%,d records, %,d stories, %,d of more than one record, %,d exact copies%n", all.size(), members.size(),
                multi, placements.stream().filter(p -> p.duplicateOf() != null).count());
        members.forEach((story, m) -> {
            if (m.size() > 1) {
                System.out.println(story + ":");
                m.forEach(i -> System.out.printf("  %s  %s  %s%n", all.get(i).source().path(),
                        all.get(i).published() == null ? "-" : all.get(i).published().date(), all.get(i).title()));
            }
        });
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
