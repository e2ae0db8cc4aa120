package dev.coupure.text;

/**
 * The character properties the text scans ask of every character, looked up in a table of the
 * Basic Multilingual Plane made as characters are met ({@link Pages}). {@link Character}'s own tests walk Unicode's property
 * tables on each call; the scans call them several times per character of every line, which
 * showed as a tenth of the pipeline's time. Supplementary characters (surrogate halves here)
 * get no flag but {@link #SURROGATE}.
 */
public final class CharClass {

    public static final int LETTER = 1;
    public static final int DIGIT = 1 << 1;
    /** Upper or title case letter. */
    public static final int UPPER = 1 << 2;
    /** {@link Character#isWhitespace} or {@link Character#isSpaceChar}: any kind of space. */
    public static final int SPACE = 1 << 3;
    /** A non-spacing or combining spacing mark: part of the word it sits in. */
    public static final int MARK = 1 << 4;
    /** A letter or mark of a script written without spaces between words (see {@link Tokens#isUnspaced}). */
    public static final int UNSPACED = 1 << 5;
    public static final int SURROGATE = 1 << 6;
    /** What a word is made of: letters, digits and the marks that sit on them. */
    public static final int WORD = LETTER | DIGIT | MARK;

    private static final Pages<Page> PAGES = new Pages<>(Page::new);
    /** The first page, made at once and read without the page table: most characters of most texts are in it. */
    private static final byte[] LATIN_1 = new Page(0).flags;

    private static final class Page {
        final byte[] flags = new byte[256];

        Page(int number) {
            for (int i = 0; i < 256; i++) {
                flags[i] = (byte) compute((char) (number << 8 | i));
            }
        }
    }

    private CharClass() {
    }

    public static int of(char c) {
        return c < 256 ? LATIN_1[c] : PAGES.of(c).flags[c & 0xFF];
    }

    public static boolean is(char c, int flags) {
        return (of(c) & flags) != 0;
    }

    private static int compute(char c) {
        int flags = 0;
        if (Character.isLetter(c)) {
            flags |= LETTER;
        }
        if (Character.isDigit(c)) {
            flags |= DIGIT;
        }
        if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
            flags |= UPPER;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            flags |= SPACE;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
            flags |= MARK;
        }
        if (Character.isSurrogate(c)) {
            flags |= SURROGATE;
        }
        if (c >= '\u0E00' && (flags & (LETTER | MARK)) != 0) {
            flags |= switch (Character.UnicodeScript.of(c)) {
                case HAN, HIRAGANA, KATAKANA, THAI, LAO, MYANMAR, KHMER, TIBETAN -> UNSPACED;
                default -> 0;
            };
        }
        return flags;
    }
}
