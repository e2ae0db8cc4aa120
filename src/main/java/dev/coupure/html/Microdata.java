package dev.coupure.html;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Reads schema.org microdata: the {@code itemprop} elements of an article's {@code itemscope}.
 * Dates are also taken from a scope-less element or a WebPage scope, where many templates put
 * {@code <meta itemprop="datePublished">} outside any article scope.
 */
final class Microdata {

    private Microdata() {
    }

    /** Reads one element that has an {@code itemprop} attribute. */
    static void read(Element e, Candidates out) {
        List<String> props = props(e);
        List<String> scopeTypes = scopeTypes(owner(e));
        boolean article = SchemaTypes.anyArticle(scopeTypes);
        if (article || scopeTypes.isEmpty() || SchemaTypes.anyWebPage(scopeTypes)) {
            if (props.contains("datePublished")) {
                out.add(Field.PUBLISHED, value(e), "itemprop:datePublished");
            }
            if (props.contains("dateModified")) {
                out.add(Field.MODIFIED, value(e), "itemprop:dateModified");
            }
        }
        if (!article) {
            return;
        }
        if (props.contains("headline")) {
            out.add(Field.TITLE, value(e), "microdata:headline");
        }
        if (props.contains("author")) {
            author(e, out);
        }
    }

    /** An author is a plain value or a Person (or Organization) scope with its own name property. */
    private static void author(Element e, Candidates out) {
        if (!e.hasAttr("itemscope")) {
            out.add(Field.AUTHOR, value(e), "microdata:author");
            return;
        }
        Field to = SchemaTypes.isOrganizationOnly(scopeTypes(e)) ? Field.PUBLISHER : Field.AUTHOR;
        for (Element name : e.getElementsByAttribute("itemprop")) {
            if (name != e && owner(name) == e && props(name).contains("name")) {
                out.add(to, value(name), "microdata:author");
                return;
            }
        }
    }

    /** An itemprop may name several properties at once ("author creator"). */
    private static List<String> props(Element e) {
        return List.of(e.attr("itemprop").strip().split("\\s+"));
    }

    /** The scope a property belongs to: the nearest enclosing itemscope, not its own. */
    private static Element owner(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.hasAttr("itemscope")) {
                return p;
            }
        }
        return null;
    }

    private static List<String> scopeTypes(Element scope) {
        return scope == null ? List.of() : SchemaTypes.ofItemtype(scope.attr("itemtype"));
    }

    private static String value(Element e) {
        if (e.hasAttr("content")) {
            return e.attr("content");
        }
        if (e.hasAttr("datetime")) {
            return e.attr("datetime");
        }
        return e.text();
    }
}
