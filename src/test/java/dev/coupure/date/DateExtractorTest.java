package dev.coupure.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coupure.clean.BlockClassifier;
import dev.coupure.doc.Decision;
import dev.coupure.clean.LinePatterns;
import dev.coupure.text.Normalizer;
import dev.coupure.text.PersonNames;
import dev.coupure.text.Segmenter;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The date stage on whole dumps: which date is the publication date, and when there is none. */
class DateExtractorTest {

    private static BlockClassifier classifier;
    private static DateExtractor extractor;

    private static final String BODY = String.join("\n\n",
            "Le conseil municipal de Valmont a adopté jeudi soir un plan de rénovation des écoles primaires de la ville, "
                    + "après plus de trois heures de débats parfois vifs entre la majorité et l'opposition.",
            "Le projet prévoit de rénover six établissements d'ici à 2027, pour un coût total estimé à 14 millions d'euros, "
                    + "financé pour moitié par l'État et la région.",
            "Les travaux commenceront dès l'été prochain par l'école Jules-Ferry, la plus ancienne de la commune, dont la "
                    + "toiture menace de s'effondrer depuis plusieurs années selon les parents d'élèves.");

    @BeforeAll
    static void load() {
        classifier = BlockClassifier.standard(LinePatterns.load(), PersonNames.load());
        extractor = new DateExtractor(DateGrammar.load());
    }

    private static DateExtractor.Dates dates(String dump, String language, LocalDate reference, String url) {
        List<Decision> decisions = classifier.classify(new Segmenter().segment(new Normalizer().normalize(dump)));
        return extractor.extract(decisions, new DateExtractor.Context("archive/article.txt", url, language, reference,
                reference == null ? null : "reference"));
    }

    private static DateExtractor.Dates french(String header) {
        return dates("Valmont : les écoles rénovées d'ici à 2027\n\n" + header + "\n\n" + BODY, "fr", null, null);
    }

    @Test
    void aDatelineWithAKeywordIsThePublicationDate() {
        PublicationDate p = french("Publié le 17/01/2025 à 10h32").published();
        assertEquals("2025-01-17", p.date());
        assertEquals("day", p.precision());
        assertEquals("dateline", p.source());
        assertEquals("Publié le 17/01/2025 à 10h32", p.evidence());
        assertNull(p.datetime(), "10h32 without a zone: the offset would be a guess");
        assertEquals(0.95, p.confidence());
    }

    @Test
    void publishedAndUpdatedAreToldApart() {
        DateExtractor.Dates d = french("Publié le 17 janvier 2025 à 10h32\nMis à jour le 18 janvier 2025 à 08h15");
        assertEquals("2025-01-17", d.published().date());
        assertEquals("2025-01-18", d.modified().date());
    }

    @Test
    void anUpdateAloneIsNoPublicationDate() {
        DateExtractor.Dates d = french("Mis à jour le 18/01/2025 à 08:15");
        assertNull(d.published());
        assertEquals("2025-01-18", d.modified().date());
    }

    @Test
    void aCaptionDateIsAnEventNotThePublicationDate() {
        String dump = "Valmont : les écoles rénovées d'ici à 2027\n\n"
                + "Le maire de Valmont lors de l'inauguration d'une école, mercredi 23 octobre 2024. Photo : AFP\n\n"
                + "Publié le\n\n" + BODY;
        assertNull(dates(dump, "fr", null, null).published());
    }

    @Test
    void aDateInTheMiddleOfTheTextIsAnEvent() {
        String dump = "Valmont : les écoles rénovées d'ici à 2027\n\n" + BODY
                + "\n\nLa précédente rénovation, achevée le 3 mars 2019, n'avait concerné que deux écoles de la ville.";
        assertNull(dates(dump, "fr", null, null).published());
    }

    @Test
    void aDeicticDayInTheLeadTakesItsYearFromItsWeekday() {
        String dump = "Valmont : les écoles rénovées\n\n"
                + "Le conseil municipal de Valmont a adopté ce vendredi 17 janvier un plan de rénovation des écoles, "
                + "après la fermeture d'une classe en octobre 2024 pour raisons de sécurité.\n\n" + BODY;
        PublicationDate p = dates(dump, "fr", null, null).published();
        assertNotNull(p);
        assertEquals("2025-01-17", p.date(), "17 January is a Friday in 2025, the year after the latest one mentioned");
        assertEquals("text", p.source());
        assertTrue(p.confidence() < 0.85);
    }

    @Test
    void aYearlessDayWithNoWeekdayAndNoAnchorGivesNoDate() {
        assertNull(french("17 janvier").published());
    }

    @Test
    void aRelativeDateNeedsAReference() {
        assertNull(french("Publié hier à 17h30").published());
        PublicationDate p = dates("Valmont : les écoles rénovées d'ici à 2027\n\nPublié hier à 17h30\n\n" + BODY, "fr",
                LocalDate.of(2025, 1, 18), null).published();
        assertEquals("2025-01-17", p.date());
        assertEquals("reference", p.source());
    }

    @Test
    void hoursAgoFromAReferenceKnownOnlyToTheDayGiveNoDate() {
        assertNull(dates("Valmont : les écoles rénovées d'ici à 2027\n\nPublié il y a 3 heures\n\n" + BODY, "fr",
                LocalDate.of(2025, 1, 18), null).published(), "three hours before an unknown time may be the day before");
    }

    @Test
    void hierIsYesterdayOnlyInFrench() {
        String dump = "Valmont renoviert seine Schulen\n\nSie befinden sich hier: Startseite\n\n"
                + "Der Stadtrat von Valmont hat am Donnerstagabend einen Plan zur Renovierung der Grundschulen beschlossen, "
                + "nach mehr als drei Stunden teils hitziger Debatten zwischen Mehrheit und Opposition.\n\n"
                + "Das Projekt sieht vor, bis 2027 sechs Schulen zu renovieren, und kostet nach Schätzungen rund 14 Millionen Euro.";
        assertNull(dates(dump, "de", LocalDate.of(2024, 4, 29), null).published());
    }

    @Test
    void anEnglishNumericDateWhoseOrderThePageNeverShowsIsNotUsed() {
        String header = "Published 01/02/2025";
        String dump = "Valmont votes to renovate its schools\n\n" + header + "\n\n"
                + "The city council of Valmont on Thursday night adopted a plan to renovate the town's primary schools, "
                + "after more than three hours of sometimes heated debate between the majority and the opposition.\n\n"
                + "The project plans to renovate six schools by 2027 at an estimated cost of 14 million euros, half of it "
                + "paid for by the state and the region.";
        assertNull(dates(dump, "en", null, null).published(), "1 February or 2 January: a guess");
        assertEquals("2025-01-02", dates(dump.replace(header, header + "\nUpdated 01/25/2025"), "en", null, null)
                .published().date(), "01/25/2025 shows the page writes the month first");
    }

    @Test
    void withoutAnyDatelineTheUrlDateIsUsed() {
        PublicationDate p = dates("Valmont : les écoles rénovées d'ici à 2027\n\n" + BODY, "fr", null,
                "https://www.example.fr/politique/2025/01/17/valmont-ecoles.html").published();
        assertEquals("2025-01-17", p.date());
        assertEquals("url", p.source());
    }

    @Test
    void aFileNameDateIsOnlyAReference() {
        assertEquals(java.util.Optional.of(LocalDate.of(2025, 1, 17)), DateExtractor.fileDate("archive/2025-01-17_valmont.txt"));
        assertNull(dates("Valmont : les écoles rénovées d'ici à 2027\n\n" + BODY, "fr", null, null).published());
    }

    @Test
    void anEmbeddedPostIsDatedWhenItWasPostedNotTheArticle() {
        String dump = "Valmont : les écoles rénovées d'ici à 2027\n\n"
                + "— Mairie de Valmont (@MairieValmont) January 16, 2025\n\n" + BODY;
        assertNull(dates(dump, "fr", null, null).published());
    }

    @Test
    void aPhraseBeforeADateIsItsLastWordOrItsLastTwo() {
        java.util.Set<String> phrases = java.util.Set.of("a jour", "hier", "aujourd'hui");
        assertTrue(DateExtractor.endsWithPhrase("derniere mise a jour : ", phrases));
        assertTrue(DateExtractor.endsWithPhrase("publie hier, ", phrases));
        assertTrue(DateExtractor.endsWithPhrase("aujourd'hui (", phrases));
        assertTrue(DateExtractor.endsWithPhrase("mise-a-jour ", phrases), "a hyphen splits words");
        assertFalse(DateExtractor.endsWithPhrase("la mise a jour du ", phrases));
        assertFalse(DateExtractor.endsWithPhrase("hier soir ", phrases));
        assertFalse(DateExtractor.endsWithPhrase(" , ", phrases));
    }

    /** The words before a date as they were cut before: the last one or two pieces between runs of non-letters. */
    @Property(tries = 3000)
    void aPhraseBeforeADateIsReadAsTheSplitReadIt(@ForAll("beforeDates") String before, @ForAll("phraseSets") java.util.Set<String> phrases) {
        String[] words = before.split("[^\\p{L}']+");
        boolean split = false;
        for (int n = 1; n <= 2 && n <= words.length; n++) {
            StringBuilder phrase = new StringBuilder();
            for (int k = words.length - n; k < words.length; k++) {
                phrase.append(phrase.length() == 0 ? "" : " ").append(words[k]);
            }
            split |= phrases.contains(phrase.toString());
        }
        assertEquals(split, DateExtractor.endsWithPhrase(before, phrases), before + " " + phrases);
    }

    @Provide
    Arbitrary<String> beforeDates() {
        return Arbitraries.of("hier", "a", "jour", "l'", "'", " ", "  ", ",", "-", ":", "(", "1", "\u00E9", "\u00A0",
                "\uD835\uDC4E", "\uD835", "\uDC4E", "\u0663", "\t").list().ofMaxSize(8).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<java.util.Set<String>> phraseSets() {
        return Arbitraries.of("", "hier", "a", "jour", "a jour", "hier a", "l'", "l' hier", "'", "\u00E9", "\uD835\uDC4E",
                "a \uD835\uDC4E", "jour hier", "hier jour").set().ofMaxSize(4);
    }

    @Test
    void aFileNameIsSearchedAfterAnImpossibleDateNotInsideIt() {
        assertEquals(java.util.Optional.empty(), DateExtractor.fileDate("2019-2025-1201.txt"),
                "2019-20-25 is impossible, and 2025-12-01 starts inside it");
        assertEquals(java.util.Optional.of(LocalDate.of(2025, 12, 1)), DateExtractor.fileDate("2019-2025_x_2025-12-01.txt"));
    }

    /** The date of a file name is the first valid one a search of the expression finds. */
    @Property(tries = 3000)
    void aFileDateIsTheFirstValidDateASearchFinds(@ForAll("fileNames") String name) {
        java.util.regex.Matcher m = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[-_.]?(\\d{2})[-_.]?(\\d{2})(?!\\d)").matcher(name);
        java.util.Optional<LocalDate> searched = java.util.Optional.empty();
        while (searched.isEmpty() && m.find()) {
            try {
                searched = java.util.Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            } catch (java.time.DateTimeException e) {
                // an impossible date: the search goes on after it
            }
        }
        assertEquals(searched, DateExtractor.fileDate("dumps/" + name), name);
    }

    @Provide
    Arbitrary<String> fileNames() {
        return Arbitraries.of("19", "20", "2019", "2025", "01", "12", "13", "31", "1", "0", "9", "-", "_", ".", "x",
                "\u0663", "\uFF12", "txt").list().ofMaxSize(10).map(parts -> String.join("", parts));
    }

    @Test
    void aLabelGluedToItsDateIsReadAsSeparate() {
        assertEquals("Updated 20:49, 5 Aug 2024", DateExtractor.unglued("Updated20:49, 5 Aug 2024"));
        assertEquals("S-300 et COVID-19", DateExtractor.unglued("S-300 et COVID-19"));
        assertEquals("Publiziert 17. Dezember", DateExtractor.unglued("Publiziert17. Dezember"));
    }

    @Property(tries = 500)
    void ungluingSplitsADigitFromThreeLowerCaseLettersBeforeIt(@ForAll("gluedText") String text) {
        assertEquals(text.replaceAll("(?<=\\p{Ll}{3})(?=\\d)", " "), DateExtractor.unglued(text));
    }

    @Provide
    Arbitrary<String> gluedText() {
        return Arbitraries.of("a", "é", "B", "1", "9", "0", " ", "-", "\uD835\uDC4E", "\uD835", "\uDC4E", "ß", "\u01C5", "ª")
                .list().ofMaxSize(12)
                .map(parts -> String.join("", parts));
    }
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

    @Property(tries = 3000)
    void aYearIsFoundWhereTheExpressionFindsOne(@ForAll("yearLike") String text) {
        assertEquals(ANY_YEAR.matcher(text).find(), DateExtractor.mentionsYear(text), text);
    }

    @Test
    void aYearIsFourDigitsOfTheirOwn() {
        assertTrue(DateExtractor.mentionsYear("Publié le 17 janvier 2025"));
        assertTrue(DateExtractor.mentionsYear("en 1998,"));
        assertTrue(DateExtractor.mentionsYear("2025-01-17"));
        assertFalse(DateExtractor.mentionsYear("12 000 habitants, 20251 votes"));
        assertFalse(DateExtractor.mentionsYear("l'an 1848 et 2100"));
        assertFalse(DateExtractor.mentionsYear(""));
    }

    @Provide
    Arbitrary<String> yearLike() {
        return Arbitraries.of("1", "2", "0", "9", "19", "20", "2025", "1998", " ", "\u00A0", "-", ".", "/", "é", "a", "\u0663",
                "\uFF12").list().ofMaxSize(10).map(parts -> String.join("", parts));
    }
}
