package dev.coupure.text;

/**
 * Years of 1900 to 2099 written as words of their own, where the expression
 * {@code \b(19|20)\d{2}\b} finds them ("© 2025", "juin 2024,"), by a scan that agrees with it to
 * the character (the tests keep it as the oracle): the expression costs a look at every character
 * of a line, most of them no digit.
 */
public final class Years {

    private Years() {
    }

    /** Whether a year stands at {@code i}. */
    public static boolean isAt(String text, int i) {
        char c = text.charAt(i);
        return (c == '1' || c == '2') && i + 4 <= text.length() && (text.startsWith("19", i) || text.startsWith("20", i))
                && ExpressionChars.isDigit(text.charAt(i + 2)) && ExpressionChars.isDigit(text.charAt(i + 3))
                && WordBounds.opens(text, i) && WordBounds.closes(text, i + 4);
    }

    /** Whether a year stands anywhere in the text. */
    public static boolean mentioned(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isAt(text, i)) {
                return true;
            }
        }
        return false;
    }
}
