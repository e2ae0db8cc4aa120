package dev.coupure.flink;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coupure.record.ArticleRecord;
import dev.coupure.record.JsonLines;
import java.io.IOException;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Joins each article with its placement, both keyed by the article's position: the record as the
 * output writes it, with {@code duplicate_of} and {@code story}. In batch mode both inputs come
 * sorted by key, so only the article at hand is held; whichever of the two comes first waits in
 * state for the other.
 */
final class PlaceArticles extends KeyedCoProcessFunction<Long, Article, PlacementAt, String> {

    private static final long serialVersionUID = 1L;

    private static final ObjectMapper JSON = new ObjectMapper();

    private transient ValueState<Article> article;
    private transient ValueState<PlacementAt> placement;

    @Override
    public void open(OpenContext context) {
        article = getRuntimeContext().getState(new ValueStateDescriptor<>("article", Article.class));
        placement = getRuntimeContext().getState(new ValueStateDescriptor<>("placement", PlacementAt.class));
    }

    @Override
    public void processElement1(Article a, Context context, Collector<String> out) throws IOException {
        article.update(a);
        emitWhenBoth(out);
    }

    @Override
    public void processElement2(PlacementAt p, Context context, Collector<String> out) throws IOException {
        placement.update(p);
        emitWhenBoth(out);
    }

    private void emitWhenBoth(Collector<String> out) throws IOException {
        Article a = article.value();
        PlacementAt p = placement.value();
        if (a == null || p == null) {
            return;
        }
        article.clear();
        placement.clear();
        ArticleRecord record = JSON.readValue(a.json(), ArticleRecord.class);
        out.collect(JsonLines.toJson(record.placed(p.placement().duplicateOf(), p.placement().story())));
    }
}
