package dev.coupure.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Word tokens of a line. Letters and digits make words; apostrophes split French elisions
 * ("l'Iran" is "l" and "Iran") so that elided articles count as the function words they are.
 * Scripts written without spaces (Chinese, Japanese, Thai, ...) have no word boundaries a
 * tokenizer can see cheaply; {@link #weight} counts each of their characters as a word.
 */
public final class Tokens {

    /** No character: what follows the last one. */
    private static final int NONE = -1;

    private Tokens() {
    }

    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        scan(text.toCharArray(), text.length(), (start, end, hash) -> words.add(text.substring(start, end)));
        return words;
    }

    /**
     * The text's length in words: how many words {@link #words} would give, without making them,
     * plus one per character of a script written without spaces ({@link #isUnspaced}).
     */
    public static int weight(String text) {
        // One pass that counts where words start, by the rules of scan: it runs over every record's whole text.
        int n = text.length();
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int flags = CharClass.of(c);
            if ((flags & CharClass.UNSPACED) != 0) {
                count++;
                inWord = false;
            } else if ((flags & CharClass.WORD) != 0) {
                count += inWord ? 0 : 1;
                inWord = true;
            } else {
                inWord &= joins(c, i + 1 < n ? text.charAt(i + 1) : NONE);
            }
        }
        return count;
    }

    /** Receives the span {@code [start, end)} of each word a scan finds, and the word's {@link String#hashCode}. */
    interface SpanSink {
        void word(int start, int end, int hash);
    }

    /**
     * Finds the words of {@code cs[0, n)}, handing their spans to {@code out} unless it is null;
     * returns how many there are.
     */
    static int scan(char[] cs, int n, SpanSink out) {
        int count = 0;
        int i = 0;
        while (true) {
            while (i < n && !isWordChar(cs[i])) {
                i++;
            }
            if (i == n) {
                return count;
            }
            int start = i;
            // The hash is taken as the characters are read: a word is looked up by it, and a second pass would cost as much as this one.
            int hash = cs[i++];
            while (i < n && (isWordChar(cs[i]) || joins(cs[i], i + 1 < n ? cs[i + 1] : NONE))) {
                hash = 31 * hash + cs[i++];
            }
            count++;
            if (out != null) {
                out.word(start, i, hash);
            }
        }
    }

    /**
     * Whether {@code c}, inside a word, joins it to what follows: a hyphen before a letter
     * ("Nord-Coréens"); before a digit, a space or nothing it splits.
     */
    private static boolean joins(char c, int next) {
        return c == '-' && next != NONE && CharClass.is((char) next, CharClass.LETTER);
    }

    /** A letter, digit or mark of a script written with spaces. */
    private static boolean isWordChar(char c) {
        int flags = CharClass.of(c);
        return (flags & CharClass.WORD) != 0 && (flags & CharClass.UNSPACED) == 0;
    }

    /** A word of digits only ("2024", "٣"); true of the empty string, as of no digit it lacks. */
    public static boolean allDigits(String word) {
        return allDigits(word.toCharArray(), 0, word.length());
    }

    /** {@link #allDigits(String)} of the word {@code chars[from, to)}. */
    public static boolean allDigits(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!CharClass.is(chars[i], CharClass.DIGIT)) {
                return false;
            }
        }
        return true;
    }

    /** A letter or mark of Han, kana, Thai, Lao, Myanmar, Khmer or Tibetan. */
    public static boolean isUnspaced(char c) {
        return CharClass.is(c, CharClass.UNSPACED);
    }
}
