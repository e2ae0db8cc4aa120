package dev.coupure.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CharClassTest {

    @Test
    void everyCharacterOfThePlaneAgreesWithCharacter() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            String at = "U+" + Integer.toHexString(i);
            assertEquals(Character.isLetter(c), CharClass.is(c, CharClass.LETTER), at);
            assertEquals(Character.isDigit(c), CharClass.is(c, CharClass.DIGIT), at);
            assertEquals(Character.isUpperCase(c) || Character.isTitleCase(c), CharClass.is(c, CharClass.UPPER), at);
            assertEquals(Character.isWhitespace(c) || Character.isSpaceChar(c), CharClass.is(c, CharClass.SPACE), at);
            assertEquals(Character.isSurrogate(c), CharClass.is(c, CharClass.SURROGATE), at);
        }
    }

    @Test
    void scriptsWrittenWithoutSpacesAreMarked() {
        assertTrue(CharClass.is('東', CharClass.UNSPACED));
        assertTrue(CharClass.is('ひ', CharClass.UNSPACED));
        assertTrue(CharClass.is('ก', CharClass.UNSPACED));
        assertTrue(CharClass.is('ေ', CharClass.UNSPACED)); // a Myanmar vowel sign: a mark, not a letter
        assertFalse(CharClass.is('한', CharClass.UNSPACED));
        assertFalse(CharClass.is('é', CharClass.UNSPACED));
        assertFalse(CharClass.is('。', CharClass.UNSPACED)); // punctuation of those scripts is not a word character
    }

    @Test
    void marksAreMarks() {
        assertTrue(CharClass.is('\u0301', CharClass.MARK));
        assertFalse(CharClass.is('e', CharClass.MARK));
    }
}
