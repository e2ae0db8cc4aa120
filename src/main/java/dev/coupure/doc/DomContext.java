package dev.coupure.doc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where a block stands in a web page: the structure a text dump has lost, kept as evidence for
 * the classifier and for {@code --explain}.
 *
 * @param element the element that holds the block's text, with its ancestors
 * @param linkDensity share of the block's characters that are link text
 */
public record DomContext(DomNode element, double linkDensity) {

    /** How many elements a {@link #path()} names, innermost last. */
    private static final int PATH_DEPTH = 3;

    public String tag() {
        return element.tag();
    }

    /** 1 to 6 for {@code h1}–{@code h6}, else 0. */
    public int headingLevel() {
        return element.headingLevel();
    }

    public boolean in(DomNode.Region region) {
        return element.regions().contains(region);
    }

    /** A readable ancestry for explanations, innermost last: "article.story > div.body > p". */
    public String path() {
        List<String> parts = new ArrayList<>(PATH_DEPTH);
        for (DomNode n = element; n != null && parts.size() < PATH_DEPTH; n = n.parent()) {
            parts.add(n.label());
        }
        Collections.reverse(parts);
        return String.join(" > ", parts);
    }
}
