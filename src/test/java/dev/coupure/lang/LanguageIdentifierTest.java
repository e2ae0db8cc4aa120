package dev.coupure.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Texts written for these tests: one news paragraph, the same story, in each language. */
class LanguageIdentifierTest {

    static final String FRENCH = "Le conseil municipal a adopté jeudi soir un plan de rénovation des écoles primaires"
            + " de la ville, après plus de trois heures de débats parfois vifs. Les travaux commenceront à la rentrée"
            + " et dureront deux ans, selon la mairie.";
    static final String ENGLISH = "The city council adopted on Thursday night a plan to renovate the town's primary"
            + " schools, after more than three hours of sometimes heated debate. Work will begin in the autumn and"
            + " last two years, the mayor's office said.";
    static final String GERMAN = "Der Stadtrat hat am Donnerstagabend nach mehr als drei Stunden teils hitziger"
            + " Debatte einen Plan zur Sanierung der Grundschulen beschlossen. Die Arbeiten sollen im Herbst beginnen"
            + " und zwei Jahre dauern, teilte das Rathaus mit.";
    static final String TURKISH = "Belediye meclisi perşembe akşamı, üç saati aşan ve zaman zaman sert geçen"
            + " tartışmaların ardından şehirdeki ilkokulların yenilenmesi planını kabul etti. Belediyeye göre"
            + " çalışmalar sonbaharda başlayacak ve iki yıl sürecek.";
    static final String NORWEGIAN = "Bystyret vedtok torsdag kveld en plan for å pusse opp byens barneskoler, etter"
            + " mer enn tre timer med til tider opphetet debatt. Ifølge kommunen skal arbeidet starte til høsten og"
            + " vare i to år.";
    static final String CZECH = "Městské zastupitelstvo ve čtvrtek večer po více než třech hodinách místy vzrušené"
            + " debaty schválilo plán na rekonstrukci základních škol ve městě. Podle radnice práce začnou na podzim"
            + " a potrvají dva roky.";
    static final String SWEDISH = "Kommunfullmäktige antog på torsdagskvällen en plan för att renovera stadens"
            + " grundskolor, efter mer än tre timmars stundtals hetsig debatt. Enligt kommunen ska arbetet börja i"
            + " höst och pågå i två år.";
    static final String KOREAN = "시의회는 목요일 저녁 세 시간이 넘는 격렬한 토론 끝에 시내 초등학교를 보수하는 계획을"
            + " 통과시켰다. 시청에 따르면 공사는 올가을에 시작해 2년 동안 진행될 예정이다.";
    static final String JAPANESE = "市議会は木曜日の夜、三時間を超える議論の末に、市内の小学校を改修する計画を可決した。"
            + "市役所によると、工事は今年の秋に始まり、二年間続く予定だ。";
    static final String CHINESE = "市议会星期四晚上经过三个多小时的激烈辩论，通过了翻修市内小学的计划。"
            + "据市政府介绍，工程将于今年秋天开始，预计持续两年。索尼公司也派代表出席了会议。";
    static final String MYANMAR = "မြို့တော်ကောင်စီသည် ကြာသပတေးနေ့ ညနေတွင် မူလတန်းကျောင်းများကို ပြုပြင်ရန်"
            + " အစီအစဉ်ကို အတည်ပြုခဲ့သည်။";
    static final String KHMER = "ក្រុមប្រឹក្សាក្រុងបានអនុម័តផែនការជួសជុលសាលាបឋមសិក្សានៅល្ងាចថ្ងៃព្រហស្បតិ៍។";
    static final String GREEK = "Το δημοτικό συμβούλιο ενέκρινε την Πέμπτη το βράδυ σχέδιο για την ανακαίνιση των"
            + " δημοτικών σχολείων της πόλης.";

    private static final LanguageIdentifier ALL = LanguageIdentifier.all();

    @ParameterizedTest
    @CsvSource({"fr", "en", "de", "tr", "no", "cs", "sv"})
    void aNewsParagraphIsIdentifiedAmongEveryLanguageAndSaidToBeClear(String code) {
        LanguageGuess guess = ALL.identify(text(code));
        assertEquals(code, guess.code());
        assertTrue(guess.confidence() >= 0.9, code + ": " + guess.confidence());
    }

    @ParameterizedTest
    @CsvSource({"ko", "ja", "zh", "my", "km", "el"})
    void aScriptThatNamesOneLanguageDecidesAlone(String code) {
        LanguageGuess guess = ALL.identify(text(code));
        assertEquals(code, guess.code());
        assertTrue(guess.confidence() >= 0.9, code + ": " + guess.confidence());
    }

    @Test
    void hanWithAFewKanaIsStillChineseAndHanWithKanaIsJapanese() {
        String chineseWithABrand = CHINESE + "他说，ソニー的新产品将在本市生产，为年轻人提供更多就业机会，市民对此表示欢迎。";
        assertEquals("zh", ALL.identify(chineseWithABrand).code());
        assertEquals("ja", ALL.identify(JAPANESE).code());
    }

    @Test
    void unclearTextHasNoLanguage() {
        assertEquals(LanguageGuess.UNKNOWN, ALL.identify("12 345 — 67,8 %"));
        assertEquals(LanguageGuess.UNKNOWN, ALL.identify(""));
        // Two words could be any of several languages.
        assertNull(ALL.identify("Radio Nord").code());
        // Half French, half English: neither is the language of the text.
        assertNull(ALL.identify(FRENCH + " " + ENGLISH).code());
        assertNull(ALL.identify(ENGLISH + " " + FRENCH).code());
    }

    @Test
    void moreOfTheSameTextNeverLowersTheConfidence() {
        double last = 0;
        StringBuilder text = new StringBuilder();
        for (String sentence : FRENCH.split("(?<=\\.) ")) {
            text.append(sentence).append(' ');
            double confidence = ALL.identify(text.toString()).confidence();
            assertTrue(confidence >= last, text + ": " + confidence + " < " + last);
            last = confidence;
        }
    }

    @Test
    void candidatesNarrowTheAnswer() {
        LanguageIdentifier westEuropean = LanguageIdentifier.forLanguages(List.of("fr", "en", "de"));
        assertEquals("de", westEuropean.identify(GERMAN).code());
        assertNotEquals("tr", westEuropean.identify(TURKISH).code());
        assertNull(westEuropean.identify(KOREAN).code(), "Korean is not a candidate");
        assertEquals("tr", ALL.identify(TURKISH).code());
        // Norwegian is reported as "no" whichever of its codes is given.
        assertEquals("no", LanguageIdentifier.forLanguages(List.of("nb", "sv", "da")).identify(NORWEGIAN).code());
        assertEquals("my", LanguageIdentifier.forLanguages(List.of("my", "th")).identify(MYANMAR).code());
    }

    @Test
    void aSingleLanguageIsTakenAsGiven() {
        LanguageIdentifier french = LanguageIdentifier.forLanguages(List.of("fr"));
        assertEquals(new LanguageGuess("fr", 1.0), french.identify(ENGLISH));
        assertNull(french.identify("—").code());
    }

    @Test
    void unknownCodesAreRefusedWithTheirName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LanguageIdentifier.forLanguages(List.of("fr", "xx")));
        assertTrue(e.getMessage().contains("'xx'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LanguageIdentifier.forLanguages(List.of()));
    }

    @Test
    void everyLinguaLanguageAndScriptLanguageIsSupported() {
        List<String> codes = LanguageIdentifier.supportedCodes();
        assertTrue(codes.containsAll(List.of("fr", "tr", "no", "ko", "my", "km", "lo", "si", "bo", "el", "th")), codes.toString());
        assertTrue(!codes.contains("nb") && !codes.contains("nn"), codes.toString());
    }

    static String text(String code) {
        return switch (code) {
            case "fr" -> FRENCH;
            case "en" -> ENGLISH;
            case "de" -> GERMAN;
            case "tr" -> TURKISH;
            case "no" -> NORWEGIAN;
            case "cs" -> CZECH;
            case "sv" -> SWEDISH;
            case "ko" -> KOREAN;
            case "ja" -> JAPANESE;
            case "zh" -> CHINESE;
            case "my" -> MYANMAR;
            case "km" -> KHMER;
            case "el" -> GREEK;
            default -> throw new IllegalArgumentException(code);
        };
    }
}
