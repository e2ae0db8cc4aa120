package dev.coupure.pipeline;

import dev.coupure.record.ArticleRecord;
import dev.coupure.record.ErrorRecord;
import dev.coupure.story.Sketch;

/** What one input gave: an article, or an error record saying why not. */
public sealed interface Outcome {

    /**
     * @param sketch what grouping needs of the record, taken on the worker that made it: the
     *     thread that gathers outcomes in order is the one every document waits for
     */
    record Article(ArticleRecord record, Sketch sketch) implements Outcome {

        public Article(ArticleRecord record) {
            this(record, Sketch.of(record));
        }
    }

    record Failure(ErrorRecord record) implements Outcome {
    }
}
