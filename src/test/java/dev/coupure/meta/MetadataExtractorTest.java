package dev.coupure.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coupure.clean.BlockClassifier;
import dev.coupure.doc.Decision;
import dev.coupure.clean.LinePatterns;
import dev.coupure.text.Normalizer;
import dev.coupure.text.PersonNames;
import dev.coupure.text.Segmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Authors and source read from classified hand-written dumps: a byline naming a publisher gives
 * the source's name, one naming people gives authors, a source line gives URL and domain.
 */
class MetadataExtractorTest {

    private static BlockClassifier classifier;
    private static MetadataExtractor extractor;

    @BeforeAll
    static void load() {
        LinePatterns patterns = LinePatterns.load();
        PersonNames names = PersonNames.load();
        classifier = BlockClassifier.standard(patterns, names);
        extractor = new MetadataExtractor(patterns, names);
    }

    private static final String TITLE_FR = "Grève des bus à Valmont : le réseau perturbé jusqu'à la fin de la semaine";
    private static final List<String> BODY_FR = List.of(
            "Les conducteurs du réseau de bus de Valmont ont cessé le travail lundi matin à l'appel de deux syndicats, "
                    + "qui réclament des effectifs supplémentaires et une meilleure prise en compte des horaires de nuit.",
            "Selon la direction du réseau, à peine un bus sur trois circulait en début d'après-midi. Les lignes qui "
                    + "desservent les lycées et l'hôpital ont été maintenues en priorité, avec des passages toutes les "
                    + "quarante minutes.",
            "« Nous avons prévenu la direction depuis des mois, mais rien n'a bougé », explique un conducteur présent "
                    + "devant le dépôt des Tilleuls, où une centaine de grévistes s'étaient rassemblés dans la matinée.",
            "Une nouvelle réunion entre les syndicats et la direction est prévue mercredi. En attendant, la mairie "
                    + "invite les habitants à privilégier le covoiturage et rappelle que les vélos en libre-service restent "
                    + "gratuits pendant la durée du mouvement.");

    private static final String TITLE_EN = "Coastal town of Bramley votes to restore its Victorian pier";
    private static final List<String> BODY_EN = List.of(
            "Residents of the coastal town of Bramley have voted by a large majority to restore the Victorian pier that "
                    + "has been closed to the public since a storm damaged its wooden deck three winters ago.",
            "The restoration is expected to cost about four million pounds, most of which will come from a heritage fund "
                    + "and a local appeal that has already raised more than two hundred thousand pounds from residents.",
            "Engineers will first replace the corroded iron supports under the seaward end of the pier, a task that "
                    + "can only be carried out at low tide during the calmer summer months of the coming two years.",
            "The town council said that the pier's café and amusement hall would reopen in stages, and that a small "
                    + "museum about the history of the seafront would be added in the former ticket office.");

    /** A dump: the lines before the title, the title, the lines between title and text, the text, the lines after it. */
    private static Metadata extract(List<String> top, String title, List<String> underTitle, List<String> body,
            List<String> end) {
        List<String> paragraphs = new ArrayList<>(top);
        paragraphs.add(title);
        paragraphs.addAll(underTitle);
        paragraphs.addAll(body);
        paragraphs.addAll(end);
        String text = String.join("\n\n", paragraphs) + "\n";
        List<Decision> decisions = classifier.classify(new Segmenter().segment(new Normalizer().normalize(text)));
        Metadata meta = extractor.extract(decisions, null);
        assertEquals(title, meta.title(), () -> "title not found" + dump(decisions));
        return meta;
    }

    private static Metadata french(List<String> top, List<String> underTitle, List<String> end) {
        return extract(top, TITLE_FR, underTitle, BODY_FR, end);
    }

    private static Metadata english(List<String> top, List<String> underTitle, List<String> end) {
        return extract(top, TITLE_EN, underTitle, BODY_EN, end);
    }

    private static String dump(List<Decision> decisions) {
        return decisions.stream()
                .map(d -> String.format("  %3d %-11s %-14s | %s", d.block().number(), d.label().id(),
                        d.kind() == null ? "-" : d.kind(), d.block().text()))
                .collect(Collectors.joining("\n", "\ndecisions:\n", "\n"));
    }

    @Test
    void publisherBylineGivesTheSourceNameNotAnAuthor() {
        Metadata meta = french(List.of(), List.of("Par Euronews", "Publié le 17/01/2025 à 10h32"), List.of());
        assertEquals(List.of(), meta.authors());
        assertEquals("Euronews", meta.source().name());
        assertEquals("text", meta.source().provenance().get("name"));
        assertNull(meta.source().url());
    }

    @Test
    void aNewspaperWithAnAgencyIsThePublisher() {
        Metadata meta = french(List.of(), List.of("Par Le Monde avec AFP", "Publié le 17/01/2025 à 10h32"), List.of());
        assertEquals(List.of(), meta.authors(), "Le Monde is a newspaper, not a person named Monde");
        assertEquals("Le Monde", meta.source().name());
    }

    @Test
    void aJournalistWritingForANewspaperIsTheAuthor() {
        Metadata meta = french(List.of(), List.of("Par Julien Durand pour Ouest-France", "Publié le 17/01/2025 à 10h32"),
                List.of());
        assertEquals(List.of("Julien Durand"), meta.authors());
        assertEquals("Ouest-France", meta.source().name());
    }

    @Test
    void aBylineSharingItsLineWithTheDatelineNamesTheAuthor() {
        assertEquals(List.of("Claire Dumoulin"),
                french(List.of(), List.of("Mardi 4 février 2025 - Par Claire Dumoulin"), List.of()).authors());
        assertEquals(List.of("Gérard Fontanel"),
                french(List.of(), List.of("Par Gérard Fontanel – Publié le 14 novembre 2008"), List.of()).authors());
    }

    @Test
    void aJobTitleAfterTheNameIsNotPartOfIt() {
        assertEquals(List.of("Sarah Collins"),
                english(List.of(), List.of("By Sarah Collins Staff writer", "September 18, 2025"), List.of()).authors());
    }

    @Test
    void theLegalNoticeAtTheFootOfThePageNamesThePublisher() {
        Metadata meta = french(List.of(), List.of("Publié le 17/01/2025 à 10h32"),
                List.of("Mentions légales", "© Le Figaro 2025. Tous droits réservés."));
        assertEquals("Le Figaro", meta.source().name());
    }

    @Test
    void aPhotographersCopyrightIsNoPublisher() {
        Metadata meta = french(List.of(), List.of("Publié le 17/01/2025 à 10h32"), List.of("© Jean Dupont"));
        assertNull(meta.source().name());
    }

    @Test
    void aRoleOrAPlaceNextToTheNameIsNoPublisher() {
        Metadata meta = french(List.of(), List.of("Par Jean Dupont, Valmont", "Publié le 17/01/2025 à 10h32"), List.of());
        assertEquals(List.of("Jean Dupont"), meta.authors());
        assertNull(meta.source().name());
    }

    @Test
    void aNameEndingWithAFullStopUnderTheTitleIsTheAuthor() {
        Metadata meta = french(List.of(), List.of("Marie Le Goff.", "Publié le 02/02/2025 à 07h45"), List.of());
        assertEquals(List.of("Marie Le Goff"), meta.authors());
    }

    @Test
    void personBylineGivesAnAuthor() {
        Metadata meta = french(List.of(), List.of("Par Jean Dupont", "Publié le 17/01/2025 à 10h32"), List.of());
        assertEquals(List.of("Jean Dupont"), meta.authors());
        assertNull(meta.source().name());
    }

    @Test
    void personBylineRightAboveTheTextGivesAnAuthor() {
        Metadata meta = french(List.of(), List.of("Par Jean Dupont"), List.of());
        assertEquals(List.of("Jean Dupont"), meta.authors());
        assertNull(meta.source().name());
    }

    @Test
    void personBylineWithARoleGivesTheName() {
        Metadata meta = french(List.of(), List.of("Par Jean Dupont, envoyé spécial à Valmont", "Publié le 17/01/2025 à 10h32"),
                List.of());
        assertEquals(List.of("Jean Dupont"), meta.authors());
    }

    @Test
    void twoPeopleInOneByline() {
        Metadata meta = english(List.of(), List.of("By Sarah Miller and John Smith", "Published January 17, 2025"), List.of());
        assertEquals(List.of("Sarah Miller", "John Smith"), meta.authors());
    }

    @Test
    void agencyBylineInEnglishGivesTheSourceName() {
        Metadata meta = english(List.of(), List.of("By Reuters"), List.of());
        assertEquals(List.of(), meta.authors());
        assertEquals("Reuters", meta.source().name());
    }

    @Test
    void englishPersonByline() {
        Metadata meta = english(List.of(), List.of("By John Smith"), List.of());
        assertEquals(List.of("John Smith"), meta.authors());
        assertNull(meta.source().name());
    }

    @Test
    void loneNameAboveTheTitleIsTheAuthor() {
        Metadata meta = french(List.of("Claire Martin"), List.of(), List.of());
        assertEquals(List.of("Claire Martin"), meta.authors());
        assertNull(meta.source().name());
    }

    @Test
    void runOfNamesIsSplitIntoPeople() {
        Metadata meta = english(List.of(), List.of("Maria Giulia Fink Jan Michael Marchart"), List.of());
        assertEquals(List.of("Maria Giulia Fink", "Jan Michael Marchart"), meta.authors());
    }

    @Test
    void runOfNamesStartingWithAnnaIsSplitIntoPeople() {
        Metadata meta = english(List.of(), List.of("Anna Giulia Fink Jan Michael Marchart"), List.of());
        assertEquals(List.of("Anna Giulia Fink", "Jan Michael Marchart"), meta.authors());
    }

    @Test
    void sourceLineGivesUrlAndDomain() {
        String url = "https://www.lemonde.fr/international/article/2025/01/17/x.html";
        Metadata meta = french(List.of(), List.of(), List.of("Source : " + url));
        assertEquals(url, meta.source().url());
        assertEquals("lemonde.fr", meta.source().domain());
        assertEquals("text", meta.source().provenance().get("url"));
        assertEquals("text", meta.source().provenance().get("domain"));
        assertNull(meta.source().name());
        assertEquals(List.of(), meta.authors());
    }

    @Test
    void noBylineNoSource() {
        Metadata meta = french(List.of(), List.of(), List.of());
        assertEquals(List.of(), meta.authors());
        assertNull(meta.source().name());
        assertNull(meta.source().url());
        assertNull(meta.source().domain());
    }
}
