package dev.coupure.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coupure.clean.Stopwords;
import dev.coupure.record.ArticleRecord;
import dev.coupure.text.Fold;
import dev.coupure.text.Tokens;
import dev.coupure.text.WordSpans;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The sketch's lead, facts and actors read off spans, against the rule they replace: strings, sets of strings, sorted sets. */
class SketchBuilderTest {

    private static final Stopwords STOPWORDS = Stopwords.load();

    // Function words of two languages, words with accents, hyphens, elisions, digits and letters that fold to two.
    private static final String[] VOCABULARY = {"le", "la", "les", "de", "des", "du", "et", "un", "une", "que", "pour", "dans",
        "the", "of", "and", "to", "in", "that", "for", "with", "ministre", "Ministère", "énergie", "ÉNERGIE", "prix", "réforme",
        "réformes", "baisser", "annoncé", "élection", "Nord-Coréens", "l'Iran", "l’Iran", "d'Élysée", "Straße", "œuvre", "ﬁnale",
        "x", "ab", "abc", "40", "2025", "3", "millions", "semaines", "٣", "km", "-", "—", "Zoë", "Dvořák", "Kraków", "a-12", "😀",
        "\uD83D", "naïveté", "Übersee", "über"};
    private static final String[] TYPES = {"PER", "ORG", "LOC", "MISC"};

    @Property(tries = 500)
    void theSketchIsTheOneTheStringRuleBuilds(@ForAll long seed) {
        ArticleRecord record = record(new Random(seed));
        Sketch sketch = Sketch.of(record);
        assertArrayEquals(actorsTheOldWay(record), sketch.actors());
        assertArrayEquals(leadTheOldWay(record), sketch.lead());
        assertArrayEquals(factsTheOldWay(record), sketch.facts());
    }

    @Test
    void namesNumbersAndFunctionWordsAreLeftOutOfTheLead() {
        ArticleRecord record = Articles.record("a.txt", "Le ministre Rivière annonce la réforme dans la région",
                "Selon le ministre, la réforme coûtera 40 millions et durera 3 semaines.", "2025-01-17",
                List.of(new ArticleRecord.Entity("Ada Rivière", "PER", List.of("Rivière"), 1, List.of())));
        Sketch sketch = Sketch.of(record);
        Set<Integer> lead = toSet(sketch.lead());
        assertTrue(lead.containsAll(List.of(stem("minis"), stem("refor"), stem("regio"), stem("milli"), stem("semai"))), "content words");
        assertFalse(lead.contains(stem("river")), "a name");
        assertFalse(lead.contains(stem("dans")), "a function word");
        assertFalse(lead.contains(stem("40")), "a number");
        assertEquals(new TreeSet<>(List.of((int) Hash64.of("#40 millions"), (int) Hash64.of("#3 semaines"), (int) Hash64.of("PER:ada riviere"))),
                toSet(sketch.facts()));
    }

    private static TreeSet<Integer> toSet(int[] values) {
        TreeSet<Integer> set = new TreeSet<>();
        for (int v : values) {
            set.add(v);
        }
        return set;
    }

    private static int stem(String s) {
        return (int) Hash64.of(s);
    }

    /** A record of words drawn from {@link #VOCABULARY} and made-up ones, with entities named by some of its words. */
    private static ArticleRecord record(Random random) {
        List<String> words = new ArrayList<>();
        for (int i = random.nextInt(120); i > 0; i--) {
            words.add(random.nextInt(3) == 0 ? Articles.word(random) : VOCABULARY[random.nextInt(VOCABULARY.length)]);
        }
        String text = String.join(random.nextBoolean() ? " " : "  ", words);
        String title = random.nextInt(4) == 0 ? null : String.join(" ", pick(random, words, random.nextInt(12)));
        List<ArticleRecord.Entity> entities = new ArrayList<>();
        for (int i = random.nextInt(10); i > 0; i--) {
            String name = String.join(" ", pick(random, words, 1 + random.nextInt(3)));
            List<ArticleRecord.Mention> mentions = new ArrayList<>();
            for (String m : pick(random, words, random.nextInt(4))) {
                mentions.add(new ArticleRecord.Mention(0, m.length(), m, random.nextBoolean()));
            }
            entities.add(new ArticleRecord.Entity(name, TYPES[random.nextInt(TYPES.length)], pick(random, words, random.nextInt(3)), 1,
                    mentions));
        }
        return Articles.record("a.txt", title, text, null, entities);
    }

    private static List<String> pick(Random random, List<String> words, int count) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < count && !words.isEmpty(); i++) {
            picked.add(words.get(random.nextInt(words.size())));
        }
        return picked;
    }

    private static long[] actorsTheOldWay(ArticleRecord record) {
        return record.entities().stream().filter(e -> SketchBuilder.ACTOR_TYPES.contains(e.type())).limit(SketchBuilder.ACTORS)
                .mapToLong(e -> Hash64.of(e.type() + ":" + Fold.fold(e.name()))).sorted().toArray();
    }

    private static int[] leadTheOldWay(ArticleRecord record) {
        List<String> words = new ArrayList<>();
        if (record.title() != null) {
            words.addAll(Tokens.words(Fold.fold(record.title())));
        }
        List<String> textWords = Tokens.words(Fold.fold(record.text()));
        words.addAll(textWords.subList(0, Math.min(SketchBuilder.LEAD_WORDS, textWords.size())));
        Set<String> stop = STOPWORDS.bestFor(words);
        Set<String> names = new HashSet<>();
        for (ArticleRecord.Entity e : record.entities()) {
            names.addAll(Tokens.words(Fold.fold(e.name())));
            e.aliases().forEach(a -> names.addAll(Tokens.words(Fold.fold(a))));
            e.mentions().forEach(m -> names.addAll(Tokens.words(Fold.fold(m.text()))));
        }
        TreeSet<Integer> hashes = new TreeSet<>();
        for (String w : words) {
            if (w.length() > 2 && !stop.contains(w) && !names.contains(w) && !Tokens.allDigits(w)) {
                hashes.add((int) Hash64.of(w.substring(0, Math.min(SketchBuilder.STEM, w.length()))));
            }
        }
        return hashes.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int[] factsTheOldWay(ArticleRecord record) {
        WordSpans textWords = WordSpans.folded(record.text());
        TreeSet<Integer> hashes = new TreeSet<>();
        for (int i = 0; i < textWords.size(); i++) {
            if (Tokens.allDigits(textWords.get(i))) {
                String unit = i + 1 < textWords.size() ? textWords.get(i + 1) : "";
                hashes.add((int) Hash64.of("#" + textWords.get(i) + " " + unit));
            }
        }
        for (ArticleRecord.Entity e : record.entities()) {
            hashes.add((int) Hash64.of(e.type() + ":" + Fold.fold(e.name())));
        }
        return hashes.stream().mapToInt(Integer::intValue).toArray();
    }
}
