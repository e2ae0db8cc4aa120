package dev.coupure.entity;

/**
 * A word or punctuation token with its character offsets and shape. Immutable, but for the
 * classes of its word, which the {@link Lexicon} of the analysis that reads it keeps there.
 */
final class Token {

    final int start;
    final int end;
    final String text;
    /** Folded form (see {@link dev.coupure.text.Fold}): lower case, no accents, plain apostrophes. */
    final String key;
    final boolean word;
    /** Starts with an upper-case letter, or is a particle-prefixed name ("al-Assad"). */
    final boolean cap;
    /** At least two letters, all upper case. */
    final boolean upper;
    final boolean digit;
    /** Hyphenated word ("Nord-Coréens", "Russie-Iran"). */
    final boolean hyphen;
    /** First word of a sentence, a line, or a quotation. */
    final boolean sentenceStart;
    /** Index of the line (paragraph) of the token: names never run across lines. */
    final int line;
    /**
     * What the tables know of the word, when it was read with a {@link Vocabulary}
     * ({@link Vocabulary#UNLISTED} for a word they do not know); null for punctuation and for a
     * word read without one.
     */
    final Vocabulary.Word lexeme;
    /** {@link Lexicon#classes}, -1 until asked. */
    int classes = -1;

    Token(int start, int end, String text, String key, boolean word, boolean cap, boolean upper, boolean digit,
            boolean hyphen, boolean sentenceStart, int line, Vocabulary.Word lexeme) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.key = key;
        this.word = word;
        this.cap = cap;
        this.upper = upper;
        this.digit = digit;
        this.hyphen = hyphen;
        this.sentenceStart = sentenceStart;
        this.line = line;
        this.lexeme = lexeme;
    }

    boolean is(String folded) {
        return key.equals(folded);
    }

    @Override
    public String toString() {
        return text;
    }
}
