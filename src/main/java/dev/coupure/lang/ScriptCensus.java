package dev.coupure.lang;

import dev.coupure.text.CharClass;
import dev.coupure.text.CharScript;
import java.lang.Character.UnicodeScript;

/**
 * How many letters of a text each script writes. Han and the two kana count as one writing system
 * (Japanese mixes them; Chinese uses Han alone), which the dominant script reports as {@code HAN}.
 */
final class ScriptCensus {

    /**
     * The share of kana among Han and kana letters above which a text is Japanese: Japanese prose holds
     * a third to a half of kana, Chinese at most a stray katakana name or mark.
     */
    private static final double JAPANESE_KANA_SHARE = 0.1;

    private static final UnicodeScript[] SCRIPTS = UnicodeScript.values();

    private final int[] counts = new int[SCRIPTS.length];
    private int letters;

    private ScriptCensus() {
    }

    static ScriptCensus of(CharSequence text) {
        ScriptCensus census = new ScriptCensus();
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            int flags = CharClass.of(c);
            if ((flags & CharClass.LETTER) != 0) {
                census.counts[CharScript.of(c).ordinal()]++;
                census.letters++;
            } else if ((flags & CharClass.SURROGATE) != 0 && Character.isHighSurrogate(c) && i + 1 < length
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                if (Character.isLetter(codePoint)) {
                    census.counts[UnicodeScript.of(codePoint).ordinal()]++;
                    census.letters++;
                }
            }
        }
        return census;
    }

    int letters() {
        return letters;
    }

    /** The script holding the most letters, Han and kana together as {@code HAN}; null without letters. */
    UnicodeScript dominant() {
        UnicodeScript best = null;
        int bestCount = 0;
        for (UnicodeScript script : SCRIPTS) {
            int n = count(script);
            if (n > bestCount && script != UnicodeScript.HIRAGANA && script != UnicodeScript.KATAKANA) {
                best = script;
                bestCount = n;
            }
        }
        return best;
    }

    /** Letters in this script; for {@code HAN}, in Han and kana. */
    int count(UnicodeScript script) {
        int n = counts[script.ordinal()];
        return script == UnicodeScript.HAN ? n + kana() : n;
    }

    double share(UnicodeScript script) {
        return letters == 0 ? 0 : count(script) / (double) letters;
    }

    /** The script whose language a Han text is in: kana for Japanese, else Han for Chinese. */
    UnicodeScript hanWritingSystem() {
        return kana() > JAPANESE_KANA_SHARE * count(UnicodeScript.HAN) ? UnicodeScript.HIRAGANA : UnicodeScript.HAN;
    }

    private int kana() {
        return counts[UnicodeScript.HIRAGANA.ordinal()] + counts[UnicodeScript.KATAKANA.ordinal()];
    }
}
