package dev.coupure.text;

/**
 * Where {@code \b} of {@code java.util.regex} holds beside a word character, for the scans that
 * replace expressions using it and must agree with them to the character. Its rule (Java 17,
 * without UNICODE_CHARACTER_CLASS): a word is made of letters, digits and "_", and a non-spacing
 * mark counts as of the word when letters or digits stand before it, read back through any other
 * marks.
 */
public final class WordBounds {

    private WordBounds() {
    }

    /** Whether {@code \b} holds at {@code i} before a word character there: nothing of a word stands before it. */
    public static boolean opens(String text, int i) {
        if (i == 0) {
            return true;
        }
        int c = Character.codePointBefore(text, i);
        return !(isWord(c) || Character.getType(c) == Character.NON_SPACING_MARK && hasBase(text, i - 1));
    }

    /**
     * Whether {@code \b} holds at {@code i} after a word character before it: nothing of a word
     * stands at {@code i}. A mark there has that character as its base.
     */
    public static boolean closes(String text, int i) {
        if (i == text.length()) {
            return true;
        }
        int c = Character.codePointAt(text, i);
        return !(isWord(c) || Character.getType(c) == Character.NON_SPACING_MARK);
    }

    /**
     * Whether a letter or digit stands before the marks that end at {@code i}; code points read
     * from each char back, as the expression engine reads them (a surrogate half stops the search).
     */
    private static boolean hasBase(String text, int i) {
        for (int x = i; x >= 0; x--) {
            int c = Character.codePointAt(text, x);
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
    }

    private static boolean isWord(int c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
