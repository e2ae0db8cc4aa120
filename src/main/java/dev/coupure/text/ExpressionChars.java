package dev.coupure.text;

/**
 * The characters a few {@code java.util.regex} constructs match (Java 17, without
 * UNICODE_CHARACTER_CLASS or DOTALL), for the scans that stand for expressions and must read a
 * line as they did: a scan that skips every space, or lets {@code .} cross a line, would not.
 */
public final class ExpressionChars {

    /** What {@code \s} matches: the six ASCII spaces, for the scans that list the characters they allow. */
    public static final String SPACES = " \t\n\u000B\f\r";

    private ExpressionChars() {
    }

    /** Whether {@code \s} matches the character: one of {@link #SPACES}, told without a search. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** What {@code \d} matches: an ASCII digit (a scan of digits must not take "٣" or "３" where the expression did not). */
    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether {@code \d} matches at {@code i}; false outside the text. */
    public static boolean isDigitAt(String text, int i) {
        return i >= 0 && i < text.length() && isDigit(text.charAt(i));
    }

    /** Past the spaces {@code \s*} takes from {@code from} on. */
    public static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether {@code text[start, end)} holds a character {@code .} does not match: one that ends a line. */
    public static boolean crossesLine(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
