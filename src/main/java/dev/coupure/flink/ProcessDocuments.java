package dev.coupure.flink;

import dev.coupure.lang.LanguageIdentifier;
import dev.coupure.pipeline.Batch;
import dev.coupure.pipeline.Outcome;
import dev.coupure.pipeline.Pipeline;
import dev.coupure.record.JsonLines;
import dev.coupure.refresh.OutputOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * The pipeline's stages over each document: an article record (with its sketch) on the main
 * output, an error record on {@link #ERRORS}. The pipeline (language models, lexicons) is built
 * once per task, in {@link #open}. Each document runs through the command line's {@link Batch},
 * on a thread of its own, so that {@code --timeout-per-doc} and running out of memory give the
 * same error records as there, and a parser that hangs costs a thread, never the task.
 */
final class ProcessDocuments extends ProcessFunction<Input, Article> {

    private static final long serialVersionUID = 1L;

    static final OutputTag<String> ERRORS = new OutputTag<>("errors", Types.STRING);

    private final OutputOptions options;
    private transient Batch batch;

    ProcessDocuments(OutputOptions options) {
        this.options = options;
    }

    @Override
    public void open(OpenContext context) {
        Pipeline pipeline = new Pipeline(LanguageIdentifier.forLanguages(options.languages()), options.pipelineOptions());
        batch = new Batch(pipeline::process, 1, Duration.ofSeconds(options.timeoutPerDoc()));
    }

    @Override
    public void processElement(Input input, Context context, Collector<Article> out) throws InterruptedException {
        List<Outcome> outcomes = new ArrayList<>(1);
        batch.run(sink -> sink.accept(input.item()), outcomes::add);
        Outcome outcome = outcomes.get(0);
        if (outcome instanceof Outcome.Article a) {
            out.collect(new Article(input.position(), a.sketch(), JsonLines.toJson(a.record())));
        } else {
            context.output(ERRORS, JsonLines.toJson(((Outcome.Failure) outcome).record()));
        }
    }
}
