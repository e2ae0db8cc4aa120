package dev.coupure.meta;

import dev.coupure.doc.Declared;
import dev.coupure.doc.Document;
import dev.coupure.text.Fold;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Chooses the headline among those a page's markup declares: the most trusted source's, without
 * the site's name, without a kicker or a section label that another source leaves off, and never
 * a bare {@code <title>} weaker than the headline the text shows.
 */
final class Headlines {

    /** Sources by trust, best first; a source not listed comes after these, in page order. */
    private static final List<String> ORDER = List.of("json-ld:headline", "microdata:headline", "og:title",
            "twitter:title", "dc:title", "json-ld:name", "json-ld-webpage:headline", "html:title");
    private static final String HTML_TITLE = "html:title";
    /** A {@code <title>} this short is a section or a site name, not a headline. */
    static final int WEAK_TITLE_WORDS = 3;
    /** A kicker and what joins it to the headline: "Neue Leipziger Schule: ", "Eskalation - ". */
    private static final Pattern KICKER = Pattern.compile("(?s).*\\S(?:\\s*:|\\s+[-–—|])\\s*");
    /** A section label and what joins the headline to it: " | Sport". */
    private static final Pattern SECTION = Pattern.compile("(?s)\\s+[-–—|]\\s+\\S.*");

    /** "… environmental groups concerned": the end of a headline cut by a template, not one. */
    private static final Pattern FRAGMENT = Pattern.compile("\\s*(?:…|\\.\\.\\.)");

    /** The chosen headline and the source it came from. */
    record Choice(String title, String source) {
    }

    private Headlines() {
    }

    /** The headline the markup gives, or null when it gives none better than {@code textTitle}. */
    static Choice choose(Document doc, SiteNames sites, String textTitle) {
        List<Declared> ranked = MarkupMetadata.ranked(doc.declared(Declared.Field.TITLE), ORDER);
        Declared best = null;
        String stripped = null;
        for (Declared d : ranked) {
            String candidate = sites.strip(d.value());
            if (!candidate.isEmpty() && !sites.isSiteName(candidate) && !FRAGMENT.matcher(candidate).lookingAt()) {
                best = d;
                stripped = candidate;
                break;
            }
        }
        if (best == null || weakerThanText(best, stripped, textTitle)) {
            return null;
        }
        // A <title> is often shortened for search engines: being shorter, it proves no kicker.
        for (Declared other : ranked) {
            String bare = sites.strip(other.value());
            if (!other.source().equals(HTML_TITLE) && isFramed(stripped, bare)) {
                return new Choice(bare, other.source());
            }
        }
        return new Choice(stripped, best.source());
    }

    /**
     * "Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig" frames the headline
     * another source gives bare: a kicker before it or a section after it, joined by a colon or a
     * spaced dash or bar ("Nantes : le pont..." frames "Le pont...": French lowers the case after
     * the colon). The bare one must be a headline of its own, not a fragment.
     */
    static boolean isFramed(String framed, String bare) {
        if (bare.length() >= framed.length() || bare.split("\\s+").length < WEAK_TITLE_WORDS) {
            return false;
        }
        int kicker = framed.length() - bare.length();
        if (framed.regionMatches(true, kicker, bare, 0, bare.length())) {
            return KICKER.matcher(framed.substring(0, kicker)).matches();
        }
        return framed.startsWith(bare) && SECTION.matcher(framed.substring(bare.length())).matches();
    }

    /**
     * A page's {@code <title>} alone says less than the headline shown above the text: it may be
     * a section name ("Actualités") or carry a site name no other tag gives.
     */
    private static boolean weakerThanText(Declared headline, String stripped, String textTitle) {
        if (!headline.source().equals(HTML_TITLE) || textTitle == null) {
            return false;
        }
        return stripped.split("\\s+").length < WEAK_TITLE_WORDS
                || !Fold.fold(stripped).equals(Fold.fold(textTitle)) && Fold.fold(stripped).contains(Fold.fold(textTitle));
    }
}
