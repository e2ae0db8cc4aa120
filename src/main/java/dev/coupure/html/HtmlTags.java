package dev.coupure.html;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the plain HTML carriers of metadata: {@code <meta>} tags (OpenGraph, Twitter, Dublin
 * Core, Parse.ly, Sailthru), the {@code <title>}, the root's {@code lang}, the canonical link,
 * {@code rel=author} links and the article's {@code <time>}. One instance reads one page.
 */
final class HtmlTags {

    private record Target(Field field, String source) {
    }

    /**
     * Meta names and properties, lower case, Dublin Core ones with a dot ("dc:creator" and
     * "DC.creator" are both seen). Pages put OpenGraph keys in {@code name} as often as in
     * {@code property}, so both attributes look up this one table.
     */
    private static final Map<String, Target> META = Map.ofEntries(
            target("og:title", Field.TITLE, "og:title"),
            target("twitter:title", Field.TITLE, "twitter:title"),
            target("dc.title", Field.TITLE, "dc:title"),
            target("dcterms.title", Field.TITLE, "dc:title"),
            target("author", Field.AUTHOR, "meta:author"),
            target("byl", Field.AUTHOR, "meta:byl"),
            target("article:author", Field.AUTHOR, "article:author"),
            target("dc.creator", Field.AUTHOR, "dc:creator"),
            target("dcterms.creator", Field.AUTHOR, "dc:creator"),
            target("parsely-author", Field.AUTHOR, "parsely-author"),
            target("sailthru.author", Field.AUTHOR, "sailthru.author"),
            target("og:site_name", Field.PUBLISHER, "og:site_name"),
            target("application-name", Field.PUBLISHER, "application-name"),
            target("dc.publisher", Field.PUBLISHER, "dc:publisher"),
            target("dcterms.publisher", Field.PUBLISHER, "dc:publisher"),
            target("article:published_time", Field.PUBLISHED, "article:published_time"),
            target("og:published_time", Field.PUBLISHED, "og:published_time"),
            target("date", Field.PUBLISHED, "meta:date"),
            target("pubdate", Field.PUBLISHED, "meta:pubdate"),
            target("publishdate", Field.PUBLISHED, "meta:publishdate"),
            target("publish-date", Field.PUBLISHED, "meta:publishdate"),
            target("dc.date", Field.PUBLISHED, "dc:date"),
            target("dc.date.issued", Field.PUBLISHED, "dc:date"),
            target("dcterms.date", Field.PUBLISHED, "dc:date"),
            target("dcterms.created", Field.PUBLISHED, "dcterms:created"),
            target("dcterms.issued", Field.PUBLISHED, "dcterms:issued"),
            target("parsely-pub-date", Field.PUBLISHED, "parsely-pub-date"),
            target("sailthru.date", Field.PUBLISHED, "sailthru.date"),
            target("article:modified_time", Field.MODIFIED, "article:modified_time"),
            target("og:updated_time", Field.MODIFIED, "og:updated_time"),
            target("dcterms.modified", Field.MODIFIED, "dcterms:modified"),
            target("og:description", Field.DESCRIPTION, "og:description"),
            target("description", Field.DESCRIPTION, "meta:description"),
            target("twitter:description", Field.DESCRIPTION, "twitter:description"),
            target("og:url", Field.URL, "og:url"),
            target("og:locale", Field.LANGUAGE, "og:locale"));

    private final Candidates out;
    private boolean titleSeen;
    private boolean timeSeen;

    HtmlTags(Candidates out) {
        this.out = out;
    }

    private static Map.Entry<String, Target> target(String key, Field field, String source) {
        return Map.entry(key, new Target(field, source));
    }

    void read(Element e) {
        switch (e.normalName()) {
            case "html" -> lang(e);
            case "title" -> title(e);
            case "meta" -> meta(e);
            case "link" -> canonical(e);
            case "a" -> relAuthor(e);
            case "time" -> time(e);
            default -> {
                // Not a metadata carrier.
            }
        }
    }

    private void lang(Element e) {
        if (e.parent() instanceof Document) {
            out.add(Field.LANGUAGE, e.hasAttr("lang") ? e.attr("lang") : e.attr("xml:lang"), "html:lang");
        }
    }

    /** The first title outside SVG: an inline icon's {@code <title>} is not the page's. */
    private void title(Element e) {
        if (!titleSeen && e.closest("svg") == null) {
            titleSeen = true;
            out.add(Field.TITLE, e.text(), "html:title");
        }
    }

    private void meta(Element e) {
        String content = e.attr("content");
        if (e.attr("http-equiv").equalsIgnoreCase("content-language")) {
            out.add(Field.LANGUAGE, content, "meta:content-language");
        }
        for (String attribute : List.of("property", "name")) {
            Target t = META.get(key(e.attr(attribute)));
            if (t != null) {
                out.add(t.field(), content, t.source());
            }
        }
    }

    private static String key(String attribute) {
        String key = attribute.strip().toLowerCase(Locale.ROOT);
        return key.startsWith("dc:") || key.startsWith("dcterms:") ? key.replaceFirst(":", ".") : key;
    }

    /** Only an absolute address: a relative one without the page's base says nothing. */
    private void canonical(Element e) {
        if (hasRel(e, "canonical")) {
            out.add(Field.URL, e.absUrl("href"), "rel-canonical");
        }
    }

    private void relAuthor(Element e) {
        if (hasRel(e, "author")) {
            out.add(Field.AUTHOR, e.text(), "rel-author");
        }
    }

    /** The first dated {@code <time>} that marks itself or sits in the article, not one in a sidebar. */
    private void time(Element e) {
        String datetime = e.attr("datetime");
        if (!timeSeen && !datetime.isBlank()
                && (e.hasAttr("pubdate") || e.hasAttr("itemprop") || e.closest("article, main") != null)) {
            timeSeen = true;
            out.add(Field.PUBLISHED, datetime, "time:datetime");
        }
    }

    private static boolean hasRel(Element e, String rel) {
        String rels = e.attr("rel");
        // Most links have no rel: splitting compiles an expression each time.
        return !rels.isEmpty() && List.of(rels.strip().toLowerCase(Locale.ROOT).split("\\s+")).contains(rel);
    }
}
