package dev.coupure.story;

import dev.coupure.record.ArticleRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A generated news archive with known stories, to measure grouping: events with their actors, a
 * day and words of their own; for each, an original article, lightly edited republications
 * (sometimes weeks later, sometimes undated) and reports by other writers (within two days,
 * sometimes undated). Everything is written with one shared vocabulary of common words, so
 * unrelated leads share words by chance; and a quarter of the events reuse the actors of an
 * earlier one (the same people, another event, sometimes on the same day), the case that entity
 * overlap alone gets wrong.
 */
final class GeneratedNews {

    private static final String[] FUNCTION_WORDS = {"de", "la", "le", "et", "les", "des", "un", "une", "dans", "pour", "sur", "avec"};
    private static final int COMMON_WORDS = 1_500;
    private static final int PEOPLE = 300;
    private static final int EVENT_WORDS = 25;
    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    /** The records in output order and, for each, the event it reports. */
    record Archive(List<ArticleRecord> records, List<Integer> events) {
    }

    /** Pairwise precision and recall of stories against the events. */
    record Quality(double precision, double recall, long predictedPairs, long truePairs) {
        static Quality of(List<String> stories, List<Integer> events) {
            Map<String, Long> byStory = new HashMap<>();
            Map<Integer, Long> byEvent = new HashMap<>();
            Map<String, Long> byBoth = new HashMap<>();
            for (int i = 0; i < stories.size(); i++) {
                byStory.merge(stories.get(i), 1L, Long::sum);
                byEvent.merge(events.get(i), 1L, Long::sum);
                byBoth.merge(stories.get(i) + "/" + events.get(i), 1L, Long::sum);
            }
            long predicted = pairs(byStory);
            long truth = pairs(byEvent);
            long right = pairs(byBoth);
            return new Quality(predicted == 0 ? 1 : right / (double) predicted, truth == 0 ? 1 : right / (double) truth, predicted, truth);
        }

        private static long pairs(Map<?, Long> counts) {
            return counts.values().stream().mapToLong(c -> c * (c - 1) / 2).sum();
        }
    }

    private final Random random;
    private final List<String> common = new ArrayList<>();
    private final List<String> people = new ArrayList<>();

    GeneratedNews(long seed) {
        random = new Random(seed);
        for (int i = 0; i < COMMON_WORDS; i++) {
            common.add(Articles.word(random));
        }
        for (int i = 0; i < PEOPLE; i++) {
            people.add(capitalized(Articles.word(random)) + " " + capitalized(Articles.word(random)));
        }
    }

    Archive archive(int eventCount) {
        List<ArticleRecord> records = new ArrayList<>();
        List<Integer> events = new ArrayList<>();
        List<List<String>> actorsByEvent = new ArrayList<>();
        List<LocalDate> dayByEvent = new ArrayList<>();
        for (int e = 0; e < eventCount; e++) {
            boolean sameActors = e > 0 && random.nextInt(4) == 0;
            int earlier = sameActors ? random.nextInt(e) : -1;
            List<String> actors = sameActors ? actorsByEvent.get(earlier) : actors();
            LocalDate day = sameActors && random.nextInt(3) == 0 ? dayByEvent.get(earlier) : START.plusDays(random.nextInt(365));
            actorsByEvent.add(actors);
            dayByEvent.add(day);
            List<String> vocabulary = new ArrayList<>();
            for (int i = 0; i < EVENT_WORDS; i++) {
                vocabulary.add(Articles.word(random));
            }
            String original = article(vocabulary);
            add(records, events, e, original, day, actors);
            for (int copies = random.nextInt(3); copies > 0; copies--) {
                LocalDate later = random.nextInt(3) == 0 ? null : day.plusDays(random.nextInt(60));
                add(records, events, e, edited(original), later, actors);
            }
            for (int reports = random.nextInt(4); reports > 0; reports--) {
                LocalDate near = random.nextInt(5) == 0 ? null : day.plusDays(random.nextInt(5) - 2);
                add(records, events, e, article(vocabulary), near, actors);
            }
        }
        // Output order is by path: shuffle so that a story's records are not neighbours.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, random);
        return new Archive(order.stream().map(records::get).toList(), order.stream().map(events::get).toList());
    }

    private void add(List<ArticleRecord> records, List<Integer> events, int event, String text, LocalDate day, List<String> actors) {
        List<ArticleRecord.Entity> entities = new ArrayList<>();
        for (String actor : actors) {
            entities.add(new ArticleRecord.Entity(actor, "PER", List.of(), 2 + random.nextInt(3), List.of()));
        }
        // Someone quoted in passing: the same person turns up in unrelated events.
        String passing = people.get(random.nextInt(PEOPLE));
        if (!actors.contains(passing)) {
            entities.add(new ArticleRecord.Entity(passing, "PER", List.of(), 1, List.of()));
        }
        entities.sort(Comparator.comparingInt(ArticleRecord.Entity::count).reversed().thenComparing(ArticleRecord.Entity::name));
        String title = text.substring(0, text.indexOf('.'));
        records.add(Articles.record(String.format("news/%06d.txt", records.size()), title, text, day == null ? null : day.toString(), entities));
        events.add(event);
    }

    /** Two to four actors, the first ones of the pool far more often: a few people are in most of the news. */
    private List<String> actors() {
        List<String> actors = new ArrayList<>();
        for (int n = 2 + random.nextInt(3); actors.size() < n;) {
            double u = random.nextDouble();
            String person = people.get((int) (PEOPLE * u * u));
            if (!actors.contains(person)) {
                actors.add(person);
            }
        }
        return actors;
    }

    /** A headline sentence, a two-sentence lead and a body, the event's own words denser in the lead. */
    private String article(List<String> vocabulary) {
        StringBuilder b = new StringBuilder();
        b.append(sentence(vocabulary, 0.6, 8)).append("\n\n");
        b.append(sentence(vocabulary, 0.5, 14)).append(' ').append(sentence(vocabulary, 0.5, 14)).append("\n\n");
        for (int i = 0; i < 20; i++) {
            b.append(sentence(vocabulary, 0.15, 14)).append(i % 4 == 3 ? "\n\n" : " ");
        }
        return b.toString().strip();
    }

    private String sentence(List<String> vocabulary, double eventShare, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                b.append(' ').append(FUNCTION_WORDS[random.nextInt(FUNCTION_WORDS.length)]).append(' ');
            }
            b.append(random.nextDouble() < eventShare ? vocabulary.get(random.nextInt(vocabulary.size()))
                    : common.get(random.nextInt(COMMON_WORDS)));
        }
        return b.append('.').toString();
    }

    /** A republication: a paragraph rewritten, a credit line added at the head and a note at the foot. */
    private String edited(String original) {
        String[] paragraphs = original.split("\n\n");
        paragraphs[2 + random.nextInt(paragraphs.length - 2)] = sentence(List.of(), 0, 14) + " " + sentence(List.of(), 0, 14);
        return sentence(List.of(), 0, 5) + "\n\n" + String.join("\n\n", paragraphs) + "\n\n" + sentence(List.of(), 0, 10);
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
