package dev.coupure.refresh;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.coupure.record.JsonLines;
import dev.coupure.story.Placement;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An article's record as the spool holds it, placed without being read back: the record's JSON
 * is the output's but for the placement, which comes right after the id ({@code "story":null}
 * before placement, {@code "duplicate_of":…,"story":…} after), so the placement is written into
 * the line's bytes. Parsing every record back and serializing it again took most of the write
 * phase; decoding and encoding the text took most of what remained.
 */
final class SpooledArticle {

    // No key of a sketch is "article", and a string cannot hold an unescaped quote.
    private static final byte[] ARTICLE_KEY = ascii(",\"article\":");
    private static final byte[] ID_START = ascii("{\"schema\":\"coupure.article/1\",\"id\":\"");
    private static final byte[] UNPLACED = ascii(",\"story\":null");

    private SpooledArticle() {
    }

    /**
     * Writes the record of an article line of the spool ({@code {"sketch":{…},"article":{…}}})
     * placed, as {@link JsonLines} would write it, and a line break.
     *
     * @return false, with nothing written, when the line is not laid out as this build writes it
     */
    static boolean writePlaced(byte[] line, int length, Placement placement, OutputStream out) throws IOException {
        int json = indexOf(line, length, ARTICLE_KEY);
        int end = length - 1;
        if (json < 0 || end < 0 || line[end] != '}' || !StateFormat.regionIs(line, json += ARTICLE_KEY.length, end, ID_START)) {
            return false;
        }
        int idEnd = json + ID_START.length;
        while (idEnd < end && line[idEnd] != '"') {
            idEnd++;
        }
        if (!StateFormat.regionIs(line, ++idEnd, end, UNPLACED)) {
            return false;
        }
        StringBuilder placed = new StringBuilder(64);
        if (placement.duplicateOf() != null) {
            placed.append(",\"duplicate_of\":").append(JsonLines.toJson(placement.duplicateOf()));
        }
        placed.append(",\"story\":").append(JsonLines.toJson(placement.story()));
        out.write(line, json, idEnd - json);
        out.write(placed.toString().getBytes(StandardCharsets.UTF_8));
        int rest = idEnd + UNPLACED.length;
        out.write(line, rest, end - rest);
        out.write('\n');
        return true;
    }

    private static int indexOf(byte[] line, int length, byte[] key) {
        for (int i = 0; i + key.length <= length; i++) {
            if (StateFormat.regionIs(line, i, length, key)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** What the run report counts of the record, read from a parser at its opening brace; the record is read to its end. */
    static RunReport.Tally tally(JsonParser p) throws IOException {
        String language = null;
        String published = null;
        List<String> types = new ArrayList<>();
        int mentions = 0;
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
