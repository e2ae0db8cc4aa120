package dev.coupure.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The words of a text ({@link Tokens#words}) as spans of its characters: counted and looked up
 * ({@link WordTable}) without a string per word, which the line features would otherwise make for
 * every word of every line. As a list it makes each word's string when asked for it.
 */
public final class WordSpans extends AbstractList<String> implements RandomAccess {

    /** Made when first asked for: the sketch of a record reads the spans of its whole folded text, never the string. */
    private String text;
    private final char[] chars;
    /** The text's length: {@link #chars} may have spare room after it. */
    private final int length;
    /** Word k is {@code chars[bounds[3k], bounds[3k + 1])}, and its hash is {@code bounds[3k + 2]}. */
    private final int[] bounds;
    private final int size;

    private WordSpans(String text, char[] chars, int length, int[] bounds, int size) {
        this.text = text;
        this.chars = chars;
        this.length = length;
        this.bounds = bounds;
        this.size = size;
    }

    public static WordSpans of(String text) {
        char[] cs = text.toCharArray();
        return scan(text, cs, cs.length);
    }

    /**
     * The words of the text's {@link Fold#fold folded} form, which is {@link #text()}: scanned in
     * the array the text was folded into, with no copy of it.
     */
    public static WordSpans folded(String text) {
        Fold.Chars folded = Fold.chars(text);
        return scan(null, folded.chars(), folded.length());
    }

    /** The words of {@code text} (null: not made yet), whose characters are the first {@code length} of {@code cs}. */
    private static WordSpans scan(String text, char[] cs, int length) {
        // a word and the space after it take six characters on average: room enough for most lines
        Collector words = new Collector(length / 2 + 6);
        Tokens.scan(cs, length, words);
        return new WordSpans(text, cs, length, words.bounds, words.size);
    }

    private static final class Collector implements Tokens.SpanSink {
        int[] bounds;
        int size;

        Collector(int capacity) {
            bounds = new int[capacity];
        }

        @Override
        public void word(int start, int end, int hash) {
            if (3 * size + 3 > bounds.length) {
                bounds = Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[3 * size] = start;
            bounds[3 * size + 1] = end;
            bounds[3 * size + 2] = hash;
            size++;
        }
    }

    /** Word {@code k}'s first character in {@link #chars()}. */
    public int start(int k) {
        return bounds[3 * k];
    }

    /** The index after word {@code k}'s last character. */
    public int end(int k) {
        return bounds[3 * k + 1];
    }

    /** Word {@code k}'s {@link String#hashCode}, taken as it was scanned: for {@link WordTable#get(char[], int, int, int)}. */
    public int hash(int k) {
        return bounds[3 * k + 2];
    }

    /** The text the words are spans of. */
    public String text() {
        if (text == null) {
            text = new String(chars, 0, length);
        }
        return text;
    }

    /** The characters the spans index: the text's, then possibly spare room; not to be changed. */
    public char[] chars() {
        return chars;
    }

    @Override
    public String get(int k) {
        if (k < 0 || k >= size) {
            throw new IndexOutOfBoundsException(k);
        }
        return new String(chars, start(k), end(k) - start(k));
    }

    @Override
    public int size() {
        return size;
    }
}
