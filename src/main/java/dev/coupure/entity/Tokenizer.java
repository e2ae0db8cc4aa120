package dev.coupure.entity;

import dev.coupure.text.CharClass;
import dev.coupure.text.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into word and punctuation tokens with their offsets, in one pass over the
 * characters. Hyphens and apostrophes inside a word keep it whole ("Moyen-Orient", "Sana'a"),
 * except French elisions, which split off as words of their own ("l’Iran" is "l’" and "Iran"),
 * and the English possessive ("Putin's" is "Putin" and "'s"). Each token knows whether it opens
 * a sentence: after the start of a line, a full stop that does not end an abbreviation or an
 * initial, "!", "?", "…", ":" or an opening quotation mark.
 */
final class Tokenizer {

    private static final Set<String> ELISIONS = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu",
            "puisqu", "quoiqu", "presqu");

    /** Words after which a full stop does not end the sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("m", "mm", "mme", "mlle", "dr", "pr", "st", "ste", "mr", "mrs",
            "ms", "jr", "sr", "prof", "gen", "lt", "col", "sgt", "capt", "gov", "sen", "rep", "no", "vol", "cf", "av",
            "inc", "ltd", "co", "corp", "vs", "mgr", "me", "gal", "cdt");

    /** Arabic and other particles written before a hyphen and a capitalized name: "al-Assad". */
    private static final Set<String> NAME_PREFIXES = Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ben",
            "bin", "abu", "abou", "ibn", "ould", "ag");

    private static final byte PUNCTUATION_MARK = 0;
    private static final byte SPACE = 1;
    private static final byte LINE_BREAK = 2;
    /** A character of a word of a script written with spaces. */
    private static final byte WORD = 3;
    /** A character of a word of a script written without spaces (Han, Thai...): each run of them is a word. */
    private static final byte UNSPACED_WORD = 4;
    /**
     * The text and key of each punctuation character below {@code U+2070} (Latin, Greek, Cyrillic and
     * general punctuation), made once: an article has as many punctuation tokens as it has sentences and more.
     */
    private static final String[][] PUNCTUATION = new String[0x2070][];
    /** The kind of each Latin-1 character, read once per character of every text: most are Latin-1. */
    private static final byte[] LATIN_1_KINDS = new byte[256];

    static {
        for (char c = 0; c < LATIN_1_KINDS.length; c++) {
            LATIN_1_KINDS[c] = kindOf(c);
        }
        for (char c = 0; c < PUNCTUATION.length; c++) {
            if (kind(c) == PUNCTUATION_MARK) {
                String text = String.valueOf(c);
                PUNCTUATION[c] = new String[] {text, Fold.fold(text)};
            }
        }
    }

    private final String text;
    private final char[] cs;
    /** The words the tables know, looked up as they are read; null to read keys only. */
    private final Vocabulary vocabulary;
    private final List<Token> out;
    /** The folded characters of the word being read, for its look-up: grown to the longest word. */
    private char[] folded = new char[32];

    private Tokenizer(String text, Vocabulary vocabulary) {
        this.text = text;
        this.cs = text.toCharArray(); // most articles are not Latin-1: charAt would decode each char again
        this.vocabulary = vocabulary;
        this.out = new ArrayList<>(Math.max(16, text.length() / 5));
    }

    static List<Token> tokenize(String text) {
        return tokenize(text, null);
    }

    /** The tokens of a text, each word with what {@code vocabulary} knows of it ({@link Token#lexeme}). */
    static List<Token> tokenize(String text, Vocabulary vocabulary) {
        return new Tokenizer(text, vocabulary).tokens();
    }

    private List<Token> tokens() {
        int n = cs.length;
        int line = 0;
        boolean boundary = true;
        int i = 0;
        while (i < n) {
            char c = cs[i];
            byte kind = kind(c);
            if (kind == LINE_BREAK) {
                line++;
                boundary = true;
                i++;
                continue;
            }
            if (kind == SPACE) {
                i++;
                continue;
            }
            if (kind == WORD || kind == UNSPACED_WORD) {
                int s = i;
                // the modifier letter apostrophe is a letter: it is read into a word, not joined
                boolean apostrophe = c == '\u02BC';
                i++;
                while (i < n) {
                    char d = cs[i];
                    if (kind(d) == kind) {
                        apostrophe |= d == '\u02BC';
                        i++;
                    } else if (kind == WORD && isJoiner(d) && i + 1 < n && kind(cs[i + 1]) == WORD
                            && (isHyphen(d) || CharClass.is(cs[i - 1], CharClass.LETTER))) {
                        apostrophe |= isApostrophe(d);
                        i++;
                    } else {
                        break;
                    }
                }
                if (apostrophe) {
                    emitWord(s, i, line, boundary);
                } else {
                    out.add(word(s, i, line, boundary)); // most words: no elision or possessive to split off
                }
                boundary = false;
                continue;
            }
            // punctuation: one character per token
            boolean wasBoundary = boundary;
            out.add(punctuation(c, i, line));
            switch (c) {
                case '!', '?', '\u2026', ':', '\u00AB', '\u201C', '\u201E', '\u2039', '\u00BF', '\u00A1' -> boundary = true;
                case '"' -> boundary = wasBoundary || (i + 1 < n && isWordChar(cs[i + 1]));
                case '.' -> boundary = wasBoundary || !afterAbbreviation(out);
                default -> {
                    // other punctuation keeps the current state
                }
            }
            i++;
        }
        return out;
    }

    private static byte kind(char c) {
        return c < LATIN_1_KINDS.length ? LATIN_1_KINDS[c] : kindOf(c);
    }

    private static byte kindOf(char c) {
        if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
            return LINE_BREAK;
        }
        int flags = CharClass.of(c);
        if ((flags & CharClass.SPACE) != 0) {
            return SPACE;
        }
        if ((flags & CharClass.WORD) != 0) {
            return (flags & CharClass.UNSPACED) != 0 ? UNSPACED_WORD : WORD;
        }
        return PUNCTUATION_MARK;
    }

    private static Token punctuation(char c, int at, int line) {
        String[] known = c < PUNCTUATION.length ? PUNCTUATION[c] : null;
        String text = known != null ? known[0] : String.valueOf(c);
        String key = known != null ? known[1] : Fold.fold(text);
        return new Token(at, at + 1, text, key, false, false, false, false, false, false, line, null);
    }

    /** Emits a run of word characters, splitting elisions and possessives; only its first token may open a sentence. */
    private void emitWord(int s, int e, int line, boolean boundary) {
        int from = s;
        for (int k = s; k < e; k++) {
            char c = cs[k];
            if (isApostrophe(c)) {
                String prefix = Fold.fold(text.substring(from, k));
                if (ELISIONS.contains(prefix) && k + 1 < e) {
                    out.add(word(from, k + 1, line, boundary));
                    boundary = false;
                    from = k + 1;
                } else if (k + 2 == e && (cs[k + 1] == 's' || cs[k + 1] == 'S')) {
                    out.add(word(from, k, line, boundary));
                    out.add(new Token(k, e, text.substring(k, e), "'s", false, false, false, false, false, false, line,
                            null));
                    return;
                }
            }
        }
        out.add(word(from, e, line, boundary));
    }

    private Token word(int s, int e, int line, boolean sentenceStart) {
        if (folded.length < e - s) {
            folded = new char[Math.max(e - s, 2 * folded.length)];
        }
        int letters = 0;
        int uppers = 0;
        boolean digit = false;
        boolean hyphen = false;
        boolean ascii = true;
        // an ASCII word folds to its lower case (most words of most articles): folded, and hashed
        // for its look-up, as it is read
        int hash = 0;
        for (int k = s; k < e; k++) {
            char c = cs[k];
            ascii &= c < 0x80;
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            folded[k - s] = lower;
            hash = 31 * hash + lower;
            int flags = CharClass.of(c);
            if ((flags & CharClass.LETTER) != 0) {
                letters++;
                if ((flags & CharClass.UPPER) != 0) {
                    uppers++;
                }
            } else if ((flags & CharClass.DIGIT) != 0) {
                digit = true;
            } else if (isHyphen(c)) {
                hyphen = true;
            }
        }
        boolean cap = CharClass.is(cs[s], CharClass.UPPER);
        boolean upper = letters >= 2 && uppers == letters;
        if (!ascii) {
            return foldedWord(s, e, line, sentenceStart, cap, upper, digit, hyphen);
        }
        Vocabulary.Word lexeme = lookUp(e - s, hash);
        String known = lexeme == null ? null : lexeme.key();
        String t;
        String key;
        if (uppers == 0) {
            // a word in lower case is its own key, and a known one needs no string of its own
            t = known != null ? known : text.substring(s, e);
            key = t;
        } else {
            t = text.substring(s, e);
            key = known != null ? known : new String(folded, 0, e - s);
        }
        return new Token(s, e, t, key, true, cap || hyphen && prefixedName(t, key), upper, digit, hyphen, sentenceStart,
                line, lexeme);
    }

    /**
     * A word with a character beyond ASCII, which {@link Fold} reads: apart from {@link #word}, whose
     * every caller pays for the code it compiles, and most words are ASCII.
     */
    private Token foldedWord(int s, int e, int line, boolean sentenceStart, boolean cap, boolean upper, boolean digit,
            boolean hyphen) {
        String t = text.substring(s, e);
        String fold = Fold.fold(t);
        if (folded.length < fold.length()) {
            folded = new char[fold.length()];
        }
        fold.getChars(0, fold.length(), folded, 0);
        Vocabulary.Word lexeme = lookUp(fold.length(), fold.hashCode());
        String key = lexeme != null && lexeme.key() != null ? lexeme.key() : fold;
        return new Token(s, e, t, key, true, cap || hyphen && prefixedName(t, key), upper, digit, hyphen, sentenceStart,
                line, lexeme);
    }

    /** A particle in lower case joined to a capitalized name ("al-Assad"), which counts as capitalized. */
    private static boolean prefixedName(String t, String key) {
        int h = key.indexOf('-');
        return h > 0 && h + 1 < t.length() && NAME_PREFIXES.contains(key.substring(0, h))
                && Character.isUpperCase(t.charAt(h + 1));
    }

    /** What the vocabulary knows of the folded word {@code folded[0, length)}, whose hash is {@code hash}. */
    private Vocabulary.Word lookUp(int length, int hash) {
        return vocabulary == null ? null : vocabulary.find(folded, length, hash);
    }

    private static boolean afterAbbreviation(List<Token> out) {
        if (out.size() < 2) {
            return false;
        }
        Token prev = out.get(out.size() - 2);
        if (!prev.word || prev.end != out.get(out.size() - 1).start) {
            return false;
        }
        if (prev.text.length() == 1 && Character.isUpperCase(prev.text.charAt(0))) {
            return true; // an initial: "George W. Bush", "U.S."
        }
        return ABBREVIATIONS.contains(prev.key);
    }

    static boolean isWordChar(char c) {
        return CharClass.is(c, CharClass.WORD);
    }

    private static boolean isJoiner(char c) {
        return isHyphen(c) || isApostrophe(c);
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }
}
