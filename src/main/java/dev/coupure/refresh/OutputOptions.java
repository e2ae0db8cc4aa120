package dev.coupure.refresh;

import dev.coupure.pipeline.Pipeline;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options a run's records depend on: a state written under other values cannot be reused,
 * since reusing it would give other bytes than a full run. Thread count, quietness and where
 * things are written are left out: they change nothing in the records. Serializable: the Flink
 * job ships them to its tasks.
 */
public record OutputOptions(List<String> languages, boolean explain, LocalDate referenceDate, boolean mtimeReference,
        String glob, long maxBytes, int timeoutPerDoc) implements Serializable {

    /** What the pipeline needs of them for every document. */
    public Pipeline.Options pipelineOptions() {
        return new Pipeline.Options(explain, referenceDate, mtimeReference);
    }

    /** As written in the state and the report; keys in a fixed order so the same options give the same bytes. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("languages", languages);
        m.put("explain", explain);
        m.put("reference_date", referenceDate == null ? null : referenceDate.toString());
        m.put("mtime_reference", mtimeReference);
        m.put("glob", glob);
        m.put("max_bytes", maxBytes);
        m.put("timeout_per_doc", timeoutPerDoc);
        return m;
    }
}
