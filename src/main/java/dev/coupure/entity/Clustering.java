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

    private final Gazetteer gazetteer;
    private final Lexicon lex;
    private final boolean nounsCapitalized;
    private final List<Span> spans;
    /** Words the article writes in lower case: a lone capitalized one without strong evidence is not a name. */
    private final Set<String> lowerWords;
    /** The {@link #initials} of the multi-word spans, made once: each acronym compares them all. */
    private final Map<Span, String> initials = new HashMap<>();

    Clustering(Gazetteer gazetteer, Lexicon lex, boolean nounsCapitalized, List<Span> spans, Set<String> lowerWords) {
        this.gazetteer = gazetteer;
        this.lex = lex;
        this.nounsCapitalized = nounsCapitalized;
        this.spans = spans;
        this.lowerWords = lowerWords;
    }

    static final class Cluster {
        final String key;
        final Gazetteer.Entry entry;
        final List<Span> spans = new ArrayList<>();
        /** A multi-word name whose last word the article also uses alone. */
        boolean surnameReused;
        /** A multi-word name whose last word is the surname of a person of the article ("Thomas" and "Meghan Markle"). */
        boolean relative;

        Cluster(String key, Gazetteer.Entry entry) {
            this.key = key;
            this.entry = entry;
        }

        void add(Span s) {
            spans.add(s);
            s.cluster = this;
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
        Map<String, Cluster> clusters = new LinkedHashMap<>();
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

    private void knownAndFullNames(Map<String, Cluster> clusters) {
        // 1. known entities
        for (Span s : spans) {
            if (s.entry != null) {
                clusters.computeIfAbsent("G" + s.entry.id(), k -> new Cluster(k, s.entry)).add(s);
            }
        }
        // 2. people named in full; then capitalized multi-word names that may be people, if the
        // article also uses their last word alone ("Virginia Giuffre" ... "Giuffre said")
        for (Span s : spans) {
            if (s.entry == null && !s.tentative && s.nameTokens >= 2 && s.perEvidence() > 0 && s.perEvidence() >= s.orgEvidence()
                    && s.perEvidence() >= s.locEvidence()) {
                clusters.computeIfAbsent("N" + s.nameKey(), k -> new Cluster(k, null)).add(s);
            }
        }
    }

    /** The surnames of the people named in full, and (into {@code tails}) their names' tails. */
    private static Map<String, Cluster> surnames(Map<String, Cluster> clusters, Map<String, Cluster> tails) {
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

    private static void localSurnamesWin(Map<String, Cluster> clusters, Map<String, Cluster> surnames) {
        // a surname alone that the gazetteer gives to someone else names the person of this article:
        // "Simon Harris ... Harris" is not Kamala Harris, unless she is named in full too
        for (Cluster c : new ArrayList<>(clusters.values())) {
            if (c.entry != null && c.entry.type().equals("PER") && c.spans.stream().allMatch(x -> x.nameTokens == 1)) {
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

    private void tableSurnames(Map<String, Cluster> clusters, Map<String, Cluster> surnames) {
        for (Cluster c : clusters.values()) {
            if (c.entry != null && c.entry.type().equals("PER") && !c.spans.isEmpty()) {
                for (String k : gazetteer.lastNameKeys(c.entry)) {
                    surnames.put(k, c);
                }
            }
        }
    }

    private Map<String, Cluster> possiblePeople(Map<String, Cluster> clusters, Map<String, Cluster> surnames) {
        Map<String, Cluster> possiblePeople = new HashMap<>();
        for (Span s : spans) {
            if (s.cluster == null && s.entry == null && !s.tentative && s.nameTokens >= 2 && s.nameTokens <= 4 && s.orgEvidence() == 0
                    && s.locEvidence() == 0 && !s.misc && !s.restricted && !nounsCapitalized && plainName(s)) {
                Cluster c = clusters.computeIfAbsent("N" + s.nameKey(), k -> new Cluster(k, null));
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

    private void placeTheRest(Map<String, Cluster> clusters, Map<String, Cluster> surnames, Map<String, Cluster> tails,
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
                    clusters.computeIfAbsent("G" + known.id(), k -> new Cluster(k, known)).add(s);
                    continue;
                }
            }
            clusters.computeIfAbsent("N" + key, k -> new Cluster(k, null)).add(s);
        }
    }

    private void acronymsJoinExpansions(Map<String, Cluster> clusters) {
        // 4. acronyms join their expansion
        for (Cluster c : new ArrayList<>(clusters.values())) {
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

    private List<Entity> named(Map<String, Cluster> clusters) {
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
        out.sort(Comparator.comparingInt(Entity::count).reversed().thenComparing(Entity::name)
                .thenComparing(Entity::type));
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
                if (s.nameTokens >= 2 && initials.computeIfAbsent(s, this::initials).equals(letters)) {
                    return c;
                }
            }
        }
        return null;
    }

    private String initials(Span s) {
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
        String type;
        if (c.entry != null) {
            type = c.entry.type();
        } else {
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
                type = "PER";
            } else if (org > 0 && org >= loc) {
                type = "ORG";
            } else if (loc > 0) {
                type = "LOC";
            } else if ((misc || multiWordMidSentence) && !nounsCapitalized) {
                type = "MISC";
            } else {
                return null;
            }
        }
        List<Mention> mentions = new ArrayList<>();
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
        mentions.sort(Comparator.comparing((Mention m) -> !m.inTitle()).thenComparingInt(Mention::start));
        String name = c.entry != null ? c.entry.name() : bestName(c);
        return new Entity(name, type, new ArrayList<>(aliases), mentions, count);
    }

    /** The fullest form: most words, then most frequent, then first seen (body before title). */
    private static String bestName(Cluster c) {
        Map<String, Integer> freq = new HashMap<>();
        for (Span s : c.spans) {
            freq.merge(s.text(), 1, Integer::sum);
        }
        Span best = null;
        for (Span s : c.spans) {
            if (best == null || s.nameTokens > best.nameTokens
                    || s.nameTokens == best.nameTokens && freq.get(s.text()) > freq.get(best.text())) {
                best = s;
            }
        }
        return best.text();
    }
}
