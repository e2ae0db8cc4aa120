package dev.coupure.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.coupure.date.PublicationDate;
import java.util.List;
import java.util.Map;

/**
 * One article, as written to the output: the contract described in docs/record.md and
 * docs/record-schema.json. Field order is fixed so that output bytes are reproducible.
 */
@JsonPropertyOrder({"schema", "id", "duplicate_of", "story", "source", "title", "lede", "authors", "language", "published", "modified", "text",
    "entities", "stats", "warnings", "blocks"})
public record ArticleRecord(
        String schema,
        String id,
        @JsonProperty("duplicate_of") @JsonInclude(JsonInclude.Include.NON_NULL) String duplicateOf,
        String story,
        Source source,
        String title,
        String lede,
        List<String> authors,
        Language language,
        PublicationDate published,
        PublicationDate modified,
        String text,
        List<Entity> entities,
        Stats stats,
        List<String> warnings,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Block> blocks) {

    public static final String SCHEMA = "coupure.article/1";

    /** This record placed among the run's others: a copy of an earlier one, and the story it belongs to. */
    public ArticleRecord placed(String duplicateOf, String story) {
        return new ArticleRecord(schema, id, duplicateOf, story, source, title, lede, authors, language, published,
                modified, text, entities, stats, warnings, blocks);
    }

    @JsonPropertyOrder({"path", "sha256", "media_type", "charset", "url", "domain", "name", "fetched_at", "provenance"})
    public record Source(
            String path,
            String sha256,
            @JsonProperty("media_type") String mediaType,
            String charset,
            String url,
            String domain,
            String name,
            @JsonProperty("fetched_at") String fetchedAt,
            Map<String, String> provenance) {
    }

    @JsonPropertyOrder({"code", "confidence"})
    public record Language(String code, double confidence) {
    }

    @JsonPropertyOrder({"lines", "body_lines", "boilerplate_lines", "paragraphs", "words", "chars", "mojibake_repaired"})
    public record Stats(
            int lines,
            @JsonProperty("body_lines") int bodyLines,
            @JsonProperty("boilerplate_lines") int boilerplateLines,
            int paragraphs,
            int words,
            int chars,
            @JsonProperty("mojibake_repaired") int mojibakeRepaired) {
    }

    /**
     * A person, organization or place the article names.
     *
     * @param count mentions in the body text (title mentions are listed but not counted)
     */
    @JsonPropertyOrder({"name", "type", "aliases", "count", "mentions"})
    public record Entity(String name, String type, List<String> aliases, int count, List<Mention> mentions) {
    }

    /** Where an entity is named: character offsets into {@code text}, or into {@code title} when {@code in_title}. */
    @JsonPropertyOrder({"start", "end", "text", "in_title"})
    public record Mention(int start, int end, String text, @JsonProperty("in_title") boolean inTitle) {
    }

    /** One block's decision, for --explain; {@code path} is the page element for a web page's block, else null. */
    @JsonPropertyOrder({"line", "label", "kind", "reason", "language", "path", "text"})
    public record Block(
            int line,
            String label,
            String kind,
            String reason,
            @JsonInclude(JsonInclude.Include.NON_NULL) String language,
            @JsonInclude(JsonInclude.Include.NON_NULL) String path,
            String text) {
    }
}
