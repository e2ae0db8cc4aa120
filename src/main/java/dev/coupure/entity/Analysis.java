package dev.coupure.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The entities of one article: state for one call of {@link RuleBasedRecognizer#recognize}, never
 * shared between threads.
 *
 * <p>Steps:
 * <ol>
 * <li>Tokens, and the cues each token starts or ends (titles, place and organization words).</li>
 * <li>Spans, left to right on each line: an organization phrase ("ministère de la Défense",
 * "Banque de France"), else the longest gazetteer alias, else a person title (consumed, so that
 * "Premier ministre" is not a name), else a run of capitalized words joined by name particles
 * and initials ("Asif Ali Zardari", "Charles de Gaulle", "George W. Bush"). Leading function
 * words and demonyms are dropped ("Selon", "Le Russe ...").</li>
 * <li>Evidence for each unknown span: given name first (PER), title before or after (PER),
 * organization head or tail word or acronym (ORG), organization word before (ORG), place word
 * before (LOC, strong) or place preposition (LOC, weak).</li>
 * <li>Clusters: gazetteer spans by entry; people by their full name key, then surnames and
 * title-prefixed surnames join the person whose last name they are ("Poutine", "M. Poutine");
 * other spans by their name key; an acronym joins its expansion ("Union des X (UDX)").</li>
 * <li>Types by the sum of evidence; unknown spans without evidence are dropped, except
 * capitalized multi-word names in mid-sentence, kept as MISC.</li>
 * </ol>
 */
final class Analysis {

    /** Evidence an organization or place phrase ("ministère de la Défense", "rue de Rivoli") gives its type. */
    private static final int PHRASE_EVIDENCE = 4;
    private static final Set<String> ORG_LINKS_1 = Set.of("de", "du", "des", "d'", "pour", "of", "for", "et", "and");
    private static final Set<String> APPOSITION_ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "junior", "senior", "ii", "iii", "iv", "fils",
            "pere");
    private static final Set<String> BYLINE_WORDS = Set.of("par", "by", "von", "texte", "auteur", "author");
    private static final Set<String> CREDIT_WORDS = Set.of("photo", "photos", "credit", "credits", "image", "illustration",
            "source", "sources", "foto", "bild");

    private final Gazetteer gazetteer;
    private final Lexicon lex;
    private final boolean nounsCapitalized;

    private final List<Span> spans = new ArrayList<>();
    private final Set<String> lowerWords = new HashSet<>();

    Analysis(Gazetteer gazetteer, Lexicon lexicon, String languageCode) {
        this.gazetteer = gazetteer;
        this.lex = lexicon;
        String lang = languageCode == null ? "" : languageCode.toLowerCase(java.util.Locale.ROOT);
        this.nounsCapitalized = lang.equals("de") || lang.equals("lb") || lang.equals("gsw");
    }

    List<Entity> run(String body, String title) {
        Segment bodySeg = new Segment(body, false);
        find(bodySeg);
        for (Token t : bodySeg.tokens) {
            if (t.word && !t.cap && !t.digit) {
                lowerWords.add(t.key);
            }
        }
        if (title != null && !title.isBlank()) {
            find(new Segment(title, true));
        }
        return cluster();
    }

    // ------------------------------------------------------------------------------------------
    // Segments: tokens, cues, line shapes

    private final class Segment {
        final String text;
        final boolean title;
        final List<Token> tokens;
        /** Length in tokens of the person title that starts at a token (0: none). */
        final int[] titleLength;
        /** Kinds (Lexicon bits) of the cue phrases that end at a token. */
        final int[] cueEnds;
        /** Kinds (Lexicon bits) of the cue phrases that start at a token. */
        final int[] cueStarts;
        /** Lines in Title Case or in capitals: their unknown names may only join known entities. */
        final Set<Integer> restrictedLines = new HashSet<>();
        /** Lines written in capitals: a word in capitals there is not an acronym. */
        final Set<Integer> capitalLines = new HashSet<>();
        /** Bylines and credits ("Par Jean Dupont", "Photo : AFP"): they name the authors, not the story's actors. */
        final Set<Integer> bylineLines = new HashSet<>();

        Segment(String text, boolean title) {
            this.text = text;
            this.title = title;
            this.tokens = Tokenizer.tokenize(text);
            int n = tokens.size();
            this.titleLength = new int[n];
            this.cueEnds = new int[n];
            this.cueStarts = new int[n];
            for (int i = 0; i < n; i++) {
                Token t = tokens.get(i);
                if (!t.word) {
                    continue;
                }
                Lexicon.CueNode node = lex.cues;
                for (int j = i; j < n && tokens.get(j).line == t.line; j++) {
                    node = node.next.get(tokens.get(j).key);
                    if (node == null) {
                        break;
                    }
                    if (node.kinds != 0) {
                        cueEnds[j] |= node.kinds;
                        cueStarts[i] |= node.kinds;
                        if ((node.kinds & Lexicon.TITLE) != 0) {
                            titleLength[i] = j - i + 1;
                        }
                    }
                }
            }
            lineShapes();
            bylines();
        }

        private void bylines() {
            int i = 0;
            int n = tokens.size();
            while (i < n) {
                int line = tokens.get(i).line;
                int j = i;
                int words = 0;
                while (j < n && tokens.get(j).line == line) {
                    words += tokens.get(j).word ? 1 : 0;
                    j++;
                }
                Token first = tokens.get(i);
                Token second = i + 1 < j ? tokens.get(i + 1) : null;
                boolean by = first.word && BYLINE_WORDS.contains(first.key) && words <= 12;
                boolean credit = first.word && CREDIT_WORDS.contains(first.key) && second != null
                        && (second.text.equals(":") || second.text.equals("/"));
                if (by || credit || first.text.equals("\u00A9")) {
                    bylineLines.add(line);
                }
                i = j;
            }
        }

        private void lineShapes() {
            Map<Integer, int[]> counts = new HashMap<>(); // line -> {long words, capitalized, words, upper}
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (!t.word || t.digit) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(t.line, k -> new int[4]);
                if (t.text.length() >= 2) {
                    c[2]++;
                    if (t.upper) {
                        c[3]++;
                    }
                }
                // Title Case shows on the words that are not names: "Putin Hosts Iranian President"
                if (t.text.length() >= 4 && !lex.isStop(t) && !t.sentenceStart && !(t.cap && lex.isGivenName(t))
                        && !(t.cap && gazetteer.longest(text, tokens, i) != null)) {
                    c[0]++;
                    if (t.cap) {
                        c[1]++;
                    }
                }
            }
            for (Map.Entry<Integer, int[]> e : counts.entrySet()) {
                int[] c = e.getValue();
                boolean titleCase = c[0] >= 3 && c[1] * 5 >= c[0] * 4;
                boolean capitals = c[2] >= 3 && c[3] * 5 >= c[2] * 4;
                if (titleCase || capitals) {
                    restrictedLines.add(e.getKey());
                }
                if (capitals) {
                    capitalLines.add(e.getKey());
                }
            }
        }

        boolean allCapsLine(int line) {
            return capitalLines.contains(line);
        }

        Token at(int i) {
            return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
        }
    }

    // ------------------------------------------------------------------------------------------
    // Spans

    private static final class Span {
        final Segment seg;
        final int start;
        final int end;
        Gazetteer.Entry entry;
        int nameTokens;
        int per;
        int org;
        int loc;
        boolean misc;
        boolean acronym;
        boolean restricted;
        Cluster cluster;

        Span(Segment seg, int start, int end) {
            this.seg = seg;
            this.start = start;
            this.end = end;
        }

        int startChar() {
            return seg.tokens.get(start).start;
        }

        int endChar() {
            return seg.tokens.get(end - 1).end;
        }

        String text() {
            return seg.text.substring(startChar(), endChar());
        }

        boolean sentenceInitial() {
            return seg.tokens.get(start).sentenceStart;
        }

        List<Token> words() {
            List<Token> w = new ArrayList<>(end - start);
            for (int i = start; i < end; i++) {
                Token t = seg.tokens.get(i);
                if (t.word) {
                    w.add(t);
                }
            }
            return w;
        }

        /** The words that identify the name: generational suffixes dropped ("Thomas Markle Senior"). */
        List<Token> keyWords() {
            List<Token> w = words();
            while (w.size() > 1 && NAME_SUFFIXES.contains(w.get(w.size() - 1).key)) {
                w.remove(w.size() - 1);
            }
            return w;
        }

        String nameKey() {
            StringBuilder b = new StringBuilder();
            for (Token t : keyWords()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(t.key);
            }
            return NameKey.of(b.toString());
        }

        String lastKey() {
            List<Token> w = keyWords();
            return NameKey.of(w.get(w.size() - 1).key);
        }
    }

    private void find(Segment seg) {
        List<Token> toks = seg.tokens;
        int n = toks.size();
        int i = 0;
        while (i < n) {
            Token t = toks.get(i);
            if (!t.word) {
                i++;
                continue;
            }
            int miscEnd = miscPhrase(seg, i);
            if (miscEnd > 0) {
                Gazetteer.Match known = gazetteer.longest(seg.text, toks, i);
                if (known == null || known.end() < miscEnd) {
                    Span s = new Span(seg, i, miscEnd);
                    s.nameTokens = miscEnd - i;
                    s.misc = true;
                    s.restricted = seg.restrictedLines.contains(t.line);
                    spans.add(s);
                    i = miscEnd;
                    continue;
                }
            }
            int orgEnd = organizationPhrase(seg, i);
            int placeEnd = orgEnd > 0 ? -1 : placePhrase(seg, i);
            Gazetteer.Match g = gazetteer.longest(seg.text, toks, i);
            int phraseEnd = Math.max(orgEnd, placeEnd);
            if (phraseEnd > 0 && (g == null || g.end() < phraseEnd)) {
                // An organization or place phrase ("ministère de la Défense", "rue de Rivoli") longer than any table name.
                Span s = new Span(seg, i, phraseEnd);
                s.nameTokens = phraseEnd - i;
                if (orgEnd > 0) {
                    s.org += PHRASE_EVIDENCE;
                } else {
                    s.loc += PHRASE_EVIDENCE;
                }
                addCandidate(s);
                i = phraseEnd;
                continue;
            }
            if (g != null && !(g.end() - g.start() == 1 && !g.entry().type().equals("PER") && lex.isGivenName(t)
                    && startsName(seg, i + 1))) {
                Span s = new Span(seg, g.start(), g.end());
                s.entry = g.entry();
                s.nameTokens = g.end() - g.start();
                spans.add(s);
                i = g.end();
                continue;
            }
            if (seg.titleLength[i] > 0) {
                i += seg.titleLength[i];
                continue;
            }
            if (isNameWord(t) && !lex.isStop(t)) {
                i = nameRun(seg, i);
                continue;
            }
            i++;
        }
    }

    private static boolean isNameWord(Token t) {
        return t.word && (t.cap || t.upper);
    }

    /** True when a capitalized word that could continue a personal name stands at {@code i}. */
    private boolean startsName(Segment seg, int i) {
        Token t = seg.at(i);
        Token prev = seg.at(i - 1);
        return t != null && prev != null && t.line == prev.line && t.start <= prev.end + 1 && isNameWord(t)
                && !t.upper && !lex.isStop(t) && !lex.isDemonym(t) && seg.titleLength[i] == 0;
    }

    /**
     * The end of an organization's name that starts at {@code i} with a head word ("Banque",
     * "Ministry", or lower-case "ministère" followed by a capitalized portfolio), or -1.
     */
    private int organizationPhrase(Segment seg, int i) {
        List<Token> toks = seg.tokens;
        Token h = toks.get(i);
        boolean lowerMinistry = !h.cap && h.key.equals("ministere");
        if (!lowerMinistry && !(h.cap && !h.upper && lex.orgHeads.contains(h.key))) {
            return -1;
        }
        int n = toks.size();
        int j = i + 1;
        int end = i + 1;
        boolean capitalizedPart = false;
        boolean linked = false;
        while (j < n && end - i < 9) {
            Token u = toks.get(j);
            if (u.line != h.line || u.start > toks.get(j - 1).end + 1) {
                break;
            }
            if (lex.isAdjective(u)) {
                j++;
                end = j;
                continue;
            }
            if (u.word && u.cap && !lex.isStop(u) && seg.titleLength[j] == 0) {
                capitalizedPart = true;
                j++;
                end = j;
                continue;
            }
            int link = orgLink(toks, j);
            if (link > 0 && (u.key.equals("et") || u.key.equals("and")) && !linked) {
                break; // "et" joins two parts of a name only after "de": "Union des industries et métiers"
            }
            if (link > 0) {
                Token k = seg.at(j + link);
                if (k != null && k.word && k.line == h.line && !lex.isStop(k) && !k.digit
                        && (k.cap || !lowerMinistry)) {
                    capitalizedPart |= k.cap;
                    linked = true;
                    j = j + link + 1;
                    end = j;
                    continue;
                }
            }
            break;
        }
        if (end - i < 2) {
            return -1;
        }
        if (lowerMinistry && !capitalizedPart) {
            return -1;
        }
        if (h.sentenceStart && !capitalizedPart && !linked) {
            return -1; // "Service public : ..." opens a sentence, it does not name anything
        }
        return end;
    }

    /**
     * The end of the name of an event, prize, treaty or law that starts at {@code i} with a
     * capitalized head word followed by "de", "du", "des"... and a name: "Festival de Cannes",
     * "Tour de France", "Coupe du monde"; or -1. The places in them are not mentions of places.
     */
    private int miscPhrase(Segment seg, int i) {
        Token h = seg.tokens.get(i);
        if (!h.cap || h.upper || !lex.miscHeads.contains(h.key)) {
            return -1;
        }
        Token u = seg.at(i + 1);
        if (u == null || u.line != h.line || u.start > h.end + 1) {
            return -1;
        }
        int j = i + 1;
        if (lex.isAdjective(u)) {
            j++; // "Jeux olympiques de Paris"
            u = seg.at(j);
            if (u == null || u.line != h.line || !u.word || u.cap) {
                return j; // "Jeux olympiques"
            }
        }
        int link = orgLink(seg.tokens, j);
        if (link == 0 || u.key.equals("et") || u.key.equals("and") || u.key.equals("pour") || u.key.equals("for")) {
            return j > i + 1 ? j : -1;
        }
        Token k = seg.at(j + link);
        if (k == null || k.line != h.line || !k.word || lex.isStop(k) || k.digit) {
            return j > i + 1 ? j : -1;
        }
        int end = j + link + 1;
        while (end < seg.tokens.size() && isNameWordAt(seg, end) && seg.tokens.get(end).line == h.line
                && !lex.isStop(seg.tokens.get(end)) && seg.tokens.get(end).start <= seg.tokens.get(end - 1).end + 1) {
            end++;
        }
        return end;
    }

    /**
     * The end of a place's name that starts at {@code i} with a head word followed by a capitalized
     * name, directly or after "de", "du", "des", "d'", "de la", "de l'": "rue de Rivoli", "palais
     * Bourbon", "lac Léman"; or -1.
     */
    private int placePhrase(Segment seg, int i) {
        List<Token> toks = seg.tokens;
        Token h = toks.get(i);
        if (!lex.placeHeads.contains(h.key) || h.upper) {
            return -1;
        }
        int j = i + 1;
        Token u = seg.at(j);
        if (u == null || u.line != h.line || u.start > h.end + 1) {
            return -1;
        }
        if (!u.cap && !u.digit) {
            int link = orgLink(toks, j);
            if (link == 0 || !u.key.startsWith("d")) {
                return -1;
            }
            j += link;
        }
        int end = -1;
        while (j < toks.size()) {
            Token t = toks.get(j);
            if (t.line != h.line || !t.word || t.start > toks.get(j - 1).end + 1) {
                break;
            }
            if (t.cap && !t.upper && !lex.isStop(t) && !lex.isDemonym(t)) {
                j++;
                end = j;
                continue;
            }
            if (end > 0 && lex.isParticle(t) && isNameWordAt(seg, j + 1)) {
                j++;
                continue;
            }
            break;
        }
        return end;
    }

    /** Length of the linking words at {@code j} inside an organization's name ("de la", "of the"), or 0. */
    private static int orgLink(List<Token> toks, int j) {
        Token u = toks.get(j);
        if (!u.word || u.cap) {
            return 0;
        }
        if (!ORG_LINKS_1.contains(u.key)) {
            return 0;
        }
        Token next = j + 1 < toks.size() ? toks.get(j + 1) : null;
        if (next != null && next.word && !next.cap && (next.key.equals("la") || next.key.equals("l'")
                || next.key.equals("the") || next.key.equals("les"))) {
            return 2;
        }
        return 1;
    }

    /** Builds a run of capitalized words from {@code i}; returns the index after it. */
    private int nameRun(Segment seg, int i) {
        List<Token> toks = seg.tokens;
        int n = toks.size();
        int line = toks.get(i).line;
        int j = i;
        int end = i;
        int names = 0;
        boolean allGiven = true;
        while (j < n) {
            Token u = toks.get(j);
            if (u.line != line || (j > i && u.start > toks.get(j - 1).end + 1)) {
                break;
            }
            if (isNameWord(u)) {
                if (j > i) {
                    if (lex.particles.contains(u.key) && names > 0 && isNameWordAt(seg, j + 1)
                            && !lex.isStop(toks.get(j + 1)) && toks.get(j + 1).line == line) {
                        j++; // "Roberto De Zerbi", "Bart De Wever", "Jean-Marie Le Pen"
                        continue;
                    }
                    if (u.upper && isRoman(u.text) && names > 0 && !toks.get(i).upper) {
                        j++; // "Louis XVIII", "Jean-Paul II"
                        end = j;
                        break;
                    }
                    if (lex.isStop(u) || u.upper && !toks.get(i).upper) {
                        break;
                    }
                    if (seg.titleLength[j] > 0) {
                        break; // "Russian President Vladimir Putin", "the King said": a title is not a name
                    }
                    Gazetteer.Match g = gazetteer.longest(seg.text, toks, j);
                    if (g != null && !(allGiven && g.end() - g.start() == 1)) {
                        break;
                    }
                    if (organizationPhrase(seg, j) > 0) {
                        break;
                    }
                }
                allGiven &= lex.isGivenName(u);
                names++;
                j++;
                end = j;
                if (names >= 6) {
                    break;
                }
                continue;
            }
            if (j > i && lex.isParticle(u)) {
                int k = j + 1;
                while (k < n && lex.isParticle(toks.get(k))) {
                    k++;
                }
                if (isNameWordAt(seg, k) && !lex.isStop(toks.get(k)) && toks.get(k).line == line) {
                    j = k;
                    continue;
                }
                break;
            }
            if (j > i && u.text.equals(".") && toks.get(j - 1).word && toks.get(j - 1).text.length() == 1
                    && toks.get(j - 1).cap && isNameWordAt(seg, j + 1)) {
                j++;
                continue;
            }
            break;
        }
        if (end == i) {
            return i + 1;
        }
        addRun(seg, i, end);
        return end;
    }

    private boolean isNameWordAt(Segment seg, int k) {
        Token t = seg.at(k);
        return t != null && isNameWord(t);
    }

    /** Turns a run into a candidate span: leading function words and demonyms dropped, evidence gathered. */
    private void addRun(Segment seg, int start, int end) {
        List<Token> toks = seg.tokens;
        int s = start;
        while (s < end) {
            Token t = toks.get(s);
            if (!t.word) {
                s++;
                continue;
            }
            Token before = seg.at(s - 1);
            if (lex.isStop(t) || lex.isDemonym(t) || lex.isPluralDemonym(t, before) || lex.particles.contains(t.key)
                    && !t.cap) {
                s++;
                continue;
            }
            break;
        }
        if (s >= end) {
            return;
        }
        if (nounsCapitalized) {
            // German capitalizes every noun: "Diplomat Boris Bondarew" names Boris Bondarew
            for (int k = s + 1; k < end; k++) {
                Token t = toks.get(k);
                if (t.word && lex.isGivenName(t) && !lex.isGivenName(toks.get(s)) && k + 1 < end) {
                    s = k;
                    break;
                }
            }
        }
        Span span = new Span(seg, s, end);
        List<Token> words = span.words();
        span.nameTokens = words.size();
        Token first = words.get(0);
        Token last = words.get(words.size() - 1);
        if (words.size() == 1 && first.hyphen && compound(first)) {
            return; // "Russie-Iran", "Iran-backed"
        }
        if (first.digit || last.digit) {
            span.misc = true;
        } else if (words.size() == 1 && first.upper && first.text.length() <= 6 && !isRoman(first.text)
                && !seg.allCapsLine(first.line)) {
            span.acronym = true;
            span.org += 2;
        } else if (words.size() >= 2 && lex.orgTails.contains(last.key)) {
            span.org += 4;
        } else if (words.size() >= 2 && lex.placeTails.contains(last.key)) {
            span.loc += 4;
        } else if (words.size() >= 2 && lex.isGivenName(first)) {
            span.per += 3;
        }
        addCandidate(span);
    }

    /** A hyphenated word made of known names or demonyms, or of a known name and lower-case words. */
    private boolean compound(Token t) {
        String[] parts = t.key.split("-");
        boolean firstKnown = gazetteerWord(parts[0]) || lex.demonyms.contains(parts[0]);
        if (!firstKnown) {
            return false;
        }
        String[] raw = t.text.split("[-\u2010\u2011]");
        boolean restLower = true;
        boolean restKnown = true;
        for (int k = 1; k < parts.length; k++) {
            restKnown &= gazetteerWord(parts[k]) || lex.demonyms.contains(parts[k]);
            restLower &= k < raw.length && !raw[k].isEmpty() && Character.isLowerCase(raw[k].charAt(0));
        }
        return restKnown || restLower;
    }

    private boolean gazetteerWord(String folded) {
        List<Token> one = Tokenizer.tokenize(Character.toUpperCase(folded.charAt(0)) + folded.substring(1));
        return !one.isEmpty() && gazetteer.longest(one.get(0).text, one, 0) != null;
    }

    private static boolean isRoman(String s) {
        if (s.length() > 5) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if ("IVXLCDM".indexOf(s.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    private void addCandidate(Span span) {
        Segment seg = span.seg;
        Token first = seg.tokens.get(span.start);
        span.restricted = seg.restrictedLines.contains(first.line);
        if (span.nameTokens >= 2 && span.per > 0 && span.org == 0) {
            Gazetteer.Entry known = gazetteer.personByKey(span.nameKey());
            if (known != null) {
                span.entry = known;
                spans.add(span);
                return;
            }
        }
        if (cueBefore(seg, span.start, Lexicon.TITLE, 3, true)) {
            span.per += 3;
        }
        if (titleAfter(seg, span.end) || ageAfter(seg, span.end)) {
            span.per += 3;
        } else if (span.end < seg.tokens.size() && (seg.cueStarts[span.end] & Lexicon.PERSON_AFTER) != 0
                && !first.sentenceStart) {
            span.per += 1; // "X a déclaré", "X said": people more often than not
        }
        if (span.end < seg.tokens.size() && (seg.cueStarts[span.end] & Lexicon.ORG_AFTER) != 0) {
            span.org += 2; // "the Fidesz party"
        }
        if (cueBefore(seg, span.start, Lexicon.ORG_BEFORE, 2, false)) {
            span.org += 2;
        }
        if (cueBefore(seg, span.start, Lexicon.PLACE_STRONG, 3, true)) {
            span.loc += 3;
        } else if (!nounsCapitalized && placePreposition(seg, span.start)) {
            span.loc += 1;
        }
        spans.add(span);
    }

    /** Words that join a title to its complement: "le maire de Toulon, X", "le porte-parole du Kremlin, X". */
    private static final Set<String> COMPLEMENT_WORDS = Set.of("de", "du", "des", "d'", "la", "le", "l'", "les", "of",
            "the");

    /**
     * A cue of the given kind ends before {@code start}, across up to {@code skip} lower-case words
     * (adjectives: "le président iranien nouvellement élu X"), a comma when {@code comma} is set, and,
     * for titles, a short complement ("le maire de Toulon, X").
     */
    private boolean cueBefore(Segment seg, int start, int kind, int skip, boolean comma) {
        int k = start - 1;
        int skipped = 0;
        int complement = 0;
        boolean commaSeen = !comma;
        int line = seg.tokens.get(start).line;
        while (k >= 0) {
            Token u = seg.tokens.get(k);
            if (u.line != line) {
                return false;
            }
            if ((seg.cueEnds[k] & kind) != 0) {
                return true;
            }
            if (u.text.equals(",") && !commaSeen) {
                commaSeen = true;
                k--;
                continue;
            }
            if (u.word && !u.cap && !u.digit && !lex.isStop(u) && skipped < skip) {
                skipped++;
                k--;
                continue;
            }
            if (kind == Lexicon.TITLE && comma && commaSeen && complement < 6 && u.word && !u.digit
                    && (u.cap && !lex.isStop(u) || COMPLEMENT_WORDS.contains(u.key) && !u.cap)) {
                complement++;
                k--;
                Token after = seg.at(k + 1);
                if (k >= 0 && (seg.cueEnds[k] & kind) != 0 && !COMPLEMENT_WORDS.contains(after.key)) {
                    return false; // "Prince Andrew, X": a complement starts with "de", "of"
                }
                continue;
            }
            return false;
        }
        return false;
    }

    /** An apposition: ", chef de ...", ", the mayor of ...". */
    private boolean titleAfter(Segment seg, int end) {
        Token comma = seg.at(end);
        if (comma == null || !comma.text.equals(",")) {
            return false;
        }
        int k = end + 1;
        Token t = seg.at(k);
        if (t != null && lex.isArticle(t) && APPOSITION_ARTICLES.contains(t.key)) {
            k++;
        }
        t = seg.at(k);
        return t != null && t.line == comma.line && seg.titleLength[k] > 0;
    }

    /** An age in apposition: "Sarah Miller, 45, ...", "Jean Dupont, 45 ans, ...". */
    private static boolean ageAfter(Segment seg, int end) {
        Token comma = seg.at(end);
        Token number = seg.at(end + 1);
        Token after = seg.at(end + 2);
        if (comma == null || !comma.text.equals(",") || number == null || !number.word || after == null) {
            return false;
        }
        for (int k = 0; k < number.text.length(); k++) {
            if (!Character.isDigit(number.text.charAt(k))) {
                return false;
            }
        }
        return number.text.length() <= 3 && (after.text.equals(",") || after.key.equals("ans") || after.key.equals("years")
                || after.key.equals("jahre"));
    }

    private boolean placePreposition(Segment seg, int start) {
        int k = start - 1;
        Token t = seg.at(k);
        if (t == null || t.line != seg.tokens.get(start).line) {
            return false;
        }
        if (lex.isArticle(t)) {
            k--;
            Token p = seg.at(k);
            if (p != null && p.key.equals("dans")) {
                return true;
            }
        }
        return k >= 0 && (seg.cueEnds[k] & Lexicon.PLACE_BEFORE) != 0;
    }

    // ------------------------------------------------------------------------------------------
    // Clusters

    private static final class Cluster {
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
    }

    private List<Entity> cluster() {
        spans.removeIf(s -> s.seg.bylineLines.contains(s.seg.tokens.get(s.start).line));
        Map<String, Cluster> clusters = new LinkedHashMap<>();
        // 1. known entities
        for (Span s : spans) {
            if (s.entry != null) {
                clusters.computeIfAbsent("G" + s.entry.id(), k -> new Cluster(k, s.entry)).add(s);
            }
        }
        // 2. people named in full; then capitalized multi-word names that may be people, if the
        // article also uses their last word alone ("Virginia Giuffre" ... "Giuffre said")
        for (Span s : spans) {
            if (s.entry == null && s.nameTokens >= 2 && s.per > 0 && s.per >= s.org && s.per >= s.loc) {
                clusters.computeIfAbsent("N" + s.nameKey(), k -> new Cluster(k, null)).add(s);
            }
        }
        Map<String, Cluster> surnames = new HashMap<>();
        for (Cluster c : clusters.values()) {
            if (c.entry == null) {
                for (Span s : c.spans) {
                    surnames.putIfAbsent(s.lastKey(), c);
                }
            }
        }
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
        for (Cluster c : clusters.values()) {
            if (c.entry != null && c.entry.type().equals("PER") && !c.spans.isEmpty()) {
                for (String k : gazetteer.lastNameKeys(c.entry)) {
                    surnames.put(k, c);
                }
            }
        }
        Map<String, Cluster> possiblePeople = new HashMap<>();
        for (Span s : spans) {
            if (s.cluster == null && s.entry == null && s.nameTokens >= 2 && s.nameTokens <= 4 && s.org == 0
                    && s.loc == 0 && !s.misc && !s.restricted && !nounsCapitalized && plainName(s)) {
                Cluster c = clusters.computeIfAbsent("N" + s.nameKey(), k -> new Cluster(k, null));
                c.add(s);
                possiblePeople.putIfAbsent(s.lastKey(), c);
                Cluster known = surnames.get(s.lastKey());
                if (known != null && known != c && (known.entry == null || s.nameTokens == 2)) {
                    c.relative = true;
                }
            }
        }
        // 3. everything else: surnames join their person, the rest groups by name key
        for (Span s : spans) {
            if (s.cluster != null) {
                continue;
            }
            String key = s.nameKey();
            Cluster person = s.nameTokens == 1 && s.org == 0 ? surnames.get(key) : null;
            if (person != null) {
                person.add(s);
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
        // 4. acronyms join their expansion
        for (Cluster c : new ArrayList<>(clusters.values())) {
            if (c.entry != null || c.spans.isEmpty() || !c.spans.stream().allMatch(s -> s.acronym)) {
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
            if (!t.word || !t.cap || t.upper || t.digit || lex.orgHeads.contains(t.key) || lex.orgTails.contains(t.key)
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

    private String initials(Span s) {
        StringBuilder b = new StringBuilder();
        for (Token t : s.words()) {
            if (!t.cap && (lex.isStop(t) || lex.particles.contains(t.key))) {
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
            if (c.spans.stream().allMatch(s -> s.restricted)) {
                return null;
            }
            int per = 0;
            int org = 0;
            int loc = 0;
            boolean misc = false;
            boolean multiWordMidSentence = false;
            for (Span s : c.spans) {
                per += s.per;
                org += s.org;
                loc += s.loc;
                misc |= s.misc;
                multiWordMidSentence |= s.nameTokens >= 2 && !s.sentenceInitial() && !s.restricted;
            }
            if ((c.surnameReused && per > 0 || c.relative) && org == 0 && loc < 3) {
                per += 3; // "Virginia Giuffre ... Giuffre said"; "Thomas Markle ... Meghan Markle"
            }
            boolean strong = per >= 3 || org >= 2 || loc >= 3;
            boolean oneWord = c.spans.stream().allMatch(s -> s.nameTokens == 1);
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
