package dev.coupure.lang;

import java.util.Arrays;
import java.util.Collection;

/**
 * The letters the trigram profiles are written in, each given a small code, so that a trigram packs into
 * an int of {@link #BITS} bits a letter and the first pass reads a table instead of asking
 * {@link Character} whether each character is a letter and what its lower case is. Immutable, thread-safe.
 */
final class ProfileLetters {

    /** Bits of one letter's code in a packed trigram. */
    static final int BITS = 10;
    /** Not a letter: it ends a run of letters. */
    static final int NOT_A_LETTER = 0;
    /** A letter no profile lists, whose trigrams are in no profile. */
    static final int UNLISTED = 1;
    private static final int FIRST_LISTED = 2;

    /** The listed letters (lower case), sorted: a listed letter's code is its index plus {@link #FIRST_LISTED}. */
    private final int[] listed;
    /**
     * The codes of the characters up to the highest listed letter, worked out at load: the ranked scripts'
     * letters are all below it. Characters above it are looked up on each call.
     */
    private final char[] codes;

    private ProfileLetters(int[] listed) {
        if (listed.length + FIRST_LISTED > 1 << BITS) {
            throw new IllegalStateException("more letters in the trigram profiles than " + BITS + " bits hold: "
                    + listed.length);
        }
        this.listed = listed;
        this.codes = new char[listed.length == 0 ? 0 : listed[listed.length - 1] + 1];
        for (int c = 0; c < codes.length; c++) {
            codes[c] = (char) lookUp(c);
        }
    }

    /** The letters of the given trigrams. */
    static ProfileLetters of(Collection<String> trigrams) {
        return new ProfileLetters(trigrams.stream().flatMapToInt(String::codePoints).distinct().sorted().toArray());
    }

    /**
     * The code of a code point as the profiles read it: {@link #NOT_A_LETTER}, {@link #UNLISTED}, or that of
     * its lower case among the listed letters.
     */
    int code(int codePoint) {
        return codePoint < codes.length ? codes[codePoint] : lookUp(codePoint);
    }

    /** The code of a listed letter (lower case); {@link #UNLISTED} for any other. */
    int ofListed(int letter) {
        int i = Arrays.binarySearch(listed, letter);
        return i < 0 ? UNLISTED : i + FIRST_LISTED;
    }

    private int lookUp(int codePoint) {
        return Character.isLetter(codePoint) ? ofListed(Character.toLowerCase(codePoint)) : NOT_A_LETTER;
    }
}
