package dev.coupure.refresh;

import dev.coupure.record.ArticleRecord;
import dev.coupure.record.ErrorRecord;
import dev.coupure.story.Placement;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run did, as the {@code coupure.report/1} document (docs/report.md,
 * docs/report-schema.json): counted from the records as they are written, so that it reconciles
 * with the output whatever was processed again and whatever was reused.
 */
final class RunReport {

    static final String SCHEMA = "coupure.report/1";

    int written;
    int failed;
    private final Map<String, Integer> failedByKind = new TreeMap<>();
    private final Map<String, Integer> languages = new TreeMap<>();
    private final Map<String, Integer> publishedBySource = new TreeMap<>();
    private final Map<String, Integer> entitiesByType = new TreeMap<>();
    private int entityMentions;
    private int duplicates;
    private final Map<String, Integer> storySizes = new TreeMap<>();
    private final Map<String, Double> stages = new LinkedHashMap<>();
    /** The counts of an earlier run that wrote the same records, when this one wrote none itself. */
    private Map<String, Object> restored;

    /**
     * What the report counts of an article record.
     *
     * @param language its language code, or null
     * @param publishedSource where its publication date came from, or null
     * @param entityTypes the type of each of its entities
     * @param mentions the sum of its entities' counts
     */
    record Tally(String language, String publishedSource, List<String> entityTypes, int mentions) {

        static Tally of(ArticleRecord record) {
            List<String> types = new ArrayList<>();
            int mentions = 0;
            for (ArticleRecord.Entity e : record.entities()) {
                types.add(e.type());
                mentions += e.count();
            }
            return new Tally(record.language() == null ? null : record.language().code(),
                    record.published() == null ? null : record.published().source(), types, mentions);
        }
    }

    /**
     * Counts what an article record holds. It is counted as the record enters the spool, while it is
     * at hand, and its placement once the record is written ({@link #article}): reading every record
     * back for its counts took most of the write phase.
     */
    void content(Tally tally) {
        languages.merge(orNone(tally.language()), 1, Integer::sum);
        publishedBySource.merge(orNone(tally.publishedSource()), 1, Integer::sum);
        tally.entityTypes().forEach(type -> entitiesByType.merge(type, 1, Integer::sum));
        entityMentions += tally.mentions();
    }

    /** Counts an article record written, with its place among the others. */
    void article(Placement placement) {
        written++;
        if (placement.duplicateOf() != null) {
            duplicates++;
        }
        if (placement.story() != null) {
            storySizes.merge(placement.story(), 1, Integer::sum);
        }
    }

    /** Records without a language or a date are counted under "none". */
    private static String orNone(String key) {
        return key == null ? "none" : key;
    }

    void error(ErrorRecord record) {
        failed++;
        failedByKind.merge(record.error().kind(), 1, Integer::sum);
    }

    void stage(String name, long nanos) {
        stages.put(name, nanos / 1e9);
    }

    /**
     * The counts of the records written, as the document gives them: kept in the state, so that a
     * refresh that leaves the output in place reports what is in it.
     */
    Map<String, Object> counts() {
        if (restored != null) {
            return restored;
        }
        Map<String, Object> entities = new LinkedHashMap<>();
        entities.put("by_type", entitiesByType);
        entities.put("mentions", entityMentions);

        Map<String, Object> stories = new LinkedHashMap<>();
        stories.put("stories", storySizes.size());
        stories.put("records_in_stories", storySizes.values().stream().mapToInt(Integer::intValue).sum());
        stories.put("largest", storySizes.values().stream().mapToInt(Integer::intValue).max().orElse(0));

        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("written", written);
        counts.put("failed", failed);
        counts.put("failed_by_kind", failedByKind);
        counts.put("languages", languages);
        counts.put("published_by_source", publishedBySource);
        counts.put("entities", entities);
        counts.put("duplicates", duplicates);
        counts.put("stories", stories);
        return counts;
    }

    /** Takes the counts of an earlier run whose output this run keeps as it is. */
    void restore(Map<String, Object> counts) {
        restored = counts;
        written = ((Number) counts.get("written")).intValue();
        failed = ((Number) counts.get("failed")).intValue();
    }

    /** The report's document; the counts of inputs reconcile: total = written + failed + skipped. */
    Map<String, Object> document(String version, Map<String, Object> options, Map<String, Integer> skipped,
            Map<String, Object> files, Map<String, Object> state, long totalNanos, int exitCode) {
        Map<String, Object> counts = counts();
        int skippedTotal = skipped.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("total", written + failed + skippedTotal);
        inputs.put("written", written);
        inputs.put("failed", failed);
        inputs.put("skipped", skippedTotal);
        inputs.put("failed_by_kind", counts.get("failed_by_kind"));
        inputs.put("skipped_by_reason", skipped);

        double seconds = totalNanos / 1e9;
        Map<String, Object> timing = new LinkedHashMap<>();
        timing.put("total_seconds", seconds);
        timing.put("stages", stages);
        timing.put("records_per_second", seconds > 0 ? (written + failed) / seconds : 0.0);

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", SCHEMA);
        doc.put("version", version);
        doc.put("options", options);
        doc.put("exit_code", exitCode);
        doc.put("inputs", inputs);
        doc.put("files", files);
        doc.put("state", state);
        doc.put("languages", counts.get("languages"));
        doc.put("published_by_source", counts.get("published_by_source"));
        doc.put("entities", counts.get("entities"));
        doc.put("duplicates", counts.get("duplicates"));
        doc.put("stories", counts.get("stories"));
        doc.put("timing", timing);
        doc.put("peak_heap_bytes", peakHeap());
        return doc;
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one moment. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
