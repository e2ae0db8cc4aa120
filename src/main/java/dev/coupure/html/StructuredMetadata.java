package dev.coupure.html;

import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Collects every metadata value a saved page's markup carries (JSON-LD, OpenGraph, Twitter,
 * Dublin Core, microdata, plain HTML), each with its source, without choosing among them: a
 * later stage weighs the candidates. Malformed pieces are skipped, never thrown.
 */
public final class StructuredMetadata {

    private StructuredMetadata() {
    }

    /**
     * Reads {@code doc} in document order, so that each list of the result keeps the page's order.
     *
     * @param doc a parsed page; its base URI, when set, makes the canonical link absolute
     * @return the values found, possibly all empty
     */
    public static PageMetadata read(Document doc) {
        Objects.requireNonNull(doc, "doc");
        Candidates out = new Candidates();
        List<Element> elements = doc.getAllElements();
        JsonLd jsonLd = JsonLd.parse(elements);
        HtmlTags tags = new HtmlTags(out);
        for (Element e : elements) {
            tags.read(e);
            if (JsonLd.isScript(e)) {
                jsonLd.read(e, out);
            }
            if (e.hasAttr("itemprop")) {
                Microdata.read(e, out);
            }
        }
        return out.build();
    }
}
