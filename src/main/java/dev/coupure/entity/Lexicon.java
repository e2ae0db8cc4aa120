package dev.coupure.entity;

import dev.coupure.text.Fold;
import dev.coupure.text.PersonNames;
import dev.coupure.text.ResourceLines;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the recognizer: context cues ({@code cues.tsv}), words that are never names
 * ({@code non-entities.txt}), demonyms ({@code demonyms.txt}), name particles and given names
 * (shared with {@link PersonNames}). Immutable after construction.
 */
final class Lexicon {

    static final int TITLE = 1;
    static final int ORG_BEFORE = 2;
    static final int PLACE_BEFORE = 4;
    static final int PLACE_STRONG = 8;
    static final int ORG_AFTER = 16;
    static final int PERSON_AFTER = 32;

    /** Lower-case word endings of adjectives that may follow the first word of an organization's name. */
    private static final String[] ADJECTIVE_SUFFIXES = {"al", "ale", "ales", "aux", "el", "elle", "elles", "iste", "istes",
        "ique", "iques", "ien", "ienne", "iens", "iennes", "een", "eenne", "eennes", "ain", "aine", "aines", "ais", "aise",
        "aises", "ois", "oise", "oises", "aire", "aires", "if", "ifs", "tive", "tives", "ee", "ees", "ieur", "ieure", "eme",
        "unie", "unies", "unis"};

    private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l'", "the", "a", "an", "un", "une", "des");
    private static final Set<String> PLURAL_DETERMINERS = Set.of("les", "des", "aux", "ces", "nos", "vos", "leurs", "deux",
            "trois", "plusieurs", "certains", "nombreux", "quelques", "the", "many", "some", "two", "three", "several",
            "most", "all", "die", "den");
    /** Plural endings of French and English demonyms ("Iraniens", "Marocaines", "Americans"). */
    private static final String[] PLURAL_DEMONYM_SUFFIXES = {"iens", "iennes", "eens", "eennes", "ains", "aines", "ais",
        "aises", "ois", "oises", "ans", "ites", "ards"};

    /**
     * Classes of a folded word, as bits: the eight word lists in the order of the tagger's LEXICON
     * attribute ({@link #TAGGER_CLASSES}), then a given name (of a capitalized word). One look-up
     * per token answers them all.
     */
    private static final int STOP = 1;
    private static final int DEMONYM = 2;
    private static final int PARTICLE = 4;
    private static final int ORG_HEAD = 8;
    private static final int ORG_TAIL = 16;
    private static final int PLACE_HEAD = 32;
    private static final int PLACE_TAIL = 64;
    private static final int MISC_HEAD = 128;
    /** The bits of {@link #classes} the tagger's LEXICON attribute reads. */
    static final int TAGGER_CLASSES = 255;
    private static final int GIVEN = 256;

    final Set<String> stop = new HashSet<>();
    final Set<String> demonyms = new HashSet<>();
    final Set<String> particles = new HashSet<>();
    final Set<String> orgHeads = new HashSet<>();
    final Set<String> orgTails = new HashSet<>();
    final Set<String> placeTails = new HashSet<>();
    final Set<String> placeHeads = new HashSet<>();
    final Set<String> miscHeads = new HashSet<>();
    final CueNode cues = new CueNode();
    final PersonNames people;
    /** Folded words of the eight word lists to their classes. */
    private final Map<String, Integer> listed = new HashMap<>();

    Lexicon(PersonNames people) {
        this.people = people;
        for (String w : ResourceLines.read(Lexicon.class, "non-entities.txt")) {
            stop.add(Fold.fold(w));
        }
        for (String w : ResourceLines.read(Lexicon.class, "demonyms.txt")) {
            inflect(Fold.fold(w), demonyms);
        }
        for (String w : ResourceLines.read(PersonNames.class, "name-particles.txt")) {
            particles.add(Fold.fold(w));
        }
        List<String> portfolios = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        for (String line : ResourceLines.read(Lexicon.class, "cues.tsv")) {
            String[] parts = line.split("\t");
            if (parts.length != 2) {
                throw new IllegalStateException("cues.tsv: expected kind<TAB>phrase: " + line);
            }
            rows.add(parts);
        }
        for (String[] row : rows) {
            String kind = row[0].strip();
            String phrase = row[1].strip();
            switch (kind) {
                case "title" -> addCue(phrase, TITLE);
                case "org-before" -> addCue(phrase, ORG_BEFORE);
                case "place-before" -> addCue(phrase, PLACE_BEFORE);
                case "place-strong" -> addCue(phrase, PLACE_STRONG);
                case "org-after" -> addCue(phrase, ORG_AFTER);
                case "person-after" -> addCue(phrase, PERSON_AFTER);
                case "portfolio" -> portfolios.add(phrase);
                case "org-head" -> orgHeads.add(Fold.fold(phrase));
                case "org-tail" -> orgTails.add(cueWords(phrase).get(0));
                case "place-tail" -> placeTails.add(cueWords(phrase).get(0));
                case "place-head" -> placeHeads.add(cueWords(phrase).get(0));
                case "misc-head" -> miscHeads.add(cueWords(phrase).get(0));
                default -> throw new IllegalStateException("cues.tsv: unknown kind " + kind);
            }
        }
        for (String head : List.of("ministre", "ministre délégué", "ministre déléguée", "secrétaire d'état", "minister",
                "secretary", "ministerin")) {
            for (String link : List.of("de", "du", "des", "de la", "de l'", "d'", "à la", "aux", "of", "for", "of the")) {
                for (String p : portfolios) {
                    addCue(head + " " + link + " " + p, TITLE);
                }
            }
        }
        List<Set<String>> lists = List.of(stop, demonyms, particles, orgHeads, orgTails, placeHeads, placeTails, miscHeads);
        for (int c = 0; c < lists.size(); c++) {
            int bit = 1 << c;
            lists.get(c).forEach(w -> listed.merge(w, bit, (x, y) -> x | y));
        }
        people.foldedGivenNames().forEach(w -> listed.merge(w, GIVEN, (x, y) -> x | y));
    }

    /** The folded words of the word lists and the given names, to their classes. */
    Map<String, Integer> listed() {
        return Collections.unmodifiableMap(listed);
    }

    /**
     * The classes of a token's folded word, kept on the token on the first question: the rules and
     * the tagger ask about the same words many times over. A token of a {@link Segment} found them
     * in the vocabulary already.
     */
    int classes(Token t) {
        int c = t.classes;
        if (c < 0) {
            c = t.lexeme != null ? t.lexeme.classes() : listed.getOrDefault(t.key, 0);
            if (!t.cap) {
                c &= ~GIVEN; // a given name in lower case is a common word ("rose", "pierre")
            }
            t.classes = c;
        }
        return c;
    }


    /** The words of a cue phrase, folded; a word ending in an apostrophe stays one word ("d'"). */
    static List<String> cueWords(String phrase) {
        List<String> words = new ArrayList<>();
        for (String piece : phrase.strip().split("\\s+")) {
            char last = piece.charAt(piece.length() - 1);
            if (Tokenizer.isApostrophe(last)) {
                words.add(Fold.fold(piece));
            } else {
                for (Token t : Tokenizer.tokenize(piece)) {
                    words.add(t.key);
                }
            }
        }
        return words;
    }

    private void addCue(String phrase, int kind) {
        CueNode node = cues;
        for (String w : cueWords(phrase)) {
            node = node.next.computeIfAbsent(w, k -> new CueNode());
        }
        node.kinds |= kind;
    }

    /** Adds a demonym's regular French and English inflections. */
    private static void inflect(String base, Set<String> out) {
        out.add(base);
        if (base.endsWith("ien") || base.endsWith("een") || base.endsWith("en")) {
            out.add(base + "ne");
            out.add(base + "s");
            out.add(base + "nes");
        } else if (base.endsWith("s") || base.endsWith("x")) {
            out.add(base + "e");
            out.add(base + "es");
        } else if (base.endsWith("e")) {
            out.add(base + "s");
        } else if (base.endsWith("i") || base.endsWith("an") || base.endsWith("er") || base.endsWith("ite")) {
            out.add(base + "s");
            out.add(base + "e");
            out.add(base + "es");
        } else {
            out.add(base + "e");
            out.add(base + "s");
            out.add(base + "es");
        }
    }

    boolean isStop(Token t) {
        return (classes(t) & STOP) != 0;
    }

    boolean isParticleWord(Token t) {
        return (classes(t) & PARTICLE) != 0;
    }

    boolean isOrgHead(Token t) {
        return (classes(t) & ORG_HEAD) != 0;
    }

    boolean isOrgTail(Token t) {
        return (classes(t) & ORG_TAIL) != 0;
    }

    boolean isPlaceHead(Token t) {
        return (classes(t) & PLACE_HEAD) != 0;
    }

    boolean isPlaceTail(Token t) {
        return (classes(t) & PLACE_TAIL) != 0;
    }

    boolean isMiscHead(Token t) {
        return (classes(t) & MISC_HEAD) != 0;
    }

    boolean isDemonym(Token t) {
        if ((classes(t) & DEMONYM) != 0) {
            return true;
        }
        if (t.hyphen) {
            // "Nord-Coréens", "pro-russes": every part a demonym or a direction
            for (String part : t.key.split("-")) {
                if (!demonyms.contains(part) && !DIRECTIONS.contains(part)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static final Set<String> DIRECTIONS = Set.of("nord", "sud", "est", "ouest", "north", "south", "east", "west",
            "pro", "anti", "euro", "franco", "russo", "anglo", "germano", "sino", "indo", "afro", "judeo", "greco");

    /** A capitalized plural with a demonym ending after a plural determiner: "les Tadjiks" is not, "les Azerbaïdjanais" is. */
    boolean isPluralDemonym(Token t, Token before) {
        if (before == null || !PLURAL_DETERMINERS.contains(before.key)) {
            return false;
        }
        for (String suffix : PLURAL_DEMONYM_SUFFIXES) {
            if (t.key.length() > suffix.length() + 2 && t.key.endsWith(suffix)) {
                return true;
            }
        }
        return t.key.endsWith("aux") && t.key.length() > 5;
    }

    /** An article, compared on the written form so that "à" is not the English "a". */
    boolean isArticle(Token t) {
        // an article's folded word is an article too: that rules out most words without a new string
        return t.word && ARTICLES.contains(t.key)
                && ARTICLES.contains(t.text.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\''));
    }

    boolean isGivenName(Token t) {
        if (!t.cap || t.upper && t.text.length() > 1) {
            return false;
        }
        return (classes(t) & GIVEN) != 0;
    }

    /** A name particle in lower case ("de", "van"). */
    boolean isParticle(Token t) {
        return t.word && !t.cap && isParticleWord(t);
    }

    /** A lower-case word that can be an adjective inside an organization's name ("européenne", "socialiste"). */
    boolean isAdjective(Token t) {
        if (!t.word || t.cap || t.digit) {
            return false;
        }
        int c = classes(t);
        if ((c & STOP) != 0) {
            return false;
        }
        if ((c & DEMONYM) != 0) {
            return true;
        }
        for (String suffix : ADJECTIVE_SUFFIXES) {
            if (t.key.length() > suffix.length() + 1 && t.key.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** A node of the cue trie: folded words to the next node, and the kinds of the phrases ending here. */
    static final class CueNode {
        final Map<String, CueNode> next = new HashMap<>();
        int kinds;
    }
}
