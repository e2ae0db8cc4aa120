package dev.coupure.clean;

import dev.coupure.doc.DomContext;
import dev.coupure.doc.DomNode;
import dev.coupure.doc.DomNode.Region;
import dev.coupure.text.ResourceLines;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a web page's structure says about each block: where the article's container is, and
 * whether a block sits in a menu, a sidebar, a share bar or a caption. The evidence is log-odds
 * added to the line model's (weights in {@code dom-model.tsv}), plus a furniture kind when an
 * element names itself as furniture ({@code dom-tokens.tsv}). Blocks of a dump have no structure
 * and get no evidence.
 */
final class DomEvidence {

    /** The container is the deepest element holding at least this share of the page's prose. */
    static final double CONTAINER_SHARE = 0.6;
    /** A named element holding this share of the container's prose is a wrapper, not furniture. */
    static final double WRAPPER_SHARE = 0.4;
    /** The furniture kind of comment threads. */
    private static final String COMMENTS = "comment-form";

    static final List<String> FEATURES = List.of("in_container", "outside_container", "article_body", "link_density",
            "in_nav", "in_aside", "in_footer", "in_header", "in_form", "in_figure", "furniture_token", "list_item");

    /** The structure's verdict on one block: log-odds to add, and a furniture kind with its reason or null. */
    record Verdict(double logit, boolean inContainer, String kind, String reason) {
        static final Verdict NONE = new Verdict(0, true, null, null);
    }

    private final double[] weights;
    private final Map<String, String> tokenKinds;

    private DomEvidence(double[] weights, Map<String, String> tokenKinds) {
        this.weights = weights;
        // A HashMap, not Map.copyOf: most element words are not furniture, and it rejects them by hash alone.
        this.tokenKinds = Collections.unmodifiableMap(tokenKinds);
    }

    static DomEvidence load() {
        Map<String, String> kinds = new HashMap<>();
        for (String row : ResourceLines.read(DomEvidence.class, "dom-tokens.tsv")) {
            String[] cells = row.split("\t");
            if (cells.length != 2) {
                throw new IllegalStateException("dom-tokens.tsv: expected token<TAB>kind, got: " + row);
            }
            kinds.put(cells[0].strip().toLowerCase(Locale.ROOT), cells[1].strip());
        }
        return new DomEvidence(Weights.read("dom-model.tsv", FEATURES), kinds);
    }

    /**
     * The verdicts for a document's blocks, or null when none has a page structure.
     *
     * @param features the blocks' features
     * @param probability the line model's body probability of each block, from its text alone
     */
    Verdict[] assess(List<LineFeatures> features, double[] probability) {
        int n = features.size();
        int lastId = -1;
        for (LineFeatures f : features) {
            if (f.block().dom() != null) {
                lastId = Math.max(lastId, f.block().dom().element().id());
            }
        }
        if (lastId < 0) {
            return null;
        }
        double[] prose = new double[n];
        for (int i = 0; i < n; i++) {
            prose[i] = features.get(i).block().dom() == null ? 0 : prose(features.get(i), probability[i]);
        }
        // A stream of teasers is not the article, however much it weighs: its summaries count for no prose.
        boolean[] teaser = TeaserCards.find(features, prose);
        // The prose each element holds, by element number: ancestors are numbered before the blocks' elements.
        double[] mass = new double[lastId + 1];
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (teaser[i]) {
                prose[i] = 0;
            }
            if (prose[i] > 0) {
                total += prose[i];
                for (DomNode e = features.get(i).block().dom().element(); e != null; e = e.parent()) {
                    mass[e.id()] += prose[i];
                }
            }
        }
        DomNode container = container(features, mass, total);
        double containerMass = container == null ? 0 : mass[container.id()];
        Set<String> proseTokens = proseTokens(features, prose, containerMass);
        Verdict[] verdicts = new Verdict[n];
        for (int i = 0; i < n; i++) {
            DomContext dom = features.get(i).block().dom();
            verdicts[i] = dom == null ? Verdict.NONE
                    : verdict(dom, teaser[i], container, mass, containerMass, proseTokens);
        }
        return verdicts;
    }

    /**
     * Furniture words that the page gives to much of its prose: a site that marks every paragraph
     * of its text "paywall" (the part a subscriber sees) or "promo-free" does not mean furniture by it.
     * Comments are the exception: a thread can hold more prose than its article, but no site
     * names its article's paragraphs "comment".
     */
    private Set<String> proseTokens(List<LineFeatures> features, double[] prose, double containerMass) {
        Map<String, Double> byToken = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            if (prose[i] <= 0) {
                continue;
            }
            DomContext dom = features.get(i).block().dom();
            Set<String> seen = new HashSet<>();
            for (DomNode e = dom.element(); e != null; e = e.parent()) {
                for (String token : e.tokens()) {
                    if (tokenKinds.containsKey(token) && !tokenKinds.get(token).equals(COMMENTS) && seen.add(token)) {
                        byToken.merge(token, prose[i], Double::sum);
                    }
                }
            }
        }
        Set<String> out = new HashSet<>();
        byToken.forEach((token, tokenProse) -> {
            if (tokenProse >= WRAPPER_SHARE * containerMass) {
                out.add(token);
            }
        });
        return out;
    }

    /** How much a block weighs as article prose: its words, less its link text, when it reads as prose. */
    private static double prose(LineFeatures f, double probability) {
        return probability >= 0.5 ? f.weight() * (1 - f.block().dom().linkDensity()) : 0;
    }

    /** The deepest element that holds most of the page's prose, or null when the page has none. */
    private static DomNode container(List<LineFeatures> features, double[] mass, double total) {
        if (total <= 0) {
            return null;
        }
        DomNode best = null;
        int bestDepth = -1;
        for (LineFeatures f : features) {
            DomContext dom = f.block().dom();
            if (dom == null) {
                continue;
            }
            int depth = depth(dom.element());
            for (DomNode e = dom.element(); e != null; e = e.parent(), depth--) {
                if (mass[e.id()] >= CONTAINER_SHARE * total) {
                    if (depth > bestDepth) {
                        best = e;
                        bestDepth = depth;
                    }
                    break;
                }
            }
        }
        return best;
    }

    private static int depth(DomNode e) {
        int d = 0;
        for (DomNode n = e.parent(); n != null; n = n.parent()) {
            d++;
        }
        return d;
    }

    private Verdict verdict(DomContext dom, boolean teaser, DomNode container, double[] mass,
            double containerMass, Set<String> proseTokens) {
        boolean inside = false;
        for (DomNode e = dom.element(); e != null; e = e.parent()) {
            if (e == container) {
                inside = true;
                break;
            }
        }
        double[] x = new double[FEATURES.size()];
        x[0] = inside ? 1 : 0;
        x[1] = inside ? 0 : 1;
        x[2] = dom.in(Region.ARTICLE_BODY) ? 1 : 0;
        x[3] = dom.linkDensity();
        String kind = null;
        String reason = null;
        // Only the elements between the block and the container say what the block is: the
        // container's own ancestors (a page wrapper, the <main> it sits in) hold the article too.
        for (DomNode e = dom.element(); e != null && e != container; e = e.parent()) {
            x[4] = Math.max(x[4], opens(e, Region.NAV));
            x[5] = Math.max(x[5], opens(e, Region.ASIDE));
            x[6] = Math.max(x[6], opens(e, Region.FOOTER));
            x[7] = Math.max(x[7], opens(e, Region.HEADER));
            x[8] = Math.max(x[8], opens(e, Region.FORM));
            x[9] = Math.max(x[9], opens(e, Region.FIGURE));
            if (kind == null && mass[e.id()] < WRAPPER_SHARE * Math.max(containerMass, 1)) {
                String named = furniture(e, proseTokens);
                if (named != null) {
                    kind = named;
                    reason = "inside " + e.label() + ", named as " + named;
                    x[10] = 1;
                }
            }
        }
        if (kind == null && teaser) {
            kind = "related-link";
            reason = "a story teaser: a linked headline with a short summary, one of several";
        }
        if (kind == null && dom.tag().equals("figcaption")) {
            kind = "image-caption";
            reason = "a figure's caption";
        }
        x[11] = dom.tag().equals("li") ? 1 : 0;
        double logit = 0;
        for (int k = 0; k < x.length; k++) {
            logit += weights[k] * x[k];
        }
        return new Verdict(logit, inside, kind, reason);
    }

    /** 1 when the element itself (by its name or its role) opens the region, else 0. */
    private static double opens(DomNode e, Region region) {
        return e.regions().contains(region) && (e.parent() == null || !e.parent().regions().contains(region)) ? 1 : 0;
    }

    private String furniture(DomNode e, Set<String> proseTokens) {
        for (String token : e.tokens()) {
            String kind = tokenKinds.get(token);
            if (kind != null && !proseTokens.contains(token)) {
                return kind;
            }
        }
        return null;
    }
}
