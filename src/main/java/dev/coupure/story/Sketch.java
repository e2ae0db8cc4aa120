package dev.coupure.story;

import dev.coupure.record.ArticleRecord;
import java.util.Arrays;
import java.util.Objects;

/**
 * What grouping needs to know of one article record, small enough to keep for every record of a
 * large run (and in an incremental run's state) while the records themselves are not held: about
 * 700 bytes of heap. Every hash is a fixed function of the record ({@link Hash64}), so sketches stored by
 * one run compare with those of the next.
 *
 * @param id the record's id: the hash of its text, so records with the same text share it
 * @param path the record's {@code source.path}, unique in a run
 * @param language the record's language code
 * @param day the publication day (YYYY-MM-DD), or null when the record has none to the day
 * @param minHash the MinHash signature of the text's word shingles (see {@link MinHash}); empty for an empty text
 * @param actors hashes of the record's most named people and organizations, sorted
 * @param lead hashes of the content words of the title and the start of the text, sorted
 * @param facts hashes of the numbers the text writes and of the names it gives (places
 *     included), sorted: what a copy keeps and a text written from the same template changes
 */
public record Sketch(String id, String path, String language, String day, int[] minHash, long[] actors, int[] lead,
        int[] facts) {

    public static Sketch of(ArticleRecord record) {
        return SketchBuilder.build(record);
    }

    // By content, arrays included: an incremental run compares the sketches it stored with fresh ones.
    @Override
    public boolean equals(Object o) {
        return o instanceof Sketch s && Objects.equals(id, s.id) && Objects.equals(path, s.path) && Objects.equals(language, s.language)
                && Objects.equals(day, s.day) && Arrays.equals(minHash, s.minHash) && Arrays.equals(actors, s.actors)
                && Arrays.equals(lead, s.lead) && Arrays.equals(facts, s.facts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, path, language, day, Arrays.hashCode(minHash), Arrays.hashCode(actors), Arrays.hashCode(lead),
                Arrays.hashCode(facts));
    }

    @Override
    public String toString() {
        return "Sketch[" + id + " " + path + " " + language + " " + day + ", " + actors.length + " actors, " + lead.length + " lead words]";
    }
}
