package dev.coupure.entity;

import java.util.List;
import java.util.Set;

/**
 * Names made of a head word and its complement, which the rules read as a whole: organizations
 * ("ministère russe de la Défense", "Banque de France", "Parti radical de gauche"), places ("rue de
 * Rivoli", "lac Léman") and events, prizes and laws ("Festival de Cannes", "Tour de France"), whose
 * places are not mentions of places. Each method returns the end of the phrase that starts at a
 * token, or -1. Stateless once built.
 */
final class Phrases {

    /** Words that link the parts of a name: "de", "of", "et"... */
    private static final Set<String> LINKS = Set.of("de", "du", "des", "d'", "pour", "of", "for", "et", "and");

    private final Lexicon lex;

    Phrases(Lexicon lex) {
        this.lex = lex;
    }

    /** A capitalized word or one in capitals. */
    static boolean nameWord(Token t) {
        return t.word && (t.cap || t.upper);
    }

    static boolean nameWordAt(Segment seg, int k) {
        Token t = seg.at(k);
        return t != null && nameWord(t);
    }

    /**
     * The end of an organization's name that starts at {@code i} with a head word ("Banque",
     * "Ministry", or lower-case "ministère" followed by a capitalized portfolio), or -1.
     */
    int organization(Segment seg, int i) {
        List<Token> toks = seg.tokens;
        Token h = toks.get(i);
        boolean lowerMinistry = !h.cap && h.key.equals("ministere");
        if (!lowerMinistry && !(h.cap && !h.upper && lex.isOrgHead(h))) {
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
            int link = link(toks, j);
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
    int misc(Segment seg, int i) {
        Token h = seg.tokens.get(i);
        if (!h.cap || h.upper || !lex.isMiscHead(h)) {
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
        int link = link(seg.tokens, j);
        if (link == 0 || u.key.equals("et") || u.key.equals("and") || u.key.equals("pour") || u.key.equals("for")) {
            return j > i + 1 ? j : -1;
        }
        Token k = seg.at(j + link);
        if (k == null || k.line != h.line || !k.word || lex.isStop(k) || k.digit) {
            return j > i + 1 ? j : -1;
        }
        int end = j + link + 1;
        while (end < seg.tokens.size() && nameWordAt(seg, end) && seg.tokens.get(end).line == h.line
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
    int place(Segment seg, int i) {
        List<Token> toks = seg.tokens;
        Token h = toks.get(i);
        if (!lex.isPlaceHead(h) || h.upper) {
            return -1;
        }
        int j = i + 1;
        Token u = seg.at(j);
        if (u == null || u.line != h.line || u.start > h.end + 1) {
            return -1;
        }
        if (!u.cap && !u.digit) {
            int link = link(toks, j);
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
            if (end > 0 && lex.isParticle(t) && nameWordAt(seg, j + 1)) {
                j++;
                continue;
            }
            break;
        }
        return end;
    }

    /** Length of the linking words at {@code j} inside an organization's name ("de la", "of the"), or 0. */
    private static int link(List<Token> toks, int j) {
        Token u = toks.get(j);
        if (!u.word || u.cap) {
            return 0;
        }
        if (!LINKS.contains(u.key)) {
            return 0;
        }
        Token next = j + 1 < toks.size() ? toks.get(j + 1) : null;
        if (next != null && next.word && !next.cap && (next.key.equals("la") || next.key.equals("l'")
                || next.key.equals("the") || next.key.equals("les"))) {
            return 2;
        }
        return 1;
    }
}
