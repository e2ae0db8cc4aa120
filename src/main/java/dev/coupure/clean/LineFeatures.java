package dev.coupure.clean;

import dev.coupure.doc.Block;
import dev.coupure.text.WordSpans;
import java.util.Optional;

/**
 * What the classifier knows about one line, computed from the line and the whole document
 * but before any decision. Ratios are in [0, 1].
 *
 * @param line the line
 * @param folded its {@link dev.coupure.text.Fold folded} text
 * @param words folded word tokens
 * @param weight the line's size in words; a character of an unspaced script counts for half a word
 * @param endsSentence ends with sentence punctuation (possibly inside closing quotes)
 * @param stopwordRatio share of words that are function words of the document's language
 * @param capitalizedRatio share of words starting with a capital letter
 * @param digitRatio share of letters and digits that are digits
 * @param interfaceRatio share of words that are web-interface vocabulary
 * @param lexicon the web-phrase lexicon's verdict, if the line is in it
 * @param pattern a hard pattern's kind (separator, captcha, credit, source-line, url), or null
 * @param duplicateOf index of an earlier line with the same folded text, or -1
 * @param echoOf index of a line whose text this line starts with or is extended by, or -1
 */
public record LineFeatures(
        Block block,
        String folded,
        WordSpans words,
        double weight,
        boolean endsSentence,
        double stopwordRatio,
        double capitalizedRatio,
        double digitRatio,
        double interfaceRatio,
        Optional<Lexicon.Match> lexicon,
        String pattern,
        int duplicateOf,
        int echoOf) {

    public int wordCount() {
        return words.size();
    }
}
