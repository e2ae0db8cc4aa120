package dev.coupure.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises personal names by their given names ({@code given-names.txt}) and particles
 * ({@code name-particles.txt}), and splits a run of names ("Anna Giulia Fink Jan Marchart")
 * into people.
 */
public final class PersonNames {

    private static final Set<String> CONJUNCTIONS = Set.of("and", "et", "und", "y", "e", "en", "&");
    /** Compiled once: String.split compiles an expression of more than one character on every call. */
    private static final Pattern BETWEEN_NAMES = Pattern.compile("[\\s,;]+");

    private final Set<String> givenNames = new HashSet<>();
    private final Set<String> particles = new HashSet<>();

    private PersonNames() {
        ResourceLines.read(PersonNames.class, "given-names.txt").forEach(n -> givenNames.add(Fold.fold(n)));
        ResourceLines.read(PersonNames.class, "name-particles.txt").forEach(p -> particles.add(Fold.fold(p)));
    }

    public static PersonNames load() {
        return new PersonNames();
    }

    public boolean isGivenName(String word) {
        return givenNames.contains(Fold.fold(word));
    }

    /** The given names, folded. */
    public Set<String> foldedGivenNames() {
        return Collections.unmodifiableSet(givenNames);
    }

    /**
     * The people a line names, when it is nothing but names: each starts with a known given
     * name and has a surname; capitalized words only, apart from particles ("de", "van") and
     * conjunctions. Empty when the line is anything else.
     */
    public List<String> splitNames(String text) {
        // "Marie Le Goff." : some sites end a byline with a full stop.
        String names = text.endsWith(".") && !text.endsWith("..") ? text.substring(0, text.length() - 1) : text;
        if (!startsWithGivenName(names)) {
            return List.of(); // as the loop below would conclude, without splitting the line
        }
        List<String> people = new ArrayList<>();
        List<String> current = new ArrayList<>();
        boolean hasSurname = false;
        for (String raw : BETWEEN_NAMES.split(names)) {
            if (raw.isEmpty()) {
                continue;
            }
            String w = Fold.fold(raw);
            if (CONJUNCTIONS.contains(w)) {
                if (!hasSurname) {
                    return List.of();
                }
                people.add(String.join(" ", current));
                current.clear();
                hasSurname = false;
                continue;
            }
            if (particles.contains(w) && !current.isEmpty()) {
                current.add(raw);
                continue;
            }
            if (!Character.isUpperCase(raw.codePointAt(0)) || raw.chars().anyMatch(Character::isDigit)) {
                return List.of();
            }
            boolean given = isGivenOrCompound(w);
            if (current.isEmpty()) {
                if (!given) {
                    return List.of();
                }
            } else if (given && hasSurname) {
                people.add(String.join(" ", current));
                current.clear();
                hasSurname = false;
            } else {
                hasSurname = hasSurname || !given || current.size() >= 1;
            }
            current.add(raw);
        }
        if (current.isEmpty() || !hasSurname) {
            return List.of();
        }
        people.add(String.join(" ", current));
        return List.copyOf(people);
    }

    /**
     * Whether the first word (after spaces, commas and semicolons) is a capitalized given name, or
     * starts with one before a hyphen: every run of names does.
     */
    private boolean startsWithGivenName(String text) {
        int start = 0;
        while (start < text.length() && isSeparator(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && !isSeparator(text.charAt(end))) {
            end++;
        }
        if (start == end || !Character.isUpperCase(text.codePointAt(start))) {
            return false;
        }
        return isGivenOrCompound(Fold.fold(text.substring(start, end)));
    }

    /** A folded given name, or a compound one by its first part ("jean-pierre"). */
    private boolean isGivenOrCompound(String folded) {
        return givenNames.contains(folded) || givenNames.contains(folded.split("-")[0]);
    }

    /** The characters the names are split at. */
    private static boolean isSeparator(char c) {
        return ExpressionChars.isSpace(c) || c == ',' || c == ';';
    }
}
