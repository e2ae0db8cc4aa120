package dev.coupure.doc;

import java.util.List;
import java.util.Set;

/**
 * An element of a web page as the classifier sees it: its name, the words of its attributes and
 * the regions it is inside. Nodes link to their parent, so the blocks of one page share their
 * ancestry instead of copying it.
 *
 * @param id the element's number, unique within its page and greater than its parent's (a parent
 *     is numbered first), so that per-element data of a page fits an array
 * @param tag the element's name, lower case ("div", "p", "li")
 * @param label the element's name with its id or first class, for explanations ("div#content", "aside.related")
 * @param tokens lower-cased words of the element's own class, id, role, itemprop and aria-label
 *     attributes, split at punctuation and camel case ("share-bar" → share, bar)
 * @param regions the regions the element is inside, its own included
 * @param parent the parent element, or null for the root
 */
public record DomNode(int id, String tag, String label, List<String> tokens, Set<Region> regions, DomNode parent) {

    /** Page regions an element can be inside. */
    public enum Region {
        ARTICLE, MAIN, ARTICLE_BODY, NAV, ASIDE, HEADER, FOOTER, FORM, FIGURE, LIST, TABLE, QUOTE, PRE
    }

    public DomNode {
        if (parent != null && parent.id() >= id) {
            throw new IllegalArgumentException("element " + id + " numbered before its parent " + parent.id());
        }
        tokens = List.copyOf(tokens);
        regions = Set.copyOf(regions);
    }

    /** 1 to 6 for {@code h1}–{@code h6}, else 0. */
    public int headingLevel() {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6'
                ? tag.charAt(1) - '0' : 0;
    }
}
