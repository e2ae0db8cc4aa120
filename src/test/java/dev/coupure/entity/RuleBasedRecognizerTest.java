package dev.coupure.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Hand-written French and English sentences for each entity type and each hard case of the issue. */
class RuleBasedRecognizerTest {

    private static final RuleBasedRecognizer R = SeedEntitiesTest.RECOGNIZER;

    private static List<Entity> fr(String text) {
        return R.recognize(text, null, "fr");
    }

    private static List<Entity> en(String text) {
        return R.recognize(text, null, "en");
    }

    /** The entity one of whose mentions is {@code surface}, or null. */
    private static Entity find(List<Entity> entities, String surface) {
        for (Entity e : entities) {
            if (e.aliases().contains(surface)) {
                return e;
            }
        }
        return null;
    }

    private static Entity require(List<Entity> entities, String surface, String type) {
        Entity e = find(entities, surface);
        assertNotNull(e, () -> "no entity for \"" + surface + "\" in " + entities);
        assertEquals(type, e.type(), () -> "type of " + e);
        return e;
    }

    private static void absent(List<Entity> entities, String surface) {
        for (Entity e : entities) {
            if (!e.type().equals("MISC")) {
                for (Mention m : e.mentions()) {
                    assertFalse(m.text().contains(surface), () -> "\"" + surface + "\" should not be in " + e);
                }
            }
        }
    }

    // --- people -------------------------------------------------------------------------------

    @Test
    void surnameAndTitlePrefixedMentionsJoinTheFullName() {
        List<Entity> es = fr("Vladimir Poutine a reçu vendredi son homologue au Kremlin. "
                + "« Nous avons beaucoup travaillé », a déclaré M. Poutine. Le président Poutine a ensuite quitté "
                + "la salle. Poutine a salué un accord historique.");
        Entity putin = require(es, "Vladimir Poutine", "PER");
        assertEquals("Vladimir Poutine", putin.name());
        assertEquals(4, putin.count());
        assertEquals(List.of("Poutine", "Vladimir Poutine"), putin.aliases());
        assertEquals(1, es.stream().filter(e -> e.type().equals("PER")).count(), es::toString);
    }

    @Test
    void unknownPeopleAreJoinedToTheirSurnameAndTitle() {
        List<Entity> es = fr("La juge Hélène Dufresnoy a rendu sa décision mardi. Selon Mme Dufresnoy, le dossier "
                + "est complet. Dufresnoy a refusé de commenter.");
        Entity judge = require(es, "Hélène Dufresnoy", "PER");
        assertEquals("Hélène Dufresnoy", judge.name());
        assertEquals(3, judge.count());
        absent(es, "Selon");
    }

    @Test
    void givenNamesAndTitlesMakePeople() {
        List<Entity> es = fr("Cette semaine, la Russie a été accusée par Ken McCallum, chef du renseignement "
                + "intérieur. McCallum a parlé de complots. Le porte-parole Arnaud Vergeron a démenti, "
                + "comme le sénateur Lefébure.");
        Entity ken = require(es, "Ken McCallum", "PER");
        assertEquals(2, ken.count());
        require(es, "Arnaud Vergeron", "PER");
        require(es, "Lefébure", "PER");
    }

    @Test
    void transliterationsOfOnePersonFoldTogether() {
        List<Entity> es = fr("Massoud Pezeshkian est arrivé à Moscou. Le président iranien Masoud Pezeshkian a "
                + "rencontré Sergueï Lavrov, que la presse anglophone appelle Sergei Lavrov. Viktor Orban, ou "
                + "Viktor Orbán, était absent.");
        Entity pezeshkian = require(es, "Massoud Pezeshkian", "PER");
        assertEquals("Masoud Pezeshkian", pezeshkian.name());
        assertEquals(List.of("Masoud Pezeshkian", "Massoud Pezeshkian"), pezeshkian.aliases());
        Entity lavrov = require(es, "Sergueï Lavrov", "PER");
        assertTrue(lavrov.aliases().contains("Sergei Lavrov"), lavrov::toString);
        assertEquals("Sergueï Lavrov", lavrov.name());
        Entity orban = require(es, "Viktor Orbán", "PER");
        assertEquals("Viktor Orban", orban.name());
        assertEquals(2, orban.count());
    }

    @Test
    void unknownTransliterationsFoldTogetherToo() {
        List<Entity> es = fr("Le général Sergueï Karatchenko a visité Minsk. Le lendemain, le général Sergei "
                + "Karachenko était à Moscou.");
        Entity general = require(es, "Sergueï Karatchenko", "PER");
        assertTrue(general.aliases().contains("Sergei Karachenko"), general::toString);
    }

    @Test
    void aSurnameTheGazetteerKnowsNamesTheArticlesOwnPerson() {
        List<Entity> es = en("Foreign Minister Simon Harris met his counterparts. Harris said talks went well.");
        Entity harris = require(es, "Harris", "PER");
        assertEquals("Simon Harris", harris.name());
        assertEquals(2, harris.count());
    }

    @Test
    void aLastNameUsedAloneMakesAPerson() {
        List<Entity> es = en("Lawyers for Virginia Giuffre filed the papers. Giuffre said she was relieved, and "
                + "the court in Manhattan agreed with Giuffre.");
        Entity giuffre = require(es, "Giuffre", "PER");
        assertEquals("Virginia Giuffre", giuffre.name());
        assertEquals(3, giuffre.count());
        require(es, "Manhattan", "LOC");
    }

    @Test
    void englishTitlesBeforeNamesAreNotNames() {
        List<Entity> es = en("Russian President Vladimir Putin met Iran's Foreign Minister Abbas Araghchi. "
                + "According to Reuters, Putin's spokesman Dmitry Peskov said nothing.");
        Entity putin = require(es, "Vladimir Putin", "PER");
        assertEquals("Vladimir Poutine", putin.name());
        assertEquals(2, putin.count());
        require(es, "Abbas Araghchi", "PER");
        require(es, "Dmitry Peskov", "PER");
        require(es, "Iran", "LOC");
        require(es, "Reuters", "ORG");
        absent(es, "Russian");
        absent(es, "President");
        absent(es, "According");
    }

    // --- organizations ------------------------------------------------------------------------

    @Test
    void acronymsJoinTheirExpansion() {
        List<Entity> es = fr("Pour faire pression sur l'UE, Minsk menace. La politique de l'Union européenne "
                + "divise les États membres.");
        Entity eu = require(es, "UE", "ORG");
        assertEquals("Union européenne", eu.name());
        assertEquals(List.of("UE", "Union européenne"), eu.aliases());

        List<Entity> unknown = fr("L'Association des maires ruraux de Bourgogne (AMRB) s'inquiète. Selon l'AMRB, "
                + "la réforme coûtera cher.");
        Entity amrb = require(unknown, "AMRB", "ORG");
        assertEquals("Association des maires ruraux de Bourgogne", amrb.name());
        assertEquals(3, amrb.count());
    }

    @Test
    void anAcronymJoinsAnExpansionGivenElsewhere() {
        List<Entity> es = fr("Le Conseil national des barreaux a saisi la justice. Le CNB estime que la loi est "
                + "contraire à la Constitution.");
        Entity cnb = require(es, "CNB", "ORG");
        assertEquals("Conseil national des barreaux", cnb.name());
        assertEquals(2, cnb.count());
    }

    @Test
    void organizationWordsMakeOrganizations() {
        List<Entity> es = fr("Le ministère russe de la Défense a publié un bilan. La Fondation Abbé Pierre "
                + "et le groupe Vinci ont réagi, tout comme Acme Holdings Ltd et le Parti radical de gauche.");
        require(es, "ministère russe de la Défense", "ORG");
        require(es, "Fondation Abbé Pierre", "ORG");
        require(es, "Vinci", "ORG");
        require(es, "Acme Holdings Ltd", "ORG");
        require(es, "Parti radical de gauche", "ORG");
    }

    @Test
    void theKremlinIsTheRussianGovernment() {
        List<Entity> es = fr("Le Kremlin n'a pas répondu. Selon le Kremlin, la visite est reportée.");
        Entity kremlin = require(es, "Kremlin", "ORG");
        assertEquals(2, kremlin.count());
    }

    @Test
    void mediaAndAgencies() {
        List<Entity> es = fr("Selon Euronews, citant l'agence TASS et Reuters, l'accord est signé. L'AFP et "
                + "Le Monde confirment. Tass cite aussi la BBC.");
        assertEquals(2, require(es, "TASS", "ORG").count());
        require(es, "Euronews", "ORG");
        require(es, "Reuters", "ORG");
        require(es, "AFP", "ORG");
        require(es, "Le Monde", "ORG");
        require(es, "BBC", "ORG");
        absent(es, "Selon");
    }

    @Test
    void aQuotedPhraseIsNotAnOrganization() {
        List<Entity> es = R.recognize("Poutine a déclaré vouloir créer un « Nouvel ordre mondial » avec ses alliés.",
                "« Nouvel ordre mondial » ? Poutine et Pezeshkian se rencontrent à Achgabat", "fr");
        absent(es, "Nouvel");
        absent(es, "ordre mondial");
        require(es, "Achgabat", "LOC");
        require(es, "Pezeshkian", "PER");
    }

    // --- places -------------------------------------------------------------------------------

    @Test
    void belarusHasOneName() {
        List<Entity> es = fr("Présent à Minsk, au Belarus, il a salué la Biélorussie. Le Bélarus est un allié.");
        Entity belarus = require(es, "Belarus", "LOC");
        assertEquals("Biélorussie", belarus.name());
        assertEquals(List.of("Belarus", "Biélorussie", "Bélarus"), belarus.aliases());
        assertEquals(3, belarus.count());
        require(es, "Minsk", "LOC");
    }

    @Test
    void sameEntitySameNameAcrossArticlesAndLanguages() {
        assertEquals(find(fr("Le sommet a lieu à Achgabat."), "Achgabat").name(),
                find(en("The summit takes place in Ashgabat."), "Ashgabat").name());
        assertEquals(find(fr("La Biélorussie proteste."), "Biélorussie").name(),
                find(en("Belarus protested."), "Belarus").name());
        assertEquals(find(fr("Les États-Unis et Kiev."), "États-Unis").name(),
                find(en("The United States and Kyiv."), "United States").name());
        assertEquals(find(fr("Les Etats-Unis et Kiev."), "Kiev").name(),
                find(en("The United States and Kyiv."), "Kyiv").name());
        assertEquals("Corée du Nord", find(en("North Korea fired a missile."), "North Korea").name());
        assertEquals("Royaume-Uni", find(en("The UK and Britain."), "UK").name());
        assertEquals("Moyen-Orient", find(en("Tension in the Middle East."), "Middle East").name());
    }

    @Test
    void placePrepositionsMakePlacesOfUnknownNames() {
        List<Entity> es = fr("La Russie a aidé l'Iran à construire sa centrale à Bouchkareh, près de Tabarzin. "
                + "Les combats continuent autour de Robotyne.");
        require(es, "Bouchkareh", "LOC");
        require(es, "Tabarzin", "LOC");
        require(es, "Robotyne", "LOC");
        require(es, "Russie", "LOC");
        require(es, "Iran", "LOC");
    }

    @Test
    void placeWordsMakePlaces() {
        List<Entity> es = fr("Les manifestants ont défilé rue de Rivoli puis devant le palais Bourbon. L'usine de "
                + "Poissy ferme. Le cortège est parti de la gare Saint-Lazare.");
        require(es, "rue de Rivoli", "LOC");
        require(es, "palais Bourbon", "LOC");
        require(es, "Poissy", "LOC");
        require(es, "gare Saint-Lazare", "LOC");
        List<Entity> english = en("Crowds gathered in Tahrir Square and near Victoria Station.");
        require(english, "Tahrir Square", "LOC");
        require(english, "Victoria Station", "LOC");
    }

    @Test
    void placesInsideTheNamesOfEventsAreNotPlaceMentions() {
        List<Entity> es = fr("Juliette Binoche a présidé le jury du Festival de Cannes, avant le Tour de France.");
        absent(es, "Cannes");
        absent(es, "France");
        require(es, "Juliette Binoche", "PER");
    }

    @Test
    void particlesAndAgesInsideAndAfterNames() {
        List<Entity> es = fr("L'entraîneur Roberto De Zerbi a regretté l'arbitrage. Selon De Zerbi, rien n'allait.");
        Entity coach = require(es, "Roberto De Zerbi", "PER");
        assertEquals(2, coach.count());
        List<Entity> english = en("The victim, Kwame Asante, 34, was taken to hospital.");
        require(english, "Kwame Asante", "PER");
    }

    @Test
    void aPersonAfterAPrepositionStaysAPerson() {
        List<Entity> es = fr("Masoud Pezeshkian est à Moscou. Poutine a déclaré à Pezeshkian que tout allait bien.");
        assertEquals(2, require(es, "Pezeshkian", "PER").count());
    }

    // --- what is not an entity ----------------------------------------------------------------

    @Test
    void sentenceInitialFunctionWordsAreNotEntities() {
        List<Entity> es = fr("Selon le texte, rien ne change. Lors de la conférence, il a parlé. Pour l'instant, "
                + "personne ne sait. Alors que Cette affaire dure, Il faut attendre. Première réunion depuis octobre.");
        assertTrue(es.isEmpty(), es::toString);
        assertTrue(en("According to the report, nothing changed. Meanwhile, the talks went on.").isEmpty());
    }

    @Test
    void demonymsAreNotPlaces() {
        List<Entity> es = fr("L'Iran est accusé par les Occidentaux. Ni les Russes, ni les Ukrainiens, ni les "
                + "Nord-Coréens ne sont visibles. Les Iraniens et les Azerbaïdjanais négocient. Le Russe Vladimir "
                + "Poutine a parlé.");
        for (String word : List.of("Occidentaux", "Russes", "Ukrainiens", "Nord-Coréens", "Iraniens",
                "Azerbaïdjanais", "Russe")) {
            absent(es, word);
        }
        require(es, "Iran", "LOC");
        require(es, "Vladimir Poutine", "PER");
        assertTrue(en("The Russians and the Iranians met the Americans.").isEmpty());
    }

    @Test
    void monthsWeekdaysAndBylinesAreNotEntities() {
        List<Entity> es = fr("Par Jean Dupont\nLundi 17 janvier, rien. Mardi, le Conseil a siégé. En Mars, on "
                + "verra.\nPhoto : AFP / Marie Durand");
        assertTrue(es.isEmpty(), es::toString);
    }

    @Test
    void compoundsOfTwoCountriesAreNotPlaces() {
        List<Entity> es = fr("Le traité Russie-Iran et les relations russo-iraniennes ont été évoqués à Téhéran.");
        absent(es, "Russie-Iran");
        require(es, "Téhéran", "LOC");
    }

    @Test
    void titleCaseHeadlinesOnlyKeepKnownNames() {
        List<Entity> es = R.recognize("Putin met Pezeshkian in Moscow on Friday.",
                "Putin Hosts Iranian President In Moscow As Western Sanctions Bite", "en");
        absent(es, "Hosts");
        absent(es, "Sanctions");
        absent(es, "Western");
        Entity moscow = require(es, "Moscow", "LOC");
        assertEquals(1, moscow.count());
        assertEquals(2, moscow.mentions().size());
    }

    // --- contract: offsets, counts, order, threads ---------------------------------------------

    @Test
    void offsetsPointAtTheMentionsInBodyAndTitle() {
        String title = "La Russie et l’Iran signent un accord";
        String body = "Vladimir Poutine a reçu Massoud Pezeshkian à Moscou.\n\nL’Iran et la Russie ont signé.";
        List<Entity> es = R.recognize(body, title, "fr");
        for (Entity e : es) {
            int inBody = 0;
            for (Mention m : e.mentions()) {
                String source = m.inTitle() ? title : body;
                assertEquals(m.text(), source.substring(m.start(), m.end()), e::toString);
                inBody += m.inTitle() ? 0 : 1;
            }
            assertEquals(inBody, e.count(), e::toString);
        }
        Entity iran = require(es, "Iran", "LOC");
        assertEquals(new Mention(15, 19, "Iran", true), iran.mentions().get(0));
        assertEquals(new Mention(56, 60, "Iran", false), iran.mentions().get(1));
        assertEquals(1, iran.count());
        Entity russie = require(es, "Russie", "LOC");
        assertEquals(title.indexOf("Russie"), russie.mentions().get(0).start());
        assertTrue(russie.mentions().get(0).inTitle());
    }

    @Test
    void titleOnlyEntitiesHaveNoBodyCount() {
        List<Entity> es = R.recognize("Le sommet s'est tenu hier.", "Sommet à Achgabat", "fr");
        Entity achgabat = require(es, "Achgabat", "LOC");
        assertEquals(0, achgabat.count());
        assertTrue(achgabat.mentions().get(0).inTitle());
    }

    @Test
    void resultIsSortedByCountThenName() {
        List<Entity> es = fr("Moscou, Téhéran, Moscou. Bruxelles et Budapest. Téhéran et Moscou.");
        List<Entity> sorted = new ArrayList<>(es);
        sorted.sort(Comparator.comparingInt(Entity::count).reversed().thenComparing(Entity::name));
        assertEquals(sorted, es);
        assertEquals("Moscou", es.get(0).name());
        assertEquals(List.of("Moscou", "Téhéran", "Bruxelles", "Budapest"), es.stream().map(Entity::name).toList());
    }

    @Test
    void emptyAndNullInputs() {
        assertTrue(R.recognize("", null, null).isEmpty());
        assertTrue(R.recognize(null, null, "fr").isEmpty());
        assertTrue(R.recognize("   \n\n ", "  ", "en").isEmpty());
        assertNull(find(R.recognize("a b c", null, "xx"), "a"));
    }

    @Test
    void concurrentCallsGiveTheSameResults() throws Exception {
        List<String> texts = List.of(
                SeedEntitiesTest.resource("000_abfb5332236406e8.body.txt"),
                SeedEntitiesTest.resource("003_17932364b9efe2c0.body.txt"),
                SeedEntitiesTest.resource("004_c32b9e3e03701077.body.txt"));
        List<List<Entity>> expected = texts.stream().map(t -> R.recognize(t, null, "fr")).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                int k = i % texts.size();
                futures.add(pool.submit(() -> R.recognize(texts.get(k), null, "fr").equals(expected.get(k))));
            }
            for (Future<Boolean> f : futures) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void typesAreTheFourOfTheContract() {
        Set<String> types = Set.of("PER", "ORG", "LOC", "MISC");
        for (String seed : SeedEntitiesTest.SEEDS) {
            for (Entity e : R.recognize(SeedEntitiesTest.resource(seed + ".body.txt"), null, "fr")) {
                assertTrue(types.contains(e.type()), e::toString);
                assertEquals(e.aliases().stream().sorted().distinct().toList(), e.aliases());
            }
        }
    }

    @Test
    void theTaggerFindsNamesNoTableKnows() {
        List<Entity> es = fr("Le défenseur Anselm Kowalczyk a rejoint les Falcons de Sacramento. Kowalczyk jouait "
                + "auparavant au Rapid Vienne.");
        Entity player = require(es, "Anselm Kowalczyk", "PER");
        assertEquals(List.of("Anselm Kowalczyk", "Kowalczyk"), player.aliases());
        require(es, "Falcons de Sacramento", "ORG");
        require(es, "Rapid Vienne", "ORG");
        assertNull(find(es, "Sacramento"));
        assertNull(find(es, "Vienne"));
    }

    @Test
    void theTaggerTypesPlacesKnownOnlyFromContext() {
        List<Entity> es = fr("Les combats ont repris autour de Misrata et de Chimkent. Frederick Griffith a publié "
                + "ses travaux en 1928. Le groupe Nordvik Energy a racheté Halvorsen Marine.");
        String[][] expected = {{"Misrata", "LOC"}, {"Chimkent", "LOC"}, {"Frederick Griffith", "PER"},
            {"Nordvik Energy", "ORG"}, {"Halvorsen Marine", "ORG"}};
        for (String[] name : expected) {
            require(es, name[0], name[1]);
        }
    }

    @Test
    void theTaggerIsForFrenchOnly() {
        String text = "Le groupe Nordvik Energy a racheté Halvorsen Marine.";
        assertNotNull(find(fr(text), "Halvorsen Marine"));
        assertNull(find(R.recognize(text, null, "de"), "Halvorsen Marine"));
    }
}
