package dev.coupure.story;

import dev.coupure.record.ArticleRecord;

/**
 * What grouping needs to know of one article record, small enough to keep for every record of a
 * large run (and in an incremental run's state) while the records themselves are not held.
 *
 * @param id the record's id: the hash of its text, so records with the same text share it
 * @param path the record's {@code source.path}, unique in a run
 */
public record Sketch(String id, String path) {

    public static Sketch of(ArticleRecord record) {
        return new Sketch(record.id(), record.source().path());
    }
}
