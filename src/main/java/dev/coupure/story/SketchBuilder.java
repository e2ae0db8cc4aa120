package dev.coupure.story;

import dev.coupure.clean.Stopwords;
import dev.coupure.record.ArticleRecord;
import dev.coupure.text.Fold;
import dev.coupure.text.Tokens;
import dev.coupure.text.WordSpans;
import dev.coupure.text.WordTable;
import java.util.Arrays;
import java.util.Set;

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
        long[] entityKeys = entityKeys(record);
        return new Sketch(record.id(), record.source().path(), language, day, MinHash.of(words), actors(record, entityKeys),
                lead(record, words), facts(words, entityKeys));
    }

    /** Each entity's key, hashed: its type and folded name ("PER:ada riviere"), for both the actors and the facts. */
    private static long[] entityKeys(ArticleRecord record) {
        long[] keys = new long[record.entities().size()];
        for (int i = 0; i < keys.length; i++) {
            ArticleRecord.Entity e = record.entities().get(i);
            keys[i] = Hash64.of(e.type() + ":" + Fold.fold(e.name()));
        }
        return keys;
    }

    private static long[] actors(ArticleRecord record, long[] entityKeys) {
        // Entities come sorted by count, then name: the first ones are the most named, in a fixed order.
        long[] actors = new long[ACTORS];
        int count = 0;
        for (int i = 0; i < entityKeys.length && count < ACTORS; i++) {
            if (ACTOR_TYPES.contains(record.entities().get(i).type())) {
                actors[count++] = entityKeys[i];
            }
        }
        long[] kept = Arrays.copyOf(actors, count);
        Arrays.sort(kept);
        return kept;
    }

    /**
     * The lead's content words: neither function words nor numbers nor names, since names are
     * what events on different days share, and the lead words must tell what happened.
     */
    private static int[] lead(ArticleRecord record, WordSpans textWords) {
        // The lead is the title's words, then the text's first: read as spans of the two, with no string per word.
        WordSpans[] parts = {WordSpans.folded(record.title() == null ? "" : record.title()), textWords};
        int[] counts = {parts[0].size(), Math.min(LEAD_WORDS, textWords.size())};
        long[] stopLists = new long[counts[0] + counts[1]];
        for (int p = 0, i = 0; p < parts.length; p++) {
            for (int k = 0; k < counts[p]; k++) {
                stopLists[i++] = STOPWORDS.listsOf(parts[p].chars(), parts[p].start(k), parts[p].end(k), parts[p].hash(k));
            }
        }
        int stop = STOPWORDS.best(stopLists, stopLists.length);
        WordTable names = NameWords.of(record);
        int[] hashes = new int[stopLists.length];
        int count = 0;
        for (int p = 0, i = 0; p < parts.length; p++) {
            char[] chars = parts[p].chars();
            for (int k = 0; k < counts[p]; k++, i++) {
                int start = parts[p].start(k);
                int end = parts[p].end(k);
                if (end - start > 2 && (stop < 0 || (stopLists[i] >>> stop & 1) == 0)
                        && names.get(chars, start, end, parts[p].hash(k)) == 0 && !Tokens.allDigits(chars, start, end)) {
                    hashes[count++] = (int) Hash64.of(chars, start, Math.min(end, start + STEM));
                }
            }
        }
        return SortedArrays.distinct(hashes, count);
    }

    /**
     * The text's particulars: every number it writes, with the word after it ("40 millions", "3
     * semaines": a bare small number is in every text), and every name it gives. A republished or
     * lightly edited copy keeps them; a text written from the same template as another (a council
     * report, a bulletin, a result) changes exactly these.
     */
    private static int[] facts(WordSpans textWords, long[] entityKeys) {
        int[] hashes = new int[entityKeys.length + 16];
        int count = 0;
        for (long key : entityKeys) {
            hashes[count++] = (int) key;
        }
        char[] chars = textWords.chars();
        for (int i = 0; i < textWords.size(); i++) {
            if (Tokens.allDigits(chars, textWords.start(i), textWords.end(i))) {
                if (count == hashes.length) {
                    hashes = Arrays.copyOf(hashes, count * 2);
                }
                hashes[count++] = numberHash(textWords, i);
            }
        }
        return SortedArrays.distinct(hashes, count);
    }

    /** The hash of the string "#" + number + " " + the word after it (or none), made only as the characters hashed. */
    private static int numberHash(WordSpans words, int number) {
        int start = words.start(number);
        int length = words.end(number) - start;
        boolean unit = number + 1 < words.size();
        int unitStart = unit ? words.start(number + 1) : 0;
        int unitLength = unit ? words.end(number + 1) - unitStart : 0;
        char[] key = new char[length + unitLength + 2];
        key[0] = '#';
        System.arraycopy(words.chars(), start, key, 1, length);
        key[length + 1] = ' ';
        System.arraycopy(words.chars(), unitStart, key, length + 2, unitLength);
        return (int) Hash64.of(key, 0, key.length);
    }
}
