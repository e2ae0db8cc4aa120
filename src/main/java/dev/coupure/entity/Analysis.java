package dev.coupure.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The entities of one article: state for one call of {@link RuleBasedRecognizer#recognize}, never
 * shared between threads.
 *
 * <p>Steps:
 * <ol>
 * <li>Tokens, and the cues each token starts or ends (titles, place and organization words)
 * ({@link Segment}); in French, the names the {@link NameTagger} finds.</li>
 * <li>Spans, left to right on each line: a tagged name longer than any alias or phrase starting
 * there, else an organization, place or event phrase ({@link Phrases}: "ministère de la Défense",
 * "Banque de France"), else the longest gazetteer alias, else a person title (consumed, so that
 * "Premier ministre" is not a name), else a run of capitalized words joined by name particles
 * and initials ("Asif Ali Zardari", "Charles de Gaulle", "George W. Bush"). Leading function
 * words and demonyms are dropped ("Selon", "Le Russe ...").</li>
 * <li>Evidence for each unknown span: given name first (PER), title before or after (PER),
 * organization head or tail word or acronym (ORG), organization word before (ORG), place word
 * before (LOC, strong) or place preposition (LOC, weak); the tagger's type. With the tagger, a run
 * it does not support and no strong cue types is tentative ({@link Span#tentative}).</li>
 * <li>Coreference and types ({@link Clustering}).</li>
 * </ol>
 */
final class Analysis {

    /** Evidence an organization or place phrase ("ministère de la Défense", "rue de Rivoli") gives its type. */
    private static final int PHRASE_EVIDENCE = 4;
    private static final Set<String> APPOSITION_ARTICLES = Set.of("the", "a", "an");
    /** Compiled once: String.split compiles an expression of more than one character on every call. */
    private static final Pattern HYPHENS = Pattern.compile("[-\u2010\u2011]");

    private final Vocabulary vocabulary;
    private final Gazetteer gazetteer;
    private final Lexicon lex;
    private final Phrases phrases;
    /** The statistical tagger, for the languages it was trained on; null for the others. */
    private final NameTagger tagger;
    private final boolean nounsCapitalized;

    private final List<Span> spans = new ArrayList<>();
    /** The folded words the article writes in lower case. */
    private Set<String> lowerWords;
    /** Per token of the segment being read: the end of the tagger's name that starts there, or -1; null without a tagger. */
    private int[] modelEnd;
    /**
     * Per token of the segment being read: the type index ({@link TaggerModel#TYPES}) of the tagger's name, or -1;
     * null without a tagger.
     */
    private int[] modelType;

    Analysis(Vocabulary vocabulary, NameTagger tagger, String languageCode) {
        this.vocabulary = vocabulary;
        this.gazetteer = vocabulary.gazetteer;
        this.lex = vocabulary.lexicon;
        this.phrases = new Phrases(lex);
        String lang = languageCode == null ? "" : languageCode.toLowerCase(java.util.Locale.ROOT);
        this.tagger = lang.equals("fr") ? tagger : null;
        this.nounsCapitalized = lang.equals("de") || lang.equals("lb") || lang.equals("gsw");
    }

    List<Entity> run(String body, String title) {
        Segment bodySeg = new Segment(body, false, vocabulary);
        lowerWords = new HashSet<>(bodySeg.tokens.size()); // room for every word: it never grows
        for (Token t : bodySeg.tokens) {
            if (t.word && !t.cap && !t.digit) {
                lowerWords.add(t.key);
            }
        }
        find(bodySeg);
        if (title != null && !title.isBlank()) {
            find(new Segment(title, true, vocabulary));
        }
        return new Clustering(gazetteer, lex, nounsCapitalized, spans, lowerWords).entities();
    }

    private void find(Segment seg) {
        List<Token> toks = seg.tokens;
        int n = toks.size();
        modelNames(seg);
        int i = 0;
        while (i < n) {
            Token t = toks.get(i);
            if (!t.word) {
                i++;
                continue;
            }
            int modelled = modelSpan(seg, i);
            if (modelled > i) {
                i = modelled;
                continue;
            }
            int miscEnd = phrases.misc(seg, i);
            if (miscEnd > 0) {
                Gazetteer.Match known = seg.known(i);
                if (known == null || known.end() < miscEnd) {
                    Span s = new Span(seg, i, miscEnd);
                    s.nameTokens = miscEnd - i;
                    s.misc = true;
                    s.restricted = seg.restrictedLine(t.line);
                    spans.add(s);
                    i = miscEnd;
                    continue;
                }
            }
            int orgEnd = phrases.organization(seg, i);
            int placeEnd = orgEnd > 0 ? -1 : phrases.place(seg, i);
            Gazetteer.Match g = seg.known(i);
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
                addCandidate(s, false);
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
            if (Phrases.nameWord(t) && !lex.isStop(t)) {
                i = nameRun(seg, i);
                continue;
            }
            i++;
        }
    }

    private void modelNames(Segment seg) {
        if (tagger == null) {
            return;
        }
        int n = seg.tokens.size();
        modelEnd = new int[n];
        modelType = new int[n];
        java.util.Arrays.fill(modelEnd, -1);
        java.util.Arrays.fill(modelType, -1);
        for (NameTagger.Name m : tagger.names(seg, lowerWords)) {
            modelEnd[m.start()] = m.end();
            java.util.Arrays.fill(modelType, m.start(), m.end(), TaggerModel.typeIndex(m.type()));
        }
    }

    /**
     * A name the tagger finds at {@code i} that is longer than any table alias or organization,
     * place or event phrase starting there ("Mets de New York" is more than "New York"): a
     * candidate of its own. Returns the index after it, or {@code i} when the rules read on.
     */
    private int modelSpan(Segment seg, int i) {
        if (tagger == null) {
            return i;
        }
        int end = modelEnd[i];
        Token first = seg.tokens.get(i);
        // "à La Habra", "selon De Zerbi", "Will Arnett"
        boolean opens = end - i >= 2 && (first.cap && (lex.isArticle(first) || lex.isParticleWord(first))
                && !first.sentenceStart || lex.isGivenName(first));
        // "université de Turku", "voïvodie de Mazovie"
        boolean head = end - i >= 3 && !first.cap && (lex.isOrgHead(first) || lex.isPlaceHead(first));
        if (end < 0 || modelType[i] == TaggerModel.typeIndex("MISC") || !Phrases.nameWord(first) && !head
                || lex.isStop(first) && !opens || lex.isDemonym(first) || seg.titleLength[i] > 0) {
            return i; // the rules trim what the tagger took in ("Mais Louis van Gaal", "docteur Jekyll")
        }
        Gazetteer.Match g = seg.known(i);
        int phrase = Math.max(Math.max(phrases.organization(seg, i), phrases.place(seg, i)), phrases.misc(seg, i));
        if (g != null && g.end() >= end || phrase >= end) {
            return i;
        }
        Span s = new Span(seg, i, end);
        if (!shapeEvidence(s)) {
            return i;
        }
        addCandidate(s, true);
        return end;
    }

    /** True when a capitalized word that could continue a personal name stands at {@code i}. */
    private boolean startsName(Segment seg, int i) {
        Token t = seg.at(i);
        Token prev = seg.at(i - 1);
        return t != null && prev != null && t.line == prev.line && t.start <= prev.end + 1 && Phrases.nameWord(t)
                && !t.upper && !lex.isStop(t) && !lex.isDemonym(t) && seg.titleLength[i] == 0;
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
            if (Phrases.nameWord(u)) {
                if (j > i) {
                    if (lex.isParticleWord(u) && names > 0 && Phrases.nameWordAt(seg, j + 1)
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
                    Gazetteer.Match g = seg.known(j);
                    if (g != null && !(allGiven && g.end() - g.start() == 1)) {
                        break;
                    }
                    if (phrases.organization(seg, j) > 0) {
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
                if (Phrases.nameWordAt(seg, k) && !lex.isStop(toks.get(k)) && toks.get(k).line == line) {
                    j = k;
                    continue;
                }
                break;
            }
            if (j > i && u.text.equals(".") && toks.get(j - 1).word && toks.get(j - 1).text.length() == 1
                    && toks.get(j - 1).cap && Phrases.nameWordAt(seg, j + 1)) {
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
            if (lex.isStop(t) || lex.isDemonym(t) || lex.isPluralDemonym(t, before) || lex.isParticleWord(t)
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
        if (shapeEvidence(span)) {
            addCandidate(span, false);
        }
    }

    /**
     * Evidence from the words of a run: digits (MISC), an acronym, an organization or place tail
     * word, a given name first. False for a compound of two names ("Russie-Iran", "Iran-backed"),
     * which is no name.
     */
    private boolean shapeEvidence(Span span) {
        Segment seg = span.seg;
        int words = 0;
        Token first = null;
        Token last = null;
        for (int k = span.start; k < span.end; k++) {
            Token t = seg.tokens.get(k);
            if (t.word) {
                first = words++ == 0 ? t : first;
                last = t;
            }
        }
        span.nameTokens = words;
        if (words == 1 && first.hyphen && compound(first)) {
            return false;
        }
        if (first.digit || last.digit) {
            span.misc = true;
        } else if (words == 1 && first.upper && first.text.length() <= 6 && !isRoman(first.text)
                && !seg.allCapsLine(first.line)) {
            span.acronym = true;
            span.org += 2;
        } else if (words >= 2 && lex.isOrgTail(last)) {
            span.org += 4;
        } else if (words >= 2 && lex.isPlaceTail(last)) {
            span.loc += 4;
        } else if (words >= 2 && lex.isGivenName(first)) {
            span.per += 3;
        }
        return true;
    }

    /** A hyphenated word made of known names or demonyms, or of a known name and lower-case words. */
    private boolean compound(Token t) {
        String[] parts = t.key.split("-");
        boolean firstKnown = gazetteerWord(parts[0]) || lex.demonyms.contains(parts[0]);
        if (!firstKnown) {
            return false;
        }
        String[] raw = HYPHENS.split(t.text);
        boolean restLower = true;
        boolean restKnown = true;
        for (int k = 1; k < parts.length; k++) {
            restKnown &= gazetteerWord(parts[k]) || lex.demonyms.contains(parts[k]);
            restLower &= k < raw.length && !raw[k].isEmpty() && Character.isLowerCase(raw[k].charAt(0));
        }
        return restKnown || restLower;
    }

    private boolean gazetteerWord(String folded) {
        String capitalized = Character.toUpperCase(folded.charAt(0)) + folded.substring(1);
        List<Token> one = Tokenizer.tokenize(capitalized);
        // The tokens' offsets are in the string tokenized: the gazetteer cuts an alias's surface out of it.
        return !one.isEmpty() && gazetteer.longest(capitalized, one, 0) != null;
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

    private void addCandidate(Span span, boolean fromTagger) {
        Segment seg = span.seg;
        Token first = seg.tokens.get(span.start);
        span.restricted = seg.restrictedLine(first.line);
        boolean voted = modelEvidence(span);
        if (span.nameTokens >= 2 && span.perEvidence() > 0 && span.org == 0) {
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
        // the tagger reads the whole sentence: without a strong cue, its names and bounds are better
        span.tentative = tagger != null && !(voted && fromTagger) && !span.acronym && span.per < 3 && span.org < 2
                && span.loc < 3;
        spans.add(span);
    }

    /** The type the tagger gives most of the span's words, as evidence; false when it gives none. */
    private boolean modelEvidence(Span span) {
        if (tagger == null) {
            return false;
        }
        Token first = span.seg.tokens.get(span.start);
        if (span.end - span.start == 1 && lex.isOrgHead(first)) {
            return false; // an organization's head word alone names none: "le Conseil a siégé"
        }
        int[] votes = new int[TaggerModel.TYPES.size()];
        for (int k = span.start; k < span.end; k++) {
            if (modelType[k] >= 0 && span.seg.tokens.get(k).word) {
                votes[modelType[k]]++;
            }
        }
        int best = 0;
        for (int t = 1; t < votes.length; t++) {
            best = votes[t] > votes[best] ? t : best;
        }
        if (votes[best] == 0) {
            return false;
        }
        span.model = best;
        span.misc |= TaggerModel.TYPES.get(best).equals("MISC");
        return true;
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

}
