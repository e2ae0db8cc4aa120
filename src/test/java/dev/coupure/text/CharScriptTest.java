package dev.coupure.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.Character.UnicodeScript;
import org.junit.jupiter.api.Test;

class CharScriptTest {

    @Test
    void everyCharacterOfThePlaneHasTheScriptUnicodeGivesIt() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            assertEquals(UnicodeScript.of(i), CharScript.of((char) i), "U+" + Integer.toHexString(i));
        }
    }

    @Test
    void namesTheScriptsOfCommonLetters() {
        assertEquals(UnicodeScript.LATIN, CharScript.of('é'));
        assertEquals(UnicodeScript.CYRILLIC, CharScript.of('ж'));
        assertEquals(UnicodeScript.HAN, CharScript.of('東'));
        assertEquals(UnicodeScript.HIRAGANA, CharScript.of('ひ'));
        assertEquals(UnicodeScript.COMMON, CharScript.of('7'));
        assertEquals(UnicodeScript.UNKNOWN, CharScript.of('\uD83D'));
    }
}
