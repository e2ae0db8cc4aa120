package dev.coupure.doc;

import java.util.List;
import java.util.Set;

/**
 * Where a block stands in a web page: the structure a text dump has lost, kept as evidence for
 * the classifier and for {@code --explain}.
 *
 * @param tag the block element's name ("p", "h2", "li", "td", "figcaption", "div")
 * @param path a readable ancestry for explanations: "article.story > div.body > p"
 * @param headingLevel 1 to 6 for {@code h1}–{@code h6}, else 0
 * @param within the page regions the block is inside (semantic sections and structures)
 * @param linkDensity share of the block's characters that are link text
 * @param tokens lower-cased words of the class, id, role, itemprop and aria-label attributes of
 *     the block and its ancestors, nearest first ("share", "related", "article", "body")
 * @param container index of the block's nearest ancestor that holds several blocks, so that
 *     blocks of one box can be treated together
 */
public record DomContext(String tag, String path, int headingLevel, Set<Region> within, double linkDensity,
        List<String> tokens, int container) {

    /** Page regions a block can be inside. */
    public enum Region {
        ARTICLE, MAIN, ARTICLE_BODY, NAV, ASIDE, HEADER, FOOTER, FORM, FIGURE, LIST, TABLE, QUOTE, PRE, ADDRESS
    }

    public DomContext {
        within = Set.copyOf(within);
        tokens = List.copyOf(tokens);
    }

    public boolean in(Region region) {
        return within.contains(region);
    }
}
