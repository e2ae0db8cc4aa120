package dev.coupure.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coupure.record.ArticleRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoryGrouperTest {

    private static final StoryGrouper GROUPER = new StoryGrouper();

    /** One event's wording: a lead and a body, made up from this seed. */
    private record Event(List<String> lead, List<String> body) {
        static Event of(long seed) {
            Random random = new Random(seed);
            return new Event(Articles.sentences(random, 2), Articles.sentences(random, 20));
        }

        String text() {
            return String.join(" ", lead) + "\n\n" + String.join(" ", body);
        }
    }

    private static List<String> stories(Sketch... sketches) {
        return GROUPER.group(List.of(sketches)).stream().map(Placement::story).toList();
    }

    private static Sketch sketch(String path, String text, String day, String... people) {
        return Sketch.of(Articles.record(path, null, text, day, people));
    }

    @Test
    void anExactCopyPointsToTheFirstRecordWithItsTextAndSharesItsStory() {
        String a = Event.of(1).text();
        String b = Event.of(2).text();
        List<Sketch> sketches = List.of(sketch("a.txt", a, null), sketch("b.txt", b, null), sketch("c.txt", a, null),
                sketch("d.txt", a, "2025-01-17"));
        List<Placement> placements = GROUPER.group(sketches);
        assertEquals(Arrays.asList(null, null, "a.txt", "a.txt"), placements.stream().map(Placement::duplicateOf).toList());
        String first = "s" + sketches.get(0).id();
        assertEquals(List.of(first, "s" + sketches.get(1).id(), first, first), placements.stream().map(Placement::story).toList());
    }

    /** A council report as a local site writes dozens a year: the same sentences, another town, project, sum and date. */
    private static String councilReport(String town, String project, int millions, int file, String day) {
        return "Réuni en séance le " + day + ", le conseil municipal de " + town + " a présenté " + project + ", un projet"
                + " estimé à " + millions + " millions d'euros selon les documents consultés.\n\n"
                + "Les élus de l'opposition ont demandé un calendrier plus précis et une consultation des habitants avant"
                + " tout vote définitif. Le dossier numéro " + file + " sera examiné de nouveau dans trois semaines, après"
                + " l'avis des services techniques de la ville et des associations de riverains.\n\n"
                + "Le maire a rappelé que le projet faisait partie des engagements de la majorité et qu'il serait financé"
                + " sans hausse des impôts locaux, grâce aux économies réalisées sur le fonctionnement des services.";
    }

    private static Sketch report(String path, String town, String project, int millions, int file, String day) {
        return Sketch.of(Articles.record(path, null, councilReport(town, project, millions, file, day), null,
                List.of(new ArticleRecord.Entity(town, "LOC", List.of(), 1, List.of()))));
    }

    @Test
    void textsWrittenFromOneTemplateAreNotCopiesOfOneAnother() {
        Sketch nantes = report("a.txt", "Nantes", "un nouveau plan de circulation", 40, 17, "2 janvier");
        Sketch lille = report("b.txt", "Lille", "l'extension du réseau de tramway", 120, 50001, "22 juin");
        Sketch nantesAgain = report("c.txt", "Nantes", "un nouveau plan de circulation", 40, 17, "3 janvier");
        assertTrue(MinHash.similarity(nantes.minHash(), lille.minHash()) >= StoryGrouper.NEAR_DUPLICATE,
                "the template's sentences make the texts look alike");
        List<String> stories = stories(nantes, lille, nantesAgain);
        assertNotEquals(stories.get(0), stories.get(1), "another town, project and sum: another story");
        assertEquals(stories.get(0), stories.get(2), "the same report, one date corrected: a copy");
    }

    @Test
    void aCopyOfACopyThatDriftedFromTheFirstTextStartsItsOwnStory() {
        List<String> sentences = Articles.sentences(new Random(11), 30);
        String first = String.join(" ", sentences.subList(0, 20));
        String second = String.join(" ", sentences.subList(5, 25));
        String third = String.join(" ", sentences.subList(10, 30));
        Sketch a = sketch("a.txt", first, null);
        Sketch b = sketch("b.txt", second, null);
        Sketch c = sketch("c.txt", third, null);
        assertTrue(MinHash.similarity(b.minHash(), c.minHash()) >= StoryGrouper.NEAR_DUPLICATE, "each is a near-copy of the next");
        assertTrue(MinHash.similarity(a.minHash(), c.minHash()) < StoryGrouper.NEAR_DUPLICATE, "the last is no copy of the first");
        List<String> stories = stories(a, b, c);
        assertEquals(stories.get(0), stories.get(1));
        assertNotEquals(stories.get(0), stories.get(2));
    }

    @Test
    void aLightlyEditedRepublicationJoinsTheOriginalWhateverItsDateAndActors() {
        Event event = Event.of(3);
        List<String> edited = new ArrayList<>(event.body());
        edited.set(5, "Une phrase réécrite par la rédaction du second journal.");
        edited.remove(12);
        edited.add("Cet article a d'abord paru dans un autre journal.");
        String copy = "Republié avec autorisation.\n\n" + String.join(" ", event.lead()) + "\n\n" + String.join(" ", edited);
        List<String> stories = stories(sketch("a.txt", event.text(), "2025-01-17"), sketch("b.txt", copy, "2025-03-02"));
        assertEquals(stories.get(0), stories.get(1));
    }

    @Test
    void articlesOnOneEventJoinThroughSharedActorsAndLeadWithinTheDayWindow() {
        Event event = Event.of(4);
        // Another writer: the same lead words in another order, a body of their own.
        List<String> lead = new ArrayList<>(Arrays.asList(String.join(" ", event.lead()).split(" ")));
        Collections.reverse(lead);
        String other = String.join(" ", lead) + "\n\n" + String.join(" ", Event.of(5).body());
        String[] actors = {"Ada Rivière", "Basile Morin", "Céleste Arnaud"};
        assertEquals(1, stories(sketch("a.txt", event.text(), "2025-01-17", actors),
                sketch("b.txt", other, "2025-01-19", actors)).stream().distinct().count(), "two days apart");
        assertEquals(1, stories(sketch("a.txt", event.text(), "2025-01-17", actors),
                sketch("b.txt", other, null, actors)).stream().distinct().count(), "a missing date does not keep them apart");
        assertEquals(2, stories(sketch("a.txt", event.text(), "2025-01-17", actors),
                sketch("b.txt", other, "2025-02-17", actors)).stream().distinct().count(), "a month apart: another event");
        assertEquals(2, stories(sketch("a.txt", event.text(), "2025-01-17", actors[0]),
                sketch("b.txt", other, "2025-01-17", actors[0])).stream().distinct().count(), "one shared actor is not enough");
    }

    @Test
    void otherEventsOfTheSameActorsOnTheSameDayStayApart() {
        String[] actors = {"Ada Rivière", "Basile Morin"};
        List<String> stories = stories(sketch("a.txt", Event.of(6).text(), "2025-01-17", actors),
                sketch("b.txt", Event.of(7).text(), "2025-01-17", actors));
        assertNotEquals(stories.get(0), stories.get(1));
    }

    @Test
    void reportsOfOneEventFarApartInOutputOrderStillMeetAmongManyRecordsOfTheSameActors() {
        // An archive sorted by outlet: the two reports of one event are hundreds of records apart,
        // and the same two people are in every record of the year in between.
        String[] actors = {"Ada Rivière", "Basile Morin"};
        Event event = Event.of(9);
        String other = String.join(" ", event.lead()) + "\n\n" + String.join(" ", Event.of(10).body());
        List<Sketch> run = new ArrayList<>();
        run.add(sketch("a/000.txt", event.text(), "2025-06-10", actors));
        for (int i = 0; i < 300; i++) {
            String day = java.time.LocalDate.of(2025, 1, 1).plusDays(i).toString();
            run.add(sketch((i < 150 ? "a/" : "b/") + String.format("%03d", i + 1) + ".txt", Event.of(1_000 + i).text(), day, actors));
        }
        run.add(sketch("b/999.txt", other, "2025-06-11", actors));
        List<Placement> placements = GROUPER.group(run);
        assertEquals(placements.get(0).story(), placements.get(run.size() - 1).story());
    }

    @Test
    void storiesAndTheirIdsDoNotDependOnUnrelatedRecordsOrTheirOrder() {
        Event event = Event.of(8);
        String copy = event.text() + " Mis à jour à 18 heures.";
        List<Sketch> unrelated = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            unrelated.add(sketch("u" + i + ".txt", Event.of(100 + i).text(), "2025-01-17", "Ada Rivière", "Basile Morin"));
        }
        Sketch original = sketch("m/a.txt", event.text(), "2025-01-17");
        Sketch republished = sketch("m/b.txt", copy, "2025-01-18");
        for (long seed = 0; seed < 5; seed++) {
            List<Sketch> run = new ArrayList<>(unrelated);
            Collections.shuffle(run, new Random(seed));
            run.add(new Random(seed).nextInt(run.size()), original);
            run.add(run.indexOf(original) + 1 + new Random(seed).nextInt(run.size() - run.indexOf(original)), republished);
            List<Placement> placements = GROUPER.group(run);
            String story = placements.get(run.indexOf(original)).story();
            assertEquals("s" + original.id(), story, "named after its first record");
            assertEquals(story, placements.get(run.indexOf(republished)).story());
            assertEquals(run.size() - 1, placements.stream().map(Placement::story).distinct().count(), "nothing else joins");
        }
    }
}
