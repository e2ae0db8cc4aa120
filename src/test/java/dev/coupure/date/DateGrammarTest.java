package dev.coupure.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateGrammarTest {

    private static final DateGrammar GRAMMAR = DateGrammar.load();
    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Locale PORTUGUESE = Locale.forLanguageTag("pt");

    // ---------------------------------------------------------------- whole lines

    @Test
    void loadsOnce() {
        assertSame(GRAMMAR, DateGrammar.load());
    }

    @Test
    void publishedThenModifiedOnOneLine() {
        String line = "Publié le 17 janvier 2025 à 10h32, mis à jour le 18 janvier 2025 à 08:15";
        List<DateMention> found = GRAMMAR.find(line, NumericOrder.DAY_FIRST);
        assertEquals(2, found.size(), found.toString());
        assertEquals("17 janvier 2025 à 10h32", found.get(0).text());
        assertEquals(DateRole.PUBLISHED, found.get(0).role());
        assertEquals(LocalTime.of(10, 32), found.get(0).time());
        assertEquals("18 janvier 2025 à 08:15", found.get(1).text());
        assertEquals(DateRole.MODIFIED, found.get(1).role());
        assertEquals(18, found.get(1).day());
    }

    @Test
    void aMonthGluedToItsDayIsReadWithOrWithoutTheOrdinal() {
        for (String line : new String[] {"Publié le 1erjanvier 2025", "Published 1stjanuary 2025", "Publié le 1janvier 2025",
                "Publié le 1\u1D49\u02B3janvier 2025", "Publié le 1. janvier 2025"}) {
            DateMention m = only(line, NumericOrder.DAY_FIRST);
            assertEquals(List.of(2025, 1, 1), List.of(m.year(), m.month(), m.day()), line);
        }
        assertTrue(GRAMMAR.findOrThrow("Rendez-vous le 1erjanvieristes", NumericOrder.DAY_FIRST).isEmpty());
    }

    @Test
    void numericPublishedAndUpdatedWithPipe() {
        String line = "Publié le 17/01/2025 à 10h32 | Mis à jour le 18/01/2025 à 08h15";
        List<DateMention> found = GRAMMAR.find(line, NumericOrder.DAY_FIRST);
        assertEquals(2, found.size(), found.toString());
        assertEquals(DateRole.PUBLISHED, found.get(0).role());
        assertEquals(DateRole.MODIFIED, found.get(1).role());
        assertTrue(found.get(0).numericOnly());
        assertTrue(found.get(1).numericOnly());
    }

    @Test
    void textualDatesAreNotNumericOnly() {
        DateMention m = only("17 janvier 2025", NumericOrder.DAY_FIRST);
        assertFalse(m.numericOnly());
        assertTrue(only("2025-01-17", NumericOrder.DAY_FIRST).numericOnly());
        assertTrue(only("17/01", NumericOrder.DAY_FIRST).numericOnly());
        assertFalse(only("il y a 3 heures", NumericOrder.DAY_FIRST).numericOnly());
    }

    @Test
    void severalMentionsComeLeftToRightWithTheirOffsets() {
        String line = "Du 3 mars 2025 (annoncé hier) au 17/04/2025, cf. July 2024 — il y a 2 jours";
        List<DateMention> found = GRAMMAR.find(line, NumericOrder.DAY_FIRST);
        assertEquals(List.of("3 mars 2025", "hier", "17/04/2025", "July 2024", "il y a 2 jours"),
                found.stream().map(DateMention::text).toList());
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).end() <= found.get(i).start());
        }
        for (DateMention m : found) {
            assertEquals(line.substring(m.start(), m.end()), m.text());
        }
    }

    @Test
    void offsetsPointIntoTheOriginalLineDespiteAccentsAndOddSpaces() {
        // Decomposed accents, a narrow no-break space and an emoji before the date.
        String line = "Publie\u0301 le\u202F\uD83D\uDCF0 17\u00A0fe\u0301vr. 2025 a\u0300 10h32";
        DateMention m = only(line, NumericOrder.DAY_FIRST);
        assertEquals("17\u00A0fe\u0301vr. 2025 a\u0300 10h32", m.text());
        assertEquals(2, m.month());
        assertEquals(LocalTime.of(10, 32), m.time());
    }

    @Test
    void longestMatchWins() {
        DateMention m = only("lundi 3 février 2025 à 14h05", NumericOrder.DAY_FIRST);
        assertEquals("lundi 3 février 2025 à 14h05", m.text());
        assertEquals(DayOfWeek.MONDAY, m.weekday());
    }

    @Test
    void anImpossibleDateHidesTheExpressionsInsideIt() {
        assertEquals(List.of(), GRAMMAR.find("mardi 31 février 2025", NumericOrder.DAY_FIRST));
        assertEquals(List.of(), GRAMMAR.find("Le 30 février 2024, rien.", NumericOrder.DAY_FIRST));
    }

    @Test
    void aWeekdayDecidesAnAmbiguousNumericOrder() {
        DateMention m = only("lundi 03/02/2025", NumericOrder.MONTH_FIRST);
        assertEquals(2, m.month());
        assertEquals(3, m.day());
    }

    @Test
    void aDisagreeingWeekdayIsKeptAsWritten() {
        DateMention m = only("lundi 17 janvier 2025", NumericOrder.DAY_FIRST);
        assertEquals(DayOfWeek.MONDAY, m.weekday());
        assertEquals(LocalDate.of(2025, 1, 17).getDayOfWeek(), DayOfWeek.FRIDAY);
    }

    @Test
    void relativeWithTimeAndDate() {
        DateMention m = only("yesterday at 5pm", NumericOrder.MONTH_FIRST);
        assertEquals(new RelativeDate(ChronoUnit.DAYS, -1), m.relative());
        assertEquals(LocalTime.of(17, 0), m.time());
        assertNull(m.day());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "Publié le", "Publié le ", "Mis à jour :", "Updated", "\uD800", "\uDC00\uD800",
            "\u0301\u0301", "17", "/", "1er", "h", "il y a", "ago", "2025-", "2025-01-", "T10:32Z"})
    void degenerateLinesGiveNothing(String line) {
        assertEquals(List.of(), GRAMMAR.findOrThrow(line, NumericOrder.DAY_FIRST));
    }

    @Test
    void nullIsTolerated() {
        assertEquals(List.of(), GRAMMAR.find(null, NumericOrder.DAY_FIRST));
        assertEquals(1, GRAMMAR.find("17/01/2025", null).size());
        assertEquals(Optional.empty(), GRAMMAR.fromUrl(null));
    }

    @Test
    void zones() {
        assertEquals(ZoneOffset.ofHours(1), only("17 janvier 2025 à 10h32 CET", NumericOrder.DAY_FIRST).offset());
        assertEquals(ZoneOffset.ofHours(2), only("17 juin 2025 à 10h32 CEST", NumericOrder.DAY_FIRST).offset());
        assertEquals(ZoneOffset.UTC, only("17 janvier 2025 à 10h32 UTC", NumericOrder.DAY_FIRST).offset());
        assertEquals(ZoneOffset.UTC, only("17 janvier 2025 à 10h32 GMT", NumericOrder.DAY_FIRST).offset());
        assertEquals(ZoneOffset.ofHours(1), only("17/01/2025 10:32 +01:00", NumericOrder.DAY_FIRST).offset());
        assertEquals(ZoneOffset.ofHours(2), only("17/01/2025 10:32 (UTC+2)", NumericOrder.DAY_FIRST).offset());
        assertEquals(ZoneOffset.UTC, only("2025-01-17T10:32:00Z", NumericOrder.DAY_FIRST).offset());
        DateMention et = only("Jan. 18, 2025, 8:15 a.m. ET", NumericOrder.MONTH_FIRST);
        assertTrue(et.text().endsWith("ET"));
        assertNull(et.offset());
        // French "est" ("is") after a time is not Eastern Standard Time.
        DateMention est = only("17 janvier 2025 à 10h32 est une heure", NumericOrder.DAY_FIRST);
        assertNull(est.offset());
        assertEquals("17 janvier 2025 à 10h32", est.text());
    }

    // ---------------------------------------------------------------- URLs

    @ParameterizedTest
    @CsvSource({
        "https://www.lemonde.fr/politique/article/2025/01/17/le-titre_6500000_823448.html, 2025-01-17",
        "https://example.com/2025/1/7/titre, 2025-01-07",
        "https://example.com/actu/2025-01-17/titre, 2025-01-17",
        "https://example.com/actu/titre-2025-01-17, 2025-01-17",
        "https://example.com/20250117/titre, 2025-01-17",
        "https://example.com/actu/article_20250117_abc.html, 2025-01-17",
        "https://example.com/actu/art-20250117103200.html, 2025-01-17",
        "/2025/01/17/, 2025-01-17",
        "https://example.com/2025/01/17/titre?id=20250117, 2025-01-17",
        "https://example.com/news/2025_01_17/x, 2025-01-17",
    })
    void urlsWithADay(String url, String expected) {
        assertEquals(Optional.of(LocalDate.parse(expected)), GRAMMAR.fromUrl(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://example.com/2025/01/titre",
        "https://example.com/2025/titre",
        "https://example.com/actu/123456789/titre",
        "https://example.com/actu/12345678/titre",
        "https://example.com/actu/20251317/titre",
        "https://example.com/actu/19900117/titre",
        "https://example.com/actu/20400117/titre",
        "https://example.com/2025/02/30/titre",
        "https://example.com/2025/01/17/titre-2025-01-18",
        "https://example.com/actu/20250117999999.html",
        "https://example.com/actu/120250117/titre",
        "https://example.com/p?id=1234567",
        "",
        "not a url",
        "https://20250117.example.com/titre",
    })
    void urlsWithoutAnUnambiguousDay(String url) {
        assertEquals(Optional.empty(), GRAMMAR.fromUrl(url));
    }

    // ---------------------------------------------------------------- properties: round trips

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between((int) LocalDate.of(1990, 1, 1).toEpochDay(),
                (int) LocalDate.of(2035, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
    }

    enum Shape {
        FR_LONG("d MMMM uuuu", Locale.FRENCH, NumericOrder.DAY_FIRST),
        FR_WEEKDAY("EEEE d MMMM uuuu", Locale.FRENCH, NumericOrder.DAY_FIRST),
        FR_WEEKDAY_CAPITAL("EEEE d MMMM uuuu", Locale.FRENCH, NumericOrder.DAY_FIRST),
        FR_SHORT("d MMM uuuu", Locale.FRENCH, NumericOrder.DAY_FIRST),
        FR_PUBLISHED("'Publié le' d MMMM uuuu 'à' H'h'mm", Locale.FRENCH, NumericOrder.DAY_FIRST),
        FR_UPDATED("'Mis à jour le' dd/MM/uuuu 'à' HH:mm", Locale.FRENCH, NumericOrder.DAY_FIRST),
        EN_LONG("MMMM d, uuuu", Locale.ENGLISH, NumericOrder.MONTH_FIRST),
        EN_SHORT("MMM d, uuuu", Locale.ENGLISH, NumericOrder.MONTH_FIRST),
        EN_SHORT_DOT("MMM'.' d, uuuu h:mm a", Locale.ENGLISH, NumericOrder.MONTH_FIRST),
        EN_DAY_FIRST("d MMMM uuuu", Locale.ENGLISH, NumericOrder.MONTH_FIRST),
        EN_WEEKDAY("EEEE, MMMM d, uuuu", Locale.ENGLISH, NumericOrder.MONTH_FIRST),
        EN_RFC_1123("EEE, d MMM uuuu HH:mm:ss 'GMT'", Locale.ENGLISH, NumericOrder.MONTH_FIRST),
        DE_LONG("EEEE, d. MMMM uuuu", Locale.GERMAN, NumericOrder.DAY_FIRST),
        ES_LONG("d 'de' MMMM 'de' uuuu", SPANISH, NumericOrder.DAY_FIRST),
        IT_LONG("d MMMM uuuu", Locale.ITALIAN, NumericOrder.DAY_FIRST),
        PT_LONG("d 'de' MMMM 'de' uuuu", PORTUGUESE, NumericOrder.DAY_FIRST),
        NL_LONG("d MMMM uuuu", DUTCH, NumericOrder.DAY_FIRST),
        NUM_DAY_FIRST("dd/MM/uuuu", Locale.ROOT, NumericOrder.DAY_FIRST),
        NUM_DAY_FIRST_SHORT("d/M/uuuu", Locale.ROOT, NumericOrder.DAY_FIRST),
        NUM_MONTH_FIRST("MM/dd/uuuu", Locale.ROOT, NumericOrder.MONTH_FIRST),
        NUM_DOTS("dd.MM.uuuu", Locale.ROOT, NumericOrder.DAY_FIRST),
        NUM_DASHES("dd-MM-uuuu", Locale.ROOT, NumericOrder.DAY_FIRST),
        NUM_TWO_DIGIT_YEAR("dd/MM/yy", Locale.ROOT, NumericOrder.DAY_FIRST),
        ISO_DATE("uuuu-MM-dd", Locale.ROOT, NumericOrder.DAY_FIRST),
        ISO_DATE_MONTH_FIRST("uuuu-MM-dd", Locale.ROOT, NumericOrder.MONTH_FIRST),
        ISO_DATE_TIME("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT, NumericOrder.DAY_FIRST);

        final DateTimeFormatter formatter;
        final NumericOrder order;

        Shape(String pattern, Locale locale, NumericOrder order) {
            this.formatter = DateTimeFormatter.ofPattern(pattern, locale);
            this.order = order;
        }
    }

    @Property(tries = 3000)
    void everyShapeReadsBackTheDate(@ForAll("dates") LocalDate date, @ForAll Shape shape,
            @ForAll @IntRange(min = 0, max = 23) int hour, @ForAll @IntRange(min = 0, max = 59) int minute) {
        OffsetDateTime at = date.atTime(hour, minute).atOffset(ZoneOffset.ofHours(1));
        String text = shape.formatter.format(at);
        if (shape == Shape.FR_WEEKDAY_CAPITAL) {
            text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
        if (shape == Shape.EN_SHORT_DOT) {
            text = text.replace("May.", "May"); // a full word, not an abbreviation
        }
        if (shape == Shape.FR_LONG && date.getDayOfMonth() == 1) {
            text = "1er" + text.substring(1);
        }
        DateMention m = only(text, shape.order);
        String what = shape + ": " + text + " -> " + m;
        assertEquals(date.getYear(), m.year(), what);
        assertEquals(date.getMonthValue(), m.month(), what);
        assertEquals(date.getDayOfMonth(), m.day(), what);
        if (shape.formatter.toString().contains("DayOfWeek")) {
            assertEquals(date.getDayOfWeek(), m.weekday(), what);
        } else {
            assertNull(m.weekday(), what);
        }
        switch (shape) {
            case FR_PUBLISHED, FR_UPDATED, EN_SHORT_DOT -> assertEquals(LocalTime.of(hour, minute), m.time(), what);
            case EN_RFC_1123 -> {
                assertEquals(LocalTime.of(hour, minute), m.time(), what);
                assertEquals(ZoneOffset.UTC, m.offset(), what);
            }
            case ISO_DATE_TIME -> {
                assertEquals(LocalTime.of(hour, minute), m.time(), what);
                assertEquals(ZoneOffset.ofHours(1), m.offset(), what);
            }
            default -> assertNull(m.time(), what);
        }
        DateRole role = shape == Shape.FR_PUBLISHED ? DateRole.PUBLISHED
                : shape == Shape.FR_UPDATED ? DateRole.MODIFIED : DateRole.NONE;
        assertEquals(role, m.role(), what);
        boolean numeric = shape.name().startsWith("NUM") || shape.name().startsWith("ISO") || shape == Shape.FR_UPDATED;
        assertEquals(numeric, m.numericOnly(), what);
        if (role == DateRole.NONE) {
            assertEquals(text, m.text(), what);
        }
    }

    @Property(tries = 1000)
    void aDateInsideASentenceIsFoundAtItsPlace(@ForAll("dates") LocalDate date) {
        String dateText = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH).format(date);
        String line = "Selon l'AFP, le sommet prévu le " + dateText + ", a réuni 47 chefs d'État (4,62 % de hausse).";
        DateMention m = only(line, NumericOrder.DAY_FIRST);
        assertEquals(dateText, m.text());
        assertEquals(line.indexOf(dateText), m.start());
        assertEquals(date, LocalDate.of(m.year(), m.month(), m.day()));
    }

    @Property(tries = 1000)
    void relativeAmountsReadBack(@ForAll @IntRange(min = 1, max = 999) int n,
            @ForAll("units") String unitWord) {
        String[] parts = unitWord.split("=");
        DateMention fr = only("il y a " + n + " " + parts[0], NumericOrder.DAY_FIRST);
        assertEquals(new RelativeDate(ChronoUnit.valueOf(parts[1]), -n), fr.relative());
    }

    @Provide
    Arbitrary<String> units() {
        return Arbitraries.of("secondes=SECONDS", "minutes=MINUTES", "min=MINUTES", "heures=HOURS", "h=HOURS",
                "jours=DAYS", "semaines=WEEKS", "mois=MONTHS", "ans=YEARS", "années=YEARS");
    }

    @Property(tries = 500)
    void englishAgoReadsBack(@ForAll @IntRange(min = 2, max = 999) int n,
            @ForAll("englishUnits") String unitWord) {
        String[] parts = unitWord.split("=");
        DateMention en = only(n + " " + parts[0] + " ago", NumericOrder.MONTH_FIRST);
        assertEquals(new RelativeDate(ChronoUnit.valueOf(parts[1]), -n), en.relative());
    }

    @Provide
    Arbitrary<String> englishUnits() {
        return Arbitraries.of("seconds=SECONDS", "minutes=MINUTES", "mins=MINUTES", "hours=HOURS", "hrs=HOURS",
                "days=DAYS", "weeks=WEEKS", "months=MONTHS", "years=YEARS");
    }

    @Property(tries = 2000)
    void urlsReadBack(@ForAll("urlDates") LocalDate date, @ForAll @IntRange(min = 0, max = 3) int form) {
        String url = switch (form) {
            case 0 -> String.format("https://www.example.fr/actu/%d/%02d/%02d/un-titre", date.getYear(),
                    date.getMonthValue(), date.getDayOfMonth());
            case 1 -> "https://example.com/" + date + "/un-titre";
            case 2 -> String.format("https://example.com/%d%02d%02d/", date.getYear(), date.getMonthValue(),
                    date.getDayOfMonth());
            default -> String.format("https://example.com/a/article_%d%02d%02d_1234.html", date.getYear(),
                    date.getMonthValue(), date.getDayOfMonth());
        };
        assertEquals(Optional.of(date), GRAMMAR.fromUrl(url), url);
    }

    @Provide
    Arbitrary<LocalDate> urlDates() {
        return Arbitraries.integers().between((int) LocalDate.of(1995, 1, 1).toEpochDay(),
                (int) LocalDate.of(2035, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
    }

    // ---------------------------------------------------------------- properties: never throws

    @Property(tries = 3000)
    void arbitraryStringsNeverThrow(@ForAll String line, @ForAll NumericOrder order) {
        checkWellFormed(line, GRAMMAR.findOrThrow(line, order));
        GRAMMAR.fromUrl(line);
    }

    @Property(tries = 5000)
    void dateLikeNoiseNeverThrows(@ForAll("dateNoise") String line, @ForAll NumericOrder order) {
        checkWellFormed(line, GRAMMAR.findOrThrow(line, order));
        GRAMMAR.fromUrl(line);
    }

    @Provide
    Arbitrary<String> dateNoise() {
        Arbitrary<String> token = Arbitraries.of("17", "1", "01", "31", "29", "2", "13", "2025", "1899", "2023", "25",
                "99", "0", "00", "123", "/", ".", "-", ":", ",", " ", "  ", "\u00A0", "\u202F", "\t", "janvier", "Janv.",
                "février", "févr", "mars", "Mar.", "May", "may", "sept.", "Jan", "January", "Mai", "März", "lundi",
                "Monday", "Fri,", "le", "1er", "1ᵉʳ", "th", "st", "de", "à", "a", "at", "um", "10h32", "10 h 32", "10h",
                "h", "H", "10:32", "10:32:15", "10.32", "Uhr", "AM", "p.m.", "pm", "UTC", "GMT", "CET", "EST", "ET", "+01:00",
                "+0100", "-05", "Z", "T", "t", "(", ")", "|", "il y a", "Il y a", "3", "un", "une", "heures", "h", "min", "ans",
                "jours", "ago", "hours", "an", "hier", "avant-hier", "aujourd'hui", "aujourd\u2019hui", "yesterday",
                "today", "Publié", "Publié le", "Mis à jour", "Updated:", "e\u0301", "\u0301", "\uD83D\uDCF0", "\uD800",
                "%", "€", "S-300", "ﬁ", "İ", "ß", "ǅ");
        return token.list().ofMaxSize(14).map(l -> String.join("", l));
    }

    @Property(tries = 1000)
    void mentionsAreAlwaysPossibleDates(@ForAll("numericNoise") String line, @ForAll NumericOrder order) {
        for (DateMention m : GRAMMAR.findOrThrow(line, order)) {
            if (m.month() != null) {
                assertTrue(m.month() >= 1 && m.month() <= 12, m.toString());
            }
            if (m.year() != null) {
                assertTrue(m.year() >= 1900 && m.year() <= 2099, m.toString());
            }
            if (m.year() != null && m.month() != null && m.day() != null) {
                LocalDate.of(m.year(), m.month(), m.day()); // throws when impossible
            }
            if (m.year() == null && m.month() != null && m.day() != null) {
                LocalDate.of(2024, m.month(), m.day());
            }
        }
    }

    @Provide
    Arbitrary<String> numericNoise() {
        Arbitrary<String> number = Arbitraries.integers().between(0, 40).map(String::valueOf);
        Arbitrary<String> padded = Arbitraries.integers().between(0, 40).map(i -> String.format("%02d", i));
        Arbitrary<String> year = Arbitraries.integers().between(1850, 2150).map(String::valueOf);
        Arbitrary<String> sep = Arbitraries.of("/", ".", "-", " ", " janvier ", " février ", " avril ", " ");
        return Combinators.combine(Arbitraries.oneOf(number, padded), sep, Arbitraries.oneOf(number, padded),
                sep, Arbitraries.oneOf(year, padded)).as((a, s1, b, s2, y) -> a + s1 + b + s2 + y);
    }

    private static void checkWellFormed(String line, List<DateMention> found) {
        int previousEnd = 0;
        for (DateMention m : found) {
            assertTrue(m.start() >= previousEnd, "overlap or disorder: " + found);
            assertTrue(m.start() < m.end() && m.end() <= line.length(), m.toString());
            assertEquals(line.substring(m.start(), m.end()), m.text());
            assertTrue(m.role() != null);
            previousEnd = m.end();
        }
    }

    private static DateMention only(String line, NumericOrder order) {
        List<DateMention> found = GRAMMAR.findOrThrow(line, order);
        assertEquals(1, found.size(), () -> "expected one mention in \"" + line + "\", got " + found);
        return found.get(0);
    }
}
