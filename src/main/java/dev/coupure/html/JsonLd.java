package dev.coupure.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads the {@code <script type="application/ld+json">} blocks of a page. All blocks are parsed
 * first so that an {@code @id} reference ("author": {"@id": "#jean"}) resolves wherever in the
 * page its node is; values are then taken block by block as the page walk meets them.
 */
final class JsonLd {

    /** The leniencies hand-written and templated JSON-LD needs; the rest stays strict. */
    private static final ObjectReader READER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build()
            .readerFor(JsonNode.class);
    /** HTML comment or CDATA markers some templates still wrap the JSON in. */
    private static final Pattern WRAPPER = Pattern.compile("^\\s*(?:<!--|<!\\[CDATA\\[)|(?:-->|]]>)\\s*$");
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z/!]");
    /**
     * Bounds on pathological input, per block so that one oversized block does not hide the
     * next: nesting deeper than any real page, arrays of thousands of nodes.
     */
    private static final int MAX_DEPTH = 32;
    private static final int MAX_NODES = 10_000;
    /** Entities encoded twice ("&amp;#039;") are common; more rounds than that would be data. */
    private static final int MAX_DECODE_ROUNDS = 3;

    private static final String WEBPAGE = "json-ld-webpage:";
    private static final String ARTICLE = "json-ld:";

    private final Map<Element, List<JsonNode>> blocks = new IdentityHashMap<>();
    private final Map<String, JsonNode> byId = new HashMap<>();
    private int indexBudget;
    private int walkBudget;

    private JsonLd() {
    }

    static boolean isScript(Element e) {
        return e.normalName().equals("script")
                && e.attr("type").strip().toLowerCase(Locale.ROOT).startsWith("application/ld+json");
    }

    /** Parses the JSON-LD scripts among {@code elements}, a page's elements in document order. */
    static JsonLd parse(List<Element> elements) {
        JsonLd jsonLd = new JsonLd();
        for (Element script : elements) {
            if (isScript(script)) {
                List<JsonNode> roots = parse(script.data());
                jsonLd.blocks.put(script, roots);
                jsonLd.indexBudget = MAX_NODES;
                roots.forEach(r -> jsonLd.index(r, 0));
            }
        }
        return jsonLd;
    }

    /** The JSON values of one block; a block that breaks off keeps the values before the break. */
    private static List<JsonNode> parse(String data) {
        List<JsonNode> roots = new ArrayList<>();
        // The expression tries every position of what can be a long block: only a wrapped one needs it.
        boolean wrapped = data.contains("<!--") || data.contains("<![CDATA[") || data.contains("-->") || data.contains("]]>");
        String text = wrapped ? WRAPPER.matcher(data).replaceAll("") : data;
        try (MappingIterator<JsonNode> values = READER.readValues(text)) {
            while (values.hasNextValue()) {
                roots.add(values.nextValue());
            }
        } catch (IOException malformed) {
            // Skipped: the page's other metadata still counts.
        }
        return roots;
    }

    /** Keeps, for each {@code @id}, the node that says most about it, not a bare reference. */
    private void index(JsonNode node, int depth) {
        if (depth > MAX_DEPTH || indexBudget-- <= 0) {
            return;
        }
        JsonNode id = node.get("@id");
        if (node.isObject() && id != null && id.isTextual()) {
            byId.merge(id.asText(), node, (old, now) -> now.size() > old.size() ? now : old);
        }
        for (JsonNode child : node) {
            index(child, depth + 1);
        }
    }

    void read(Element script, Candidates out) {
        walkBudget = MAX_NODES;
        for (JsonNode root : blocks.getOrDefault(script, List.of())) {
            walk(root, 0, out);
        }
    }

    private void walk(JsonNode node, int depth, Candidates out) {
        if (depth > MAX_DEPTH || walkBudget-- <= 0) {
            return;
        }
        if (node.isObject()) {
            List<String> types = SchemaTypes.of(node.get("@type"));
            types.forEach(out::type);
            if (SchemaTypes.anyArticle(types)) {
                article(node, out);
            } else if (SchemaTypes.anyWebPage(types)) {
                webPage(node, out);
            }
        }
        for (JsonNode child : node) {
            walk(child, depth + 1, out);
        }
    }

    private void article(JsonNode node, Candidates out) {
        texts(node.get("headline"), Field.TITLE, ARTICLE + "headline", out);
        texts(node.get("name"), Field.TITLE, ARTICLE + "name", out);
        author(node.get("author"), 0, out);
        publisher(node.get("publisher"), 0, out);
        texts(node.get("datePublished"), Field.PUBLISHED, ARTICLE + "datePublished", out);
        texts(node.get("dateModified"), Field.MODIFIED, ARTICLE + "dateModified", out);
        texts(node.get("description"), Field.DESCRIPTION, ARTICLE + "description", out);
        texts(node.get("url"), Field.URL, ARTICLE + "url", out);
        JsonNode mainEntity = node.get("mainEntityOfPage");
        texts(mainEntity != null && mainEntity.isObject() ? mainEntity.get("@id") : mainEntity,
                Field.URL, ARTICLE + "mainEntityOfPage", out);
        texts(node.get("inLanguage"), Field.LANGUAGE, ARTICLE + "inLanguage", out);
        for (String body : strings(node.get("articleBody"), 0)) {
            out.articleBody(body);
        }
    }

    /** A WebPage's headline may be the site's or a section's: kept apart as a weaker candidate. */
    private void webPage(JsonNode node, Candidates out) {
        texts(node.get("headline"), Field.TITLE, WEBPAGE + "headline", out);
        texts(node.get("datePublished"), Field.PUBLISHED, WEBPAGE + "datePublished", out);
        texts(node.get("dateModified"), Field.MODIFIED, WEBPAGE + "dateModified", out);
        texts(node.get("inLanguage"), Field.LANGUAGE, WEBPAGE + "inLanguage", out);
    }

    private void author(JsonNode author, int depth, Candidates out) {
        if (author == null || depth > MAX_DEPTH) {
            return;
        }
        if (author.isArray()) {
            for (JsonNode a : author) {
                author(a, depth + 1, out);
            }
            return;
        }
        JsonNode node = resolve(author);
        Field to = node.isObject() && SchemaTypes.isOrganizationOnly(SchemaTypes.of(node.get("@type")))
                ? Field.PUBLISHER : Field.AUTHOR;
        List<String> names = node.isObject() ? strings(node.get("name"), 0) : strings(node, 0);
        if (names.isEmpty() && node.isObject()) {
            List<String> parts = strings(node.get("givenName"), 0);
            parts.addAll(strings(node.get("familyName"), 0));
            names = List.of(String.join(" ", parts));
        }
        for (String name : names) {
            out.add(to, name, ARTICLE + "author");
        }
    }

    private void publisher(JsonNode publisher, int depth, Candidates out) {
        if (publisher == null || depth > MAX_DEPTH) {
            return;
        }
        if (publisher.isArray()) {
            for (JsonNode p : publisher) {
                publisher(p, depth + 1, out);
            }
            return;
        }
        JsonNode node = resolve(publisher);
        texts(node.isObject() ? node.get("name") : node, Field.PUBLISHER, ARTICLE + "publisher", out);
    }

    /** The full node a bare {@code {"@id": ...}} reference points to, or the node itself. */
    private JsonNode resolve(JsonNode node) {
        JsonNode id = node.get("@id");
        if (node.isObject() && !node.has("name") && id != null && id.isTextual()) {
            return byId.getOrDefault(id.asText(), node);
        }
        return node;
    }

    private static void texts(JsonNode node, Field field, String source, Candidates out) {
        for (String s : strings(node, 0)) {
            out.add(field, s, source);
        }
    }

    /**
     * The strings a value holds: itself, the items of an array, the {@code @value} or
     * {@code name} of an object (language-tagged strings, a name given as a Person).
     */
    private static List<String> strings(JsonNode node, int depth) {
        List<String> found = new ArrayList<>();
        if (node == null || depth > MAX_DEPTH) {
            return found;
        }
        if (node.isTextual()) {
            found.add(decode(node.asText()));
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                found.addAll(strings(item, depth + 1));
            }
        } else if (node.isObject()) {
            found.addAll(strings(node.has("@value") ? node.get("@value") : node.get("name"), depth + 1));
        }
        return found;
    }

    /** CMSs write HTML-escaped text into JSON ("Qu&#039;en dit-on", "&lt;p&gt;"), sometimes escaped twice. */
    private static String decode(String s) {
        String text = s;
        for (int i = 0; i < MAX_DECODE_ROUNDS && text.indexOf('&') >= 0; i++) {
            String decoded = Parser.unescapeEntities(text, false);
            if (decoded.equals(text)) {
                break;
            }
            text = decoded;
        }
        return TAG.matcher(text).find() ? Jsoup.parseBodyFragment(text).text() : text;
    }
}
