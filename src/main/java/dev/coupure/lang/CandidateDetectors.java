package dev.coupure.lang;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lingua detectors, one per set of candidate languages, built when a set first comes up. Lingua keeps
 * its models in static tables shared by every detector, so a detector costs a few objects and each
 * language's models load once, on the first text that needs them. Low-accuracy mode: Lingua reads only
 * trigrams (falling back to bigrams and unigrams) for texts of 120 characters or more in either mode;
 * the high-accuracy mode's 4- and 5-gram models would only serve shorter texts and take tens of MB a
 * language.
 */
final class CandidateDetectors {

    private final Map<Set<Language>, LanguageDetector> detectors = new ConcurrentHashMap<>();

    /** Lingua's relative confidence values (the best is 1), best first, among {@code candidates} (two or more). */
    SortedMap<Language, Double> values(String text, Set<Language> candidates) {
        Set<Language> key = EnumSet.copyOf(candidates);
        return detectors.computeIfAbsent(key, k -> LanguageDetectorBuilder.fromLanguages(k.toArray(Language[]::new))
                .withLowAccuracyMode().build()).computeLanguageConfidenceValues(text);
    }
}
