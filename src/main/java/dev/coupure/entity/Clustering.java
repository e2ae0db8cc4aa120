package dev.coupure.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * In-article coreference and typing: the candidate spans of one article grouped into entities.
 * Gazetteer spans group by entry; people named in full by their name key, and their surnames,
 * alone or after a title, join them ("Poutine", "M. Poutine"); other spans group by name key; an
 * acronym joins its expansion ("Union des X (UDX)"). A group's type is the sum of its spans'
 * evidence; unknown groups without evidence are dropped, except capitalized multi-word names in
 * mid-sentence, kept as MISC. One instance per article.
 */
final class Clustering {

    private static final Comparator<Entity> MOST_NAMED_FIRST = Comparator.comparingInt(Entity::count).reversed()
            .thenComparing(Entity::name).thenComparing(Entity::type);
    private static final Comparator<Mention> TITLE_FIRST_IN_TEXT_ORDER = Comparator.comparing((Mention m) -> !m.inTitle())
            .thenComparingInt(Mention::start);

    private final Gazetteer gazetteer;
    private final Lexicon lex;
    private final boolean nounsCapitalized;
    private final List<Span> spans;
    /** Words the article writes in lower case: a lone capitalized one without strong evidence is not a name. */
    private final Set<String> lowerWords;

    Clustering(Gazetteer gazetteer, Lexicon lex, boolean nounsCapitalized, List<Span> spans, Set<String> lowerWords) {
        this.gazetteer = gazetteer;
        this.lex = lex;
        this.nounsCapitalized = nounsCapitalized;
        this.spans = spans;
        this.lowerWords = lowerWords;
    }

    static final class Cluster {
        final Gazetteer.Entry entry;
        final List<Span> spans = new ArrayList<>();
        /** A multi-word name whose last word the article also uses alone. */
        boolean surnameReused;
        /** A multi-word name whose last word is the surname of a person of the article ("Thomas" and "Meghan Markle"). */
        boolean relative;

        Cluster(Gazetteer.Entry entry) {
            this.entry = entry;
        }

        void add(Span s) {
            spans.add(s);
            s.cluster = this;
        }

        /** Whether every span is one word, a surname alone when the cluster is a person's. */
        boolean surnamesOnly() {
            for (Span s : spans) {
                if (s.nameTokens != 1) {
                    return false;
                }
            }
            return true;
        }

        /** Whether every span is an acronym (a loop: this is asked of every cluster of every text). */
        boolean allAcronyms() {
            for (Span s : spans) {
                if (!s.acronym) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The article's entities, most named first. Each step is a method of its own: besides reading
     * better, a method of many loops is compiled by the JIT once per loop that gets hot (on-stack
     * replacement), and this one was, again and again.
     */
    List<Entity> entities() {
        spans.removeIf(s -> s.seg.byline(s.seg.tokens.get(s.start).line));
        // keyed by the table entry, or by the name key of a name no table knows: no string made per span
        Map<Object, Cluster> clusters = new LinkedHashMap<>();
        knownAndFullNames(clusters);
        // the last words of a name in full, from the second on: "De Zerbi" of "Roberto De Zerbi"
        Map<String, Cluster> tails = new HashMap<>();
        Map<String, Cluster> surnames = surnames(clusters, tails);
        localSurnamesWin(clusters, surnames);
        tableSurnames(clusters, surnames);
        Map<String, Cluster> possiblePeople = possiblePeople(clusters, surnames);
        placeTheRest(clusters, surnames, tails, possiblePeople);
        acronymsJoinExpansions(clusters);
        return named(clusters);
    }

    private void knownAndFullNames(Map<Object, Cluster> clusters) {
        // 1. known entities
        for (Span s : spans) {
            if (s.entry != null) {
                clusters.computeIfAbsent(s.entry, k -> new Cluster(s.entry)).add(s);
            }
        }
        // 2. people named in full; then capitalized multi-word names that may be people, if the
        // article also uses their last word alone ("Virginia Giuffre" ... "Giuffre said")
        for (Span s : spans) {
            if (s.entry == null && !s.tentative && s.nameTokens >= 2 && s.perEvidence() > 0 && s.perEvidence() >= s.orgEvidence()
                    && s.perEvidence() >= s.locEvidence()) {
                clusters.computeIfAbsent(s.nameKey(), k -> new Cluster(null)).add(s);
            }
        }
    }

    /** The surnames of the people named in full, and (into {@code tails}) their names' tails. */
    private static Map<String, Cluster> surnames(Map<Object, Cluster> clusters, Map<String, Cluster> tails) {
        Map<String, Cluster> surnames = new HashMap<>();
        for (Cluster c : clusters.values()) {
            if (c.entry == null) {
                for (Span s : c.spans) {
                    surnames.putIfAbsent(s.lastKey(), c);
                    String key = s.nameKey();
                    for (int k = key.indexOf(' '); k > 0; k = key.indexOf(' ', k + 1)) {
                        tails.putIfAbsent(key.substring(k + 1), c);
                    }
                }
            }
        }
        return surnames;
    }

    private static void localSurnamesWin(Map<Object, Cluster> clusters, Map<String, Cluster> surnames) {
        // a surname alone that the gazetteer gives to someone else names the person of this article:
        // "Simon Harris ... Harris" is not Kamala Harris, unless she is named in full too
        for (Cluster c : clusters.values()) {
            if (c.entry != null && c.entry.type().equals("PER") && c.surnamesOnly()) {
                Cluster local = surnames.get(c.spans.get(0).nameKey());
                if (local != null && local != c) {
                    for (Span x : c.spans) {
                        x.entry = null;
                        local.add(x);
                    }
                    c.spans.clear();
                }
            }
        }
    }

    private void tableSurnames(Map<Object, Cluster> clusters, Map<String, Cluster> surnames) {
        for (Cluster c : clusters.values()) {
            if (c.entry != null && c.entry.type().equals("PER") && !c.spans.isEmpty()) {
                for (String k : gazetteer.lastNameKeys(c.entry)) {
                    surnames.put(k, c);
                }
            }
        }
    }

    private Map<String, Cluster> possiblePeople(Map<Object, Cluster> clusters, Map<String, Cluster> surnames) {
        Map<String, Cluster> possiblePeople = new HashMap<>();
        for (Span s : spans) {
            if (s.cluster == null && s.entry == null && !s.tentative && s.nameTokens >= 2 && s.nameTokens <= 4 && s.orgEvidence() == 0
                    && s.locEvidence() == 0 && !s.misc && !s.restricted && !nounsCapitalized && plainName(s)) {
                Cluster c = clusters.computeIfAbsent(s.nameKey(), k -> new Cluster(null));
                c.add(s);
                possiblePeople.putIfAbsent(s.lastKey(), c);
                Cluster known = surnames.get(s.lastKey());
                if (known != null && known != c && (known.entry == null || s.nameTokens == 2)) {
                    c.relative = true;
                }
            }
        }
        return possiblePeople;
    }

    private void placeTheRest(Map<Object, Cluster> clusters, Map<String, Cluster> surnames, Map<String, Cluster> tails,
            Map<String, Cluster> possiblePeople) {
        // 3. everything else: surnames join their person, the rest groups by name key
        for (Span s : spans) {
            if (s.cluster != null) {
                continue;
            }
            String key = s.nameKey();
            // only the rules' organization evidence keeps a lone word from its person: the tagger
            // often takes a surname alone for an organization ("McCallum a déclaré")
            Cluster person = s.org > 0 ? null : s.nameTokens == 1 ? surnames.get(key) : tails.get(key);
            if (person != null) {
                person.add(s);
                continue;
            }
            if (s.tentative) {
                continue;
            }
            Cluster possible = s.nameTokens == 1 && s.org == 0 ? possiblePeople.get(key) : null;
            if (possible != null) {
                possible.add(s);
                possible.surnameReused = true;
                continue;
            }
            if (s.nameTokens == 1 && !s.sentenceInitial() && s.org == 0 && key.length() >= 5
                    && !lex.isGivenName(s.seg.tokens.get(s.start))) {
                Gazetteer.Entry known = gazetteer.personBySurnameKey(key);
                if (known != null) {
                    s.entry = known;
                    clusters.computeIfAbsent(known, k -> new Cluster(known)).add(s);
                    continue;
                }
            }
            clusters.computeIfAbsent(key, k -> new Cluster(null)).add(s);
        }
    }

    private void acronymsJoinExpansions(Map<Object, Cluster> clusters) {
        // 4. acronyms join their expansion (spans move between clusters; the map itself does not change)
        for (Cluster c : clusters.values()) {
            if (c.entry != null || c.spans.isEmpty() || !c.allAcronyms()) {
                continue;
            }
            Cluster target = expansionOf(c, clusters.values());
            if (target != null) {
                for (Span s : c.spans) {
                    target.add(s);
                }
                c.spans.clear();
            }
        }
    }

    private List<Entity> named(Map<Object, Cluster> clusters) {
        // 5. types, names, entities
        List<Entity> out = new ArrayList<>();
        for (Cluster c : clusters.values()) {
            if (c.spans.isEmpty()) {
                continue;
            }
            Entity e = entity(c);
            if (e != null) {
                out.add(e);
            }
        }
        out.sort(MOST_NAMED_FIRST);
        return out;
    }

    /** Capitalized words only, none of them a known name, a cue or an organization word: "Virginia Giuffre". */
    private boolean plainName(Span s) {
        for (int i = s.start; i < s.end; i++) {
            Token t = s.seg.tokens.get(i);
            if (!t.word || !t.cap || t.upper || t.digit || lex.isOrgHead(t) || lex.isOrgTail(t)
                    || lex.isStop(t)) {
                return false;
            }
        }
        return true;
    }

    /** The multi-word organization an acronym stands for: "Nom Long (NL)", or initials that match. */
    private Cluster expansionOf(Cluster acronym, Iterable<Cluster> all) {
        for (Span s : acronym.spans) {
            Token open = s.seg.at(s.start - 1);
            if (open != null && open.text.equals("(")) {
                for (Span other : spans) {
                    if (other.seg == s.seg && other.end == s.start - 1 && other.nameTokens >= 2
                            && other.cluster != null && other.cluster != acronym) {
                        return other.cluster;
                    }
                }
            }
        }
        String letters = acronym.spans.get(0).seg.tokens.get(acronym.spans.get(0).start).key;
        for (Cluster c : all) {
            if (c == acronym || c.spans.isEmpty()) {
                continue;
            }
            for (Span s : c.spans) {
                if (s.nameTokens >= 2 && initials(s).equals(letters)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** The initials of a name's words, kept on the span: each acronym of the article compares them all. */
    private String initials(Span s) {
        if (s.initials == null) {
            s.initials = readInitials(s);
        }
        return s.initials;
    }

    private String readInitials(Span s) {
        StringBuilder b = new StringBuilder();
        for (Token t : s.words()) {
            if (!t.cap && (lex.isStop(t) || lex.isParticleWord(t))) {
                continue;
            }
            for (String part : t.key.split("-")) {
                if (!part.isEmpty()) {
                    b.append(part.charAt(0));
                }
            }
        }
        return b.toString();
    }

    private Entity entity(Cluster c) {
        String type = c.entry != null ? c.entry.type() : type(c);
        return type == null ? null : entity(c, type);
    }

    /**
     * The type of a cluster no table names, from its spans' evidence, or null when it names no
     * entity: apart from the entity's making, since each is among the costliest methods to compile.
     */
    private String type(Cluster c) {
        // Loops, not streams: this runs for every cluster of every text.
        boolean allRestricted = true;
        boolean oneWord = true;
        for (Span s : c.spans) {
            allRestricted &= s.restricted;
            oneWord &= s.nameTokens == 1;
        }
        if (allRestricted) {
            return null;
        }
        int per = 0;
        int org = 0;
        int loc = 0;
        int[] tagger = new int[3]; // the tagger's evidence for PER, ORG, LOC, apart from the rules'
        boolean misc = false;
        boolean multiWordMidSentence = false;
        for (Span s : c.spans) {
            per += s.per;
            org += s.org;
            loc += s.loc;
            tagger[0] += s.perEvidence() - s.per;
            tagger[1] += s.orgEvidence() - s.org;
            tagger[2] += s.locEvidence() - s.loc;
            misc |= s.misc;
            multiWordMidSentence |= s.nameTokens >= 2 && !s.sentenceInitial() && !s.restricted;
        }
        if ((c.surnameReused && per + tagger[0] > 0 || c.relative) && org + tagger[1] == 0 && loc + tagger[2] < 3) {
            per += 3; // "Virginia Giuffre ... Giuffre said"; "Thomas Markle ... Meghan Markle"
        }
        // the rules' evidence alone decides whether a word the article also writes in lower case is a name
        boolean strong = per >= 3 || org >= 2 || loc >= 3;
        per += tagger[0];
        org += tagger[1];
        loc += tagger[2];
        if (!strong && oneWord && lowerWords.contains(c.spans.get(0).seg.tokens.get(c.spans.get(0).start).key)) {
            per = 0;
            org = 0;
            loc = 0; // "Soldat", "Première": the article also writes it in lower case
        }
        if (per > 0 && per >= org && per >= loc) {
            return "PER";
        }
        if (org > 0 && org >= loc) {
            return "ORG";
        }
        if (loc > 0) {
            return "LOC";
        }
        return (misc || multiWordMidSentence) && !nounsCapitalized ? "MISC" : null;
    }

    private Entity entity(Cluster c, String type) {
        List<Mention> mentions = new ArrayList<>(c.spans.size());
        TreeSet<String> aliases = new TreeSet<>();
        int count = 0;
        for (Span s : c.spans) {
            String text = s.text();
            mentions.add(new Mention(s.startChar(), s.endChar(), text, s.seg.title));
            aliases.add(text);
            if (!s.seg.title) {
                count++;
            }
        }
        String name = c.entry != null ? c.entry.name() : bestName(c, mentions);
        mentions.sort(TITLE_FIRST_IN_TEXT_ORDER);
        return new Entity(name, type, new ArrayList<>(aliases), mentions, count);
    }

    /**
     * The fullest form: most words, then most frequent, then first seen (body before title).
     *
     * @param mentions the mentions of the cluster's spans, in the same order: their texts, made once
     */
    private static String bestName(Cluster c, List<Mention> mentions) {
        Map<String, Integer> freq = new HashMap<>();
        for (Mention m : mentions) {
            freq.merge(m.text(), 1, Integer::sum);
        }
        int best = 0;
        for (int k = 1; k < c.spans.size(); k++) {
            int words = c.spans.get(k).nameTokens;
            int bestWords = c.spans.get(best).nameTokens;
            if (words > bestWords || words == bestWords && freq.get(mentions.get(k).text()) > freq.get(mentions.get(best).text())) {
                best = k;
            }
        }
        return mentions.get(best).text();
    }
}
