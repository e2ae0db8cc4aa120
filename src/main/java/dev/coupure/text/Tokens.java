package dev.coupure.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Word tokens of a line. Letters and digits make words; apostrophes split French elisions
 * ("l'Iran" is "l" and "Iran") so that elided articles count as the function words they are.
 * Scripts written without spaces (Chinese, Japanese, Thai, ...) have no word boundaries a
 * tokenizer can see cheaply; {@link #unspacedChars} lets callers weigh them by characters.
 */
public final class Tokens {

    private Tokens() {
    }

    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean inWord = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK
                    || (c == '-' && start >= 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1)));
            if (inWord && !isUnspaced(c)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    /** Characters of scripts written without spaces between words. */
    public static int unspacedChars(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isUnspaced(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    public static boolean isUnspaced(char c) {
        if (c < '\u0E00') {
            return false; // below Thai: no script written without spaces (and the common case, cheaply)
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, MYANMAR, KHMER, TIBETAN -> Character.isLetter(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK;
            default -> false;
        };
    }
}
