package dev.coupure.meta;

import dev.coupure.doc.Decision;
import dev.coupure.doc.Label;
import dev.coupure.clean.LinePatterns;
import dev.coupure.date.IsoDates;
import dev.coupure.date.PublicationDate;
import dev.coupure.input.Sidecar;
import dev.coupure.text.PersonNames;
import dev.coupure.text.Fold;
import dev.coupure.text.ResourceLines;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads title, lede, authors and source from the classified lines, and puts a sidecar's values
 * over them. A byline that names a publisher ("Par Euronews", "By Reuters") gives the source's
 * name, not an author.
 */
public final class MetadataExtractor {

    /** The entity stage's table of media and agencies, read here for its names only. */
    private static final String MEDIA_TABLE = "/dev/coupure/entity/gazetteer-media.tsv";

    private static final int COPYRIGHT_HOLDER_MAX_WORDS = 4;

    private final LinePatterns patterns;
    private final PersonNames names;
    private final Set<String> media = new HashSet<>();

    public MetadataExtractor(LinePatterns patterns, PersonNames names) {
        this.patterns = patterns;
        this.names = names;
        for (String row : ResourceLines.read(MetadataExtractor.class, MEDIA_TABLE)) {
            String[] cells = row.split("\t");
            media.add(Fold.fold(cells[0]));
            if (cells.length > 2) {
                for (String alias : cells[2].split("\\|")) {
                    media.add(Fold.fold(alias.replace("~", "")));
                }
            }
        }
    }

    public Metadata extract(List<Decision> decisions, Sidecar sidecar) {
        String title = null;
        String lede = null;
        Set<String> authors = new LinkedHashSet<>();
        String url = null;
        String publisher = null;
        boolean afterPrefix = false;
        for (Decision d : decisions) {
            String text = d.block().text();
            if (d.label() == Label.TITLE && title == null) {
                title = text;
            } else if (d.label() == Label.LEDE && lede == null) {
                lede = text;
            } else if (d.label() == Label.BYLINE) {
                Optional<String> named = afterPrefix ? Optional.of(text) : patterns.bylineName(text, Byline.words(text).length);
                afterPrefix = patterns.isBylinePrefix(text);
                if (named.isPresent()) {
                    Byline byline = Byline.parse(named.get(), patterns, media);
                    authors.addAll(byline.people());
                    publisher = publisher == null ? byline.publisher() : publisher;
                } else {
                    authors.addAll(names.splitNames(text));
                }
            } else if ("source-line".equals(d.kind()) && url == null) {
                url = patterns.sourceUrl(text).orElse(null);
            }
        }
        if (publisher == null) {
            publisher = copyrightHolder(decisions);
        }
        return new Metadata(title, lede, List.copyOf(authors), source(url, publisher, sidecar), published(sidecar));
    }

    /**
     * "© Le Figaro 2025. Tous droits réservés." at the foot of the page names the publisher. Only
     * after the text: a © by a photo is the photographer's or the agency's.
     */
    private String copyrightHolder(List<Decision> decisions) {
        int lastBody = -1;
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i).label().inBody()) {
                lastBody = i;
            }
        }
        for (int i = decisions.size() - 1; i > lastBody && lastBody >= 0; i--) {
            String line = decisions.get(i).block().text();
            String holder = CopyrightNotice.holder(line);
            if (holder == null) {
                continue;
            }
            // A legal notice ("Tous droits réservés") or a known publisher: not a photographer's ©.
            boolean legal = CopyrightNotice.reservesRights(line) || media.contains(Fold.fold(holder));
            if (legal && holder.split(" ").length <= COPYRIGHT_HOLDER_MAX_WORDS) {
                return holder;
            }
        }
        return null;
    }

    private static SourceInfo source(String textUrl, String textPublisher, Sidecar sidecar) {
        Map<String, String> provenance = new TreeMap<>();
        String url = textUrl;
        String name = textPublisher;
        String fetchedAt = null;
        if (textUrl != null) {
            provenance.put("url", "text");
        }
        if (textPublisher != null) {
            provenance.put("name", "text");
        }
        if (sidecar != null) {
            if (sidecar.url() != null) {
                url = sidecar.url();
                provenance.put("url", sidecar.origin());
            }
            if (sidecar.sourceName() != null) {
                name = sidecar.sourceName();
                provenance.put("name", sidecar.origin());
            }
            if (sidecar.fetchedAt() != null) {
                fetchedAt = sidecar.fetchedAt();
                provenance.put("fetched_at", sidecar.origin());
            }
        }
        String domain = domainOf(url);
        if (domain != null) {
            provenance.put("domain", provenance.get("url"));
        }
        return new SourceInfo(url, domain, name, fetchedAt, Map.copyOf(provenance));
    }

    static String domainOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = new URI(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static PublicationDate published(Sidecar sidecar) {
        if (sidecar == null || sidecar.published() == null) {
            return null;
        }
        return IsoDates.parse(sidecar.published(), "sidecar", 1.0).orElse(null);
    }

}
