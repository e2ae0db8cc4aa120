package dev.coupure.story;

import dev.coupure.clean.Stopwords;
import dev.coupure.record.ArticleRecord;
import dev.coupure.text.Fold;
import dev.coupure.text.Tokens;
import dev.coupure.text.WordSpans;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reads a {@link Sketch} off an article record. */
final class SketchBuilder {

    /**
     * People and organizations kept per record. An event is told by who acts in it; places are
     * left out because whole regions of the news share them (every article on a war names the
     * same countries), and a few actors suffice since the most named come first.
     */
    static final int ACTORS = 6;
    static final Set<String> ACTOR_TYPES = Set.of("PER", "ORG");
    /** Words of the text read for its lead, after the title: news writing puts the event there. */
    static final int LEAD_WORDS = 60;
    /**
     * Lead words are cut to this many letters: a crude stemmer, but one that needs no language
     * ("iranien" and "iraniens", "renforcer" and "renforcement" meet).
     */
    static final int STEM = 5;

    private static final Stopwords STOPWORDS = Stopwords.load();

    private SketchBuilder() {
    }

    static Sketch build(ArticleRecord record) {
        WordSpans words = WordSpans.folded(record.text());
        String day = record.published() != null && "day".equals(record.published().precision()) ? record.published().date() : null;
        String language = record.language() == null ? null : record.language().code();
        return new Sketch(record.id(), record.source().path(), language, day, MinHash.of(words), actors(record),
                lead(record, words), facts(record, words));
    }

    private static long[] actors(ArticleRecord record) {
        // Entities come sorted by count, then name: the first ones are the most named, in a fixed order.
        return record.entities().stream().filter(e -> ACTOR_TYPES.contains(e.type())).limit(ACTORS)
                .mapToLong(e -> Hash64.of(e.type() + ":" + Fold.fold(e.name()))).sorted().toArray();
    }

    /**
     * The lead's content words: neither function words nor numbers nor names, since names are
     * what events on different days share, and the lead words must tell what happened.
     */
    private static int[] lead(ArticleRecord record, WordSpans textWords) {
        List<String> words = new ArrayList<>();
        if (record.title() != null) {
            words.addAll(Tokens.words(Fold.fold(record.title())));
        }
        words.addAll(textWords.subList(0, Math.min(LEAD_WORDS, textWords.size())));
        Set<String> stop = STOPWORDS.bestFor(words);
        Set<String> names = nameWords(record);
        TreeSet<Integer> hashes = new TreeSet<>();
        for (String w : words) {
            if (w.length() > 2 && !stop.contains(w) && !names.contains(w) && !Tokens.allDigits(w)) {
                hashes.add((int) Hash64.of(w.substring(0, Math.min(STEM, w.length()))));
            }
        }
        return hashes.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The text's particulars: every number it writes, with the word after it ("40 millions", "3
     * semaines": a bare small number is in every text), and every name it gives. A republished or
     * lightly edited copy keeps them; a text written from the same template as another (a council
     * report, a bulletin, a result) changes exactly these.
     */
    private static int[] facts(ArticleRecord record, WordSpans textWords) {
        TreeSet<Integer> hashes = new TreeSet<>();
        for (int i = 0; i < textWords.size(); i++) {
            if (Tokens.allDigits(textWords.chars(), textWords.start(i), textWords.end(i))) {
                String unit = i + 1 < textWords.size() ? textWords.get(i + 1) : "";
                hashes.add((int) Hash64.of("#" + textWords.get(i) + " " + unit));
            }
        }
        for (ArticleRecord.Entity e : record.entities()) {
            hashes.add((int) Hash64.of(e.type() + ":" + Fold.fold(e.name())));
        }
        return hashes.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Set<String> nameWords(ArticleRecord record) {
        Set<String> names = new HashSet<>();
        // An article names the same people again and again: each spelling is read once.
        Set<String> spellings = new HashSet<>();
        for (ArticleRecord.Entity e : record.entities()) {
            spellings.add(e.name());
            spellings.addAll(e.aliases());
            e.mentions().forEach(m -> spellings.add(m.text()));
        }
        for (String spelling : spellings) {
            names.addAll(Tokens.words(Fold.fold(spelling)));
        }
        return names;
    }
}
