package dev.coupure.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ScriptCensusTest {

    @Test
    void countsLettersByScriptAndHanWithItsKana() {
        ScriptCensus census = ScriptCensus.of("Le marché 東京 はい, Москва 7");
        assertEquals(18, census.letters());
        assertEquals(UnicodeScript.LATIN, census.dominant());
        assertEquals(4, census.count(UnicodeScript.HAN));
        assertEquals(6, census.count(UnicodeScript.CYRILLIC));
        assertEquals(UnicodeScript.HIRAGANA, census.hanWritingSystem());
    }

    @Test
    void aSupplementaryLetterCountsOnceAndALoneSurrogateNotAtAll() {
        ScriptCensus census = ScriptCensus.of("\uD835\uDC00\uD83Da");
        assertEquals(2, census.letters());
        assertEquals(1, census.count(UnicodeScript.COMMON));
        assertEquals(1, census.count(UnicodeScript.LATIN));
    }

    /** The census counts what the text's code points say, letter by letter. */
    @Property(tries = 1000)
    void agreesWithTheCodePointsOfTheText(@ForAll("mixedText") String text) {
        Map<UnicodeScript, Integer> expected = new EnumMap<>(UnicodeScript.class);
        text.codePoints().filter(Character::isLetter).forEach(c -> expected.merge(UnicodeScript.of(c), 1, Integer::sum));
        ScriptCensus census = ScriptCensus.of(text);
        assertEquals(expected.values().stream().mapToInt(Integer::intValue).sum(), census.letters());
        for (UnicodeScript script : UnicodeScript.values()) {
            if (script != UnicodeScript.HAN) {
                assertEquals(expected.getOrDefault(script, 0), census.count(script), script.name());
            }
        }
    }

    @Provide
    Arbitrary<String> mixedText() {
        return Arbitraries.of("a", "É", "ж", "1", " ", "漢", "か", "カ", "ー", "\u0301", "ก", "\uD835", "\uDC00", "\uD83D",
                "\uDE00", "ß").list().ofMaxSize(30).map(parts -> String.join("", parts));
    }
}
