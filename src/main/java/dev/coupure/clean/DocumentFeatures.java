package dev.coupure.clean;

import java.util.List;
import java.util.Set;

/**
 * Features of every line of one document.
 *
 * @param lines per-line features, in document order
 * @param functionWords the stopword list that fits the document, empty when none does
 */
public record DocumentFeatures(List<LineFeatures> lines, Set<String> functionWords) {

    public boolean hasStopwordList() {
        return !functionWords.isEmpty();
    }
}
