package dev.coupure.clean;

import dev.coupure.doc.DomContext;
import dev.coupure.doc.DomNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the story teasers of a web page: a headline that is wholly a link, with a short summary,
 * alone in its own element, several times over. A stream of such cards ("Latest", a section's
 * front) can outweigh the article it stands next to, and its summaries read as prose, so only
 * their shape gives them away. An article's own headline is sometimes a link too, but the element
 * it shares with other text then holds the whole article, not a summary.
 */
final class TeaserCards {

    /** A headline block with at least this share of link text is a link to a story. */
    static final double LINKED_HEADLINE = 0.8;
    /** A heading element is at most this many levels above the block whose text it holds ({@code <h3><a><div>}). */
    static final int HEADING_REACH = 3;
    /** A card holds at most this many words outside its links: a summary, not an article. */
    static final double MAX_CARD_WORDS = 150;
    /** Fewer cards than this are not a stream: a lone card may be the article's own linked headline. */
    static final int MIN_CARDS = 3;
    /** Cards holding this share of the page's prose are its text: the page is a front page, a list of stories. */
    static final double FRONT_PAGE_SHARE = 0.85;

    private TeaserCards() {
    }

    /**
     * Which blocks are in a teaser card; all false when the page has no stream of them, or nothing else.
     *
     * @param prose each block's weight as article prose (0 for what does not read as prose)
     */
    static boolean[] find(List<LineFeatures> features, double[] prose) {
        int n = features.size();
        Map<Integer, Integer> blocksUnder = new HashMap<>();
        Map<Integer, Double> wordsUnder = new HashMap<>();
        Map<Integer, Integer> headlinesUnder = new HashMap<>();
        DomNode[] headings = new DomNode[n];
        for (int i = 0; i < n; i++) {
            DomContext dom = features.get(i).block().dom();
            if (dom == null) {
                continue;
            }
            for (DomNode e = dom.element(); e != null; e = e.parent()) {
                blocksUnder.merge(e.id(), 1, Integer::sum);
                wordsUnder.merge(e.id(), features.get(i).weight() * (1 - dom.linkDensity()), Double::sum);
            }
            if (dom.linkDensity() >= LINKED_HEADLINE) {
                headings[i] = heading(dom.element());
                for (DomNode e = headings[i]; e != null; e = e.parent()) {
                    headlinesUnder.merge(e.id(), 1, Integer::sum);
                }
            }
        }
        Set<Integer> cards = new HashSet<>();
        for (DomNode heading : headings) {
            if (heading == null) {
                continue;
            }
            // The card is the smallest element around the headline that holds other text too.
            DomNode card = heading.parent();
            while (card != null && blocksUnder.get(card.id()).equals(blocksUnder.get(heading.id()))) {
                card = card.parent();
            }
            if (card != null && headlinesUnder.get(card.id()) == 1 && wordsUnder.get(card.id()) <= MAX_CARD_WORDS) {
                cards.add(card.id());
            }
        }
        boolean[] inCard = new boolean[n];
        if (cards.size() < MIN_CARDS) {
            return inCard;
        }
        double total = 0;
        double inCards = 0;
        for (int i = 0; i < n; i++) {
            DomContext dom = features.get(i).block().dom();
            for (DomNode e = dom == null ? null : dom.element(); e != null && !inCard[i]; e = e.parent()) {
                inCard[i] = cards.contains(e.id());
            }
            total += prose[i];
            inCards += inCard[i] ? prose[i] : 0;
        }
        return inCards < FRONT_PAGE_SHARE * total ? inCard : new boolean[n];
    }

    /** The heading element that holds the block's text, or null. */
    private static DomNode heading(DomNode e) {
        for (int up = 0; e != null && up <= HEADING_REACH; e = e.parent(), up++) {
            if (e.headingLevel() > 0) {
                return e;
            }
        }
        return null;
    }
}
