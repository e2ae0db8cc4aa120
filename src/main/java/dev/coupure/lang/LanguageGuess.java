package dev.coupure.lang;

/**
 * A language identification.
 *
 * @param code ISO 639-1 code, or null when the text gives no reliable answer
 * @param confidence the detector's share of belief in that language, in [0, 1]
 */
public record LanguageGuess(String code, double confidence) {

    public static final LanguageGuess UNKNOWN = new LanguageGuess(null, 0);
}
