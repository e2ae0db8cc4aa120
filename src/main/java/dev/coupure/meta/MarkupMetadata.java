package dev.coupure.meta;

import dev.coupure.date.DateExtractor;
import dev.coupure.date.IsoDates;
import dev.coupure.date.PublicationDate;
import dev.coupure.doc.Decision;
import dev.coupure.doc.Declared;
import dev.coupure.doc.Label;
import dev.coupure.text.Fold;
import dev.coupure.text.PersonNames;
import dev.coupure.doc.Document;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weighs what a page's markup declares (JSON-LD, OpenGraph, meta tags, microdata) against what
 * the text shows, field by field, and says where each value came from. Markup wins where it is
 * specific and plausible: the headline without the site's name, authors who are not the
 * publisher, a publication date close to the visible one. A document's own metadata (PDF, Word,
 * e-mail) is trusted less: see {@link DocumentProperties}. A dump declares nothing, and its
 * metadata passes through unchanged.
 */
public final class MarkupMetadata {

    /** Sources by trust, best first; a source not listed comes after these, in page order. */
    private static final List<String> AUTHORS = List.of("json-ld:author", "microdata:author", "meta:author",
            "article:author", "meta:byl", "parsely-author", "sailthru.author", "dc:creator", "rel-author");
    private static final List<String> PUBLISHERS = List.of("og:site_name", "json-ld:publisher", "json-ld:author",
            "application-name", "dc:publisher");
    private static final List<String> URLS = List.of("rel-canonical", "og:url", "json-ld:url");
    private static final List<String> PUBLISHED = List.of("json-ld:datePublished", "article:published_time",
            "og:published_time", "microdata:datePublished", "itemprop:datePublished", "meta:date", "meta:pubdate",
            "meta:publishdate", "dc:date", "dcterms:created", "dcterms:issued", "parsely-pub-date", "sailthru.date",
            "json-ld-webpage:datePublished", "time:datetime");
    private static final List<String> MODIFIED = List.of("json-ld:dateModified", "article:modified_time",
            "og:updated_time", "itemprop:dateModified", "dcterms:modified", "json-ld-webpage:dateModified");

    /** A declared date this far from the visible dateline is not the same event: the page is trusted. */
    static final long MAX_DISAGREEMENT_DAYS = 366;
    static final double DECLARED_DATE_CONFIDENCE = 0.9;
    static final double CONFIRMED_DATE_CONFIDENCE = 0.97;
    /**
     * A document's creation date is when the file was made, which may be the day the article was
     * written or the day a clipping was saved: trusted less than a page's, and never against a
     * dateline that shows another day.
     */
    static final double FILE_DATE_CONFIDENCE = 0.5;
    static final long FILE_DATE_MAX_DISAGREEMENT_DAYS = 1;
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+(\\p{L}.*)");
    private static final int MAX_SITE_NAME_WORDS = 6;

    private final DocumentProperties documents;

    public MarkupMetadata(PersonNames names) {
        this.documents = new DocumentProperties(names);
    }

    /** The metadata with the markup's values put in, and what disagreed in {@code warnings}. */
    public Metadata apply(Metadata text, Document doc, List<String> warnings) {
        if (doc.declared().isEmpty()) {
            return text;
        }
        if (!doc.isPage()) {
            return documents.apply(text, doc);
        }
        Map<String, String> provenance = new TreeMap<>(text.source().provenance());
        String url = text.source().url();
        Declared declaredUrl = first(doc, Declared.Field.URL, URLS);
        if (declaredUrl != null && (url == null || "text".equals(provenance.get("url")))) {
            url = declaredUrl.value();
            provenance.put("url", declaredUrl.source());
            provenance.put("domain", declaredUrl.source());
        }
        String domain = MetadataExtractor.domainOf(url);
        if (domain == null) {
            provenance.remove("domain");
        }
        String name = text.source().name();
        Declared publisher = first(doc, Declared.Field.PUBLISHER, PUBLISHERS);
        if (publisher != null && !"sidecar".equals(provenance.get("name"))) {
            name = publisher.value();
            provenance.put("name", publisher.source());
        }
        SiteNames sites = new SiteNames(publisherNames(doc), domain);

        String title = text.title();
        Headlines.Choice headline = Headlines.choose(doc, sites, text.title());
        if (headline != null) {
            title = headline.title();
            provenance.put("title", headline.source());
        }
        if (name == null && title != null) {
            name = titleSuffix(doc, title);
            if (name != null) {
                provenance.put("name", "html:title");
            }
        }
        List<String> authors = text.authors();
        Credits credits = authors(doc, sites, text.authors());
        if (!credits.names().isEmpty()) {
            authors = credits.names();
            provenance.put("authors", credits.source());
        }
        return new Metadata(title, text.lede(), authors,
                new SourceInfo(url, domain, name, text.source().fetchedAt(), Map.copyOf(provenance)), text.published());
    }

    /** "Headline – Le Journal de Saint-Aurèle": what the page's {@code <title>} adds after the headline names the site. */
    private static String titleSuffix(Document doc, String title) {
        for (Declared d : doc.declared(Declared.Field.TITLE)) {
            if (!d.source().equals("html:title") || !d.value().startsWith(title)) {
                continue;
            }
            Matcher m = TITLE_SUFFIX.matcher(d.value().substring(title.length()));
            if (m.matches() && m.group(1).split("\\s+").length <= MAX_SITE_NAME_WORDS) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    /**
     * The blocks, with the one that shows the chosen headline labelled as the title: a page's
     * {@code <h1>} inside the article's container must not open its text.
     */
    public List<Decision> markHeadline(List<Decision> decisions, String title) {
        if (title == null) {
            return decisions;
        }
        String key = Fold.fold(title);
        List<Decision> out = new ArrayList<>(decisions);
        for (int i = 0; i < out.size(); i++) {
            Decision d = out.get(i);
            if (d.label() == Label.TITLE) {
                return decisions;
            }
            if (d.label().inBody() && Fold.fold(d.block().text()).equals(key)) {
                out.set(i, d.relabel(Label.TITLE, null, "the headline the page's metadata names"));
                return List.copyOf(out);
            }
            if (d.label() == Label.BODY) {
                break;
            }
        }
        return decisions;
    }

    /**
     * The declared publication and modification dates, as written (the page's own calendar day,
     * not converted to UTC), unless the visible dateline puts the article in another year: then
     * the page's text is trusted and the disagreement is a warning.
     */
    public DateExtractor.Dates dates(Document doc, DateExtractor.Dates visible, List<String> warnings) {
        double confidence = doc.isPage() ? DECLARED_DATE_CONFIDENCE : FILE_DATE_CONFIDENCE;
        long tolerance = doc.isPage() ? MAX_DISAGREEMENT_DAYS : FILE_DATE_MAX_DISAGREEMENT_DAYS;
        PublicationDate published = checked(declaredDate(doc, Declared.Field.PUBLISHED, PUBLISHED, confidence),
                visible.published(), tolerance, "publication", warnings);
        PublicationDate modified = checked(declaredDate(doc, Declared.Field.MODIFIED, MODIFIED, confidence),
                visible.modified(), tolerance, "modification", warnings);
        return new DateExtractor.Dates(published, modified);
    }

    private static PublicationDate checked(PublicationDate declared, PublicationDate visible, long tolerance,
            String what, List<String> warnings) {
        if (declared == null) {
            return visible;
        }
        boolean shown = visible != null && ("dateline".equals(visible.source()) || "text".equals(visible.source()));
        if (!shown || !"day".equals(visible.precision())) {
            return declared;
        }
        long apart = Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(declared.date()), LocalDate.parse(visible.date())));
        if (apart > tolerance) {
            warnings.add(String.format(Locale.ROOT, "%s date %s (%s) is %d days from the text's dateline %s: kept the dateline",
                    what, declared.date(), declared.source(), apart, visible.date()));
            return visible;
        }
        return apart <= 1
                ? new PublicationDate(declared.date(), declared.datetime(), declared.precision(), declared.source(),
                        declared.evidence(), CONFIRMED_DATE_CONFIDENCE)
                : declared;
    }

    private static PublicationDate declaredDate(Document doc, Declared.Field field, List<String> order,
            double confidence) {
        for (Declared d : ranked(doc, field, order)) {
            PublicationDate date = IsoDates.parse(d.value(), d.source(), confidence).orElse(null);
            if (date != null && "day".equals(date.precision())) {
                return date;
            }
        }
        return null;
    }

    /**
     * Who the most trusted source that credits anyone names: its people, and the agencies it
     * credits beside them ("Anna Fink, dpa"). A source that credits only the site itself ("BBC
     * News", an Organization author) is checked against the page: a visible byline that names
     * people wins; without one, the newsroom's credit is what the page says and is kept.
     */
    private static Credits authors(Document doc, SiteNames sites, List<String> bylinePeople) {
        List<Declared> ranked = ranked(credits(doc), AUTHORS);
        if (ranked.isEmpty()) {
            return Credits.NONE;
        }
        String source = ranked.get(0).source();
        Set<String> seen = new HashSet<>();
        List<String> people = new ArrayList<>();
        List<String> organizations = new ArrayList<>();
        List<String> site = new ArrayList<>();
        for (Declared d : ranked) {
            if (!d.source().equals(source) || !seen.add(Fold.fold(d.value()))) {
                continue;
            }
            if (sites.isSiteName(d.value())) {
                site.add(d.value());
            } else if (d.field() == Declared.Field.AUTHOR) {
                people.add(d.value());
            } else {
                organizations.add(d.value());
            }
        }
        people.addAll(organizations);
        if (!people.isEmpty()) {
            return new Credits(List.copyOf(people), source);
        }
        if (!bylinePeople.isEmpty()) {
            return Credits.NONE;
        }
        return new Credits(List.copyOf(site), source);
    }

    /** What the markup credits: authors, and organizations named in an author field. */
    private static List<Declared> credits(Document doc) {
        List<Declared> credits = new ArrayList<>(doc.declared(Declared.Field.AUTHOR));
        for (Declared d : doc.declared(Declared.Field.PUBLISHER)) {
            if (AUTHORS.contains(d.source())) {
                credits.add(d);
            }
        }
        return credits;
    }

    private record Credits(List<String> names, String source) {
        static final Credits NONE = new Credits(List.of(), null);
    }

    private static Declared first(Document doc, Declared.Field field, List<String> order) {
        List<Declared> ranked = ranked(doc, field, order);
        return ranked.isEmpty() ? null : ranked.get(0);
    }

    /** The field's values, most trusted source first, page order within a source. */
    private static List<Declared> ranked(Document doc, Declared.Field field, List<String> order) {
        return ranked(doc.declared(field), order);
    }

    /** The values, the sources {@code order} lists first and in its order, page order within a source. */
    static List<Declared> ranked(List<Declared> declared, List<String> order) {
        List<Declared> values = new ArrayList<>(declared);
        values.sort(Comparator.comparingInt(d -> {
            int rank = order.indexOf(d.source());
            return rank < 0 ? order.size() : rank;
        }));
        return values;
    }

    /** The names the site gives itself; an organization credited as author may be an agency. */
    private static List<String> publisherNames(Document doc) {
        return doc.declared(Declared.Field.PUBLISHER).stream().filter(d -> !AUTHORS.contains(d.source()))
                .map(Declared::value).toList();
    }
}
