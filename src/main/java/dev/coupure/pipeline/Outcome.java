package dev.coupure.pipeline;

import dev.coupure.record.ArticleRecord;
import dev.coupure.record.ErrorRecord;

/** What one input gave: an article, or an error record saying why not. */
public sealed interface Outcome {

    record Article(ArticleRecord record) implements Outcome {
    }

    record Failure(ErrorRecord record) implements Outcome {
    }
}
