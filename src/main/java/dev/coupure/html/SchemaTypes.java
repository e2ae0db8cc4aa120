package dev.coupure.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * schema.org type names as JSON-LD and microdata write them ("NewsArticle",
 * "http://schema.org/NewsArticle", "https://schema.org/NewsArticle", "schema:NewsArticle"), and
 * the groups this reader cares about.
 */
final class SchemaTypes {

    /** Types whose fields describe the article itself; VideoObject and the like do not. */
    private static final Set<String> ARTICLES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "askpublicnewsarticle", "blogposting", "liveblogposting", "report");
    private static final Set<String> ORGANIZATIONS = Set.of("corporation", "ngo");

    private SchemaTypes() {
    }

    /** The type names of a JSON-LD {@code @type}, a string or an array of strings. */
    static List<String> of(JsonNode type) {
        List<String> names = new ArrayList<>();
        if (type == null) {
            return names;
        }
        if (type.isTextual()) {
            names.add(local(type.asText()));
        } else if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.isTextual()) {
                    names.add(local(t.asText()));
                }
            }
        }
        names.removeIf(String::isEmpty);
        return names;
    }

    /** The type names of a microdata {@code itemtype}: space-separated IRIs. */
    static List<String> ofItemtype(String itemtype) {
        List<String> names = new ArrayList<>();
        for (String iri : itemtype.strip().split("\\s+")) {
            String name = local(iri);
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    static boolean anyArticle(List<String> types) {
        return types.stream().anyMatch(t -> ARTICLES.contains(t.toLowerCase(Locale.ROOT)));
    }

    static boolean anyWebPage(List<String> types) {
        return types.stream().anyMatch(t -> t.equalsIgnoreCase("WebPage"));
    }

    /** Organization and its subtypes: NewsMediaOrganization, Corporation, NGO... */
    private static boolean anyOrganization(List<String> types) {
        return types.stream().map(t -> t.toLowerCase(Locale.ROOT))
                .anyMatch(t -> t.endsWith("organization") || ORGANIZATIONS.contains(t));
    }

    /** An organization and not also a person: WordPress themes type a staff writer ["Person", "Organization"]. */
    static boolean isOrganizationOnly(List<String> types) {
        return anyOrganization(types) && types.stream().noneMatch(t -> t.equalsIgnoreCase("Person"));
    }

    private static String local(String iri) {
        String name = iri.strip();
        while (name.endsWith("/")) {
            name = name.substring(0, name.length() - 1);
        }
        int cut = Math.max(name.lastIndexOf('/'), Math.max(name.lastIndexOf('#'), name.lastIndexOf(':')));
        return name.substring(cut + 1);
    }
}
