package dev.coupure.refresh;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.coupure.record.JsonLines;
import dev.coupure.story.Placement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An article's record as the spool holds it, placed without being read back: the record's JSON
 * is the output's but for the placement, which comes right after the id ({@code "story":null}
 * before placement, {@code "duplicate_of":…,"story":…} after), so the placement is written into
 * the text. Parsing every record back and serializing it again took most of the write phase.
 */
final class SpooledArticle {

    private static final String ARTICLE_KEY = ",\"article\":";
    private static final String ID_START = "{\"schema\":\"coupure.article/1\",\"id\":\"";
    private static final String UNPLACED = ",\"story\":null";

    private SpooledArticle() {
    }

    /** The record's JSON in an article line of the spool ({@code {"sketch":{…},"article":{…}}}). */
    static String json(String line) {
        // No key of a sketch is "article", and a string cannot hold an unescaped quote.
        int at = line.indexOf(ARTICLE_KEY);
        return at < 0 ? null : line.substring(at + ARTICLE_KEY.length(), line.length() - 1);
    }

    /** The record placed, as {@link JsonLines} would write it; null when the JSON is not shaped as expected. */
    static String placed(String json, Placement placement) {
        if (json == null || !json.startsWith(ID_START)) {
            return null;
        }
        int idEnd = json.indexOf('"', ID_START.length()) + 1;
        if (idEnd == 0 || !json.startsWith(UNPLACED, idEnd)) {
            return null;
        }
        StringBuilder out = new StringBuilder(json.length() + 64).append(json, 0, idEnd);
        if (placement.duplicateOf() != null) {
            out.append(",\"duplicate_of\":").append(JsonLines.toJson(placement.duplicateOf()));
        }
        out.append(",\"story\":").append(JsonLines.toJson(placement.story()));
        return out.append(json, idEnd + UNPLACED.length(), json.length()).toString();
    }

    /** What the run report counts of the record, read from its JSON without building it. */
    static RunReport.Tally tally(String json) throws IOException {
        String language = null;
        String published = null;
        List<String> types = new ArrayList<>();
        int mentions = 0;
        try (JsonParser p = StateFormat.MAPPER.createParser(json)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.START_OBJECT && (field.equals("language") || field.equals("published"))) {
                    String wanted = field.equals("language") ? "code" : "source";
                    String found = member(p, wanted);
                    if (field.equals("language")) {
                        language = found;
                    } else {
                        published = found;
                    }
                } else if (value == JsonToken.START_ARRAY && field.equals("entities")) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String name = p.currentName();
                            p.nextToken();
                            if (name.equals("type")) {
                                types.add(p.getText());
                            } else if (name.equals("count")) {
                                mentions += p.getIntValue();
                            } else {
                                p.skipChildren();
                            }
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        return new RunReport.Tally(language, published, types, mentions);
    }

    /** The string value of one member of the object the parser is at; the object is read to its end. */
    private static String member(JsonParser p, String wanted) throws IOException {
        String found = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals(wanted) && p.currentToken() == JsonToken.VALUE_STRING) {
                found = p.getText();
            } else {
                p.skipChildren();
            }
        }
        return found;
    }
}
