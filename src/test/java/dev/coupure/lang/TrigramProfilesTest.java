package dev.coupure.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.coupure.text.ResourceLines;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The first pass's packed table and letter codes score every text exactly as the profiles file reads
 * (its README): the oracle below walks the text's code points and looks each lower-cased trigram up by
 * its string, the way the first pass did before its table was packed, and its scores must match to the bit.
 */
class TrigramProfilesTest {

    private static final TrigramProfiles PROFILES = TrigramProfiles.load();
    private static final Oracle ORACLE = new Oracle();
    private static final Set<UnicodeScript> SCRIPTS = EnumSet.of(UnicodeScript.LATIN, UnicodeScript.CYRILLIC,
            UnicodeScript.ARABIC, UnicodeScript.DEVANAGARI, UnicodeScript.THAI);

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en", "de", "tr", "no", "cs", "sv", "el"})
    void newsParagraphsScoreAsTheFileReads(String code) {
        assertSameScores(LanguageIdentifierTest.text(code));
    }

    @Test
    void textOfSeveralScriptsAndOddLettersScoresAsTheFileReads() {
        assertSameScores("L’équipe d’Istanbul a gagné 3–1 : İSTANBUL, ıslık, Straße, STRASSE, 50 \u212Aelvin,"
                + " \u212Bngström. Москва приняла решение, а Київ — ні. مرحبا بالعالم. नमस्ते दुनिया। สวัสดีครับ"
                + " 𝐀𝐁𝐂 dé\u0301jà 😀 vu \uD83D fin \uDE00 ǅemal ﬁnal");
    }

    @Test
    void aTextWithoutTrigramsScoresEveryLanguageAtItsFloor() {
        assertSameScores("");
        assertSameScores("Le 12 à 3 h");
    }

    @Test
    void lettersAreCodedByTheirLowerCaseAndOnlyListedOnesApart() {
        ProfileLetters letters = ProfileLetters.of(List.of("abc", "kéß"));
        assertEquals(letters.code('k'), letters.code('K'));
        assertEquals(letters.code('k'), letters.code('\u212A'));
        assertEquals(letters.code('é'), letters.code('É'));
        assertEquals(ProfileLetters.UNLISTED, letters.code('z'));
        assertEquals(ProfileLetters.UNLISTED, letters.code(0x1D400));
        assertEquals(ProfileLetters.NOT_A_LETTER, letters.code('1'));
        assertEquals(ProfileLetters.NOT_A_LETTER, letters.code('\u0301'));
        assertEquals(ProfileLetters.NOT_A_LETTER, letters.code(0x1F600));
        assertNotEquals(letters.code('a'), letters.code('b'));
    }

    @Property(tries = 1000)
    void scoresAsTheFileReads(@ForAll("mixedText") String text) {
        assertSameScores(text);
    }

    @Provide
    Arbitrary<String> mixedText() {
        return Arbitraries.of("a", "e", "n", "t", "r", "s", "i", "o", "E", "N", "T", "the", "ent", "ion", "der", "que",
                "é", "É", "ß", "İ", "ı", "I", "ç", "ø", "\u212A", "\u212B", "ǅ", "ﬁ", "д", "Д", "ов", "ب", "ال", "क",
                "ก", "1", " ", "'", "’", "-", "\u0301", "\uD835\uDC00", "\uD83D\uDE00", "\uD83D", "\uDE00")
                .list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    private static void assertSameScores(String text) {
        for (UnicodeScript script : SCRIPTS) {
            List<TrigramProfiles.Score> expected = ORACLE.scores(text, script);
            List<TrigramProfiles.Score> actual = PROFILES.rank(text, script, ORACLE.languages(), expected.size());
            assertEquals(expected, actual, script + " of \"" + text + "\"");
        }
    }

    /** The profiles file read the plain way: a string per trigram, a list of what it adds per language. */
    private static final class Oracle {

        private record Gain(int language, double gain) {
        }

        private final List<String> codes = new ArrayList<>();
        private final List<UnicodeScript> scripts = new ArrayList<>();
        private final Map<String, Double> floors = new HashMap<>();
        private final Map<String, List<Gain>> gains = new HashMap<>();

        Oracle() {
            List<String[]> listed = new ArrayList<>();
            for (String line : ResourceLines.read(TrigramProfiles.class, "trigram-profiles.tsv")) {
                String[] f = line.split("\t");
                if (codes.isEmpty() || !codes.get(codes.size() - 1).equals(f[0])) {
                    codes.add(f[0]);
                    scripts.add(UnicodeScript.valueOf(f[1]));
                }
                if (f.length < 4) {
                    floors.put(f[0], Double.parseDouble(f[2]));
                } else {
                    listed.add(f);
                }
            }
            for (String[] f : listed) {
                int language = codes.indexOf(f[0]);
                double gain = (int) Math.round(Double.parseDouble(f[2]) * 10) / 10.0 - floors.get(f[0]);
                for (String trigram : f[3].split(" ")) {
                    gains.computeIfAbsent(trigram, t -> new ArrayList<>()).add(new Gain(language, gain));
                }
            }
        }

        Set<String> languages() {
            return Set.copyOf(codes);
        }

        /** Every language of the script, best first, ties in the order of their codes. */
        List<TrigramProfiles.Score> scores(String text, UnicodeScript script) {
            double[] scores = new double[codes.size()];
            int trigrams = 0;
            int run = 0;
            int first = 0;
            int second = 0;
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                if (!Character.isLetter(c)) {
                    run = 0;
                    continue;
                }
                int third = Character.toLowerCase(c);
                if (++run >= 3) {
                    trigrams++;
                    for (Gain g : gains.getOrDefault(new String(new int[] {first, second, third}, 0, 3), List.of())) {
                        scores[g.language()] += g.gain();
                    }
                }
                first = second;
                second = third;
            }
            List<TrigramProfiles.Score> out = new ArrayList<>();
            for (int l = 0; l < codes.size(); l++) {
                if (scripts.get(l) == script) {
                    out.add(new TrigramProfiles.Score(codes.get(l),
                            scores[l] / Math.max(1, trigrams) + floors.get(codes.get(l))));
                }
            }
            out.sort(Comparator.comparingDouble((TrigramProfiles.Score s) -> -s.perTrigram())
                    .thenComparing(TrigramProfiles.Score::language));
            return out;
        }
    }
}
