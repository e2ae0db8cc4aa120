package dev.coupure.meta;

import dev.coupure.clean.LinePatterns;
import dev.coupure.text.Fold;
import dev.coupure.text.ResourceLines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads what follows "Par", "By", "Von": people ("Samya Kullab and Vasilisa Stepanenko"), and a
 * publisher or agency ("Euronews", "The Associated Press", "Le Monde avec AFP") that is the
 * source, not an author.
 *
 * @param people the authors named, in order
 * @param publisher the publisher named, or null
 */
record Byline(List<String> people, String publisher) {

    private static final Pattern SEPARATORS = Pattern.compile(
            "\\s*(?:,|;|&|·|\\||\\band\\b|\\bet\\b|\\bund\\b|\\by\\b|\\be\\b|\\bavec\\b|\\bwith\\b|\\bpour\\b|\\bfor\\b|\\bmit\\b|\\bfür\\b)\\s*");
    /** Words that make a name an organization's ("BR24 Redaktion", "CBC News", "Agence France-Presse"). */
    private static final Set<String> ORGANIZATION_WORDS = Set.of("redaktion", "redaction", "news", "press", "presse",
            "agency", "agence", "agentur", "staff", "team", "desk", "media", "medias", "newsroom", "online", "tv", "radio",
            "times", "post", "journal", "gazette", "tribune", "herald", "daily");
    private static final Set<String> PARTICLES = Set.of("de", "du", "des", "d'", "la", "le", "van", "von", "der", "den",
            "da", "di", "del", "della", "dos", "das", "bin", "ibn", "al", "el", "ter", "zu");
    /*
     * Compiled once: String.split, matches and replaceFirst compile their expression on every call.
     */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BETWEEN_FOLDED_WORDS = Pattern.compile("[\\s.]+");
    /** A web address as a name ("Lemonde.fr", "Example.co.uk"): a publisher. */
    private static final Pattern DOMAIN = Pattern.compile(".*\\.(com|fr|de|at|ch|be|org|net|co\\.uk)$");
    private static final int NAME_MAX_WORDS = 4;
    private static final Set<String> ROLES = Set.copyOf(ResourceLines.read(Byline.class, "byline-roles.txt"));

    /**
     * @param named what follows the byline word
     * @param media folded names of publishers and agencies ("le monde", "afp")
     */
    static Byline parse(String named, LinePatterns patterns, Set<String> media) {
        List<String> people = new ArrayList<>();
        String publisher = null;
        String[] parts = SEPARATORS.split(stripRole(named));
        for (String part : parts) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            String folded = Fold.fold(p);
            String[] words = SPACES.split(p);
            // A lone word is a publisher only when it is the whole byline ("Par Euronews"): next to
            // a name it is a role or a place ("Anna Fink, Redakteurin", "John Smith, Nairobi").
            boolean wholeByline = words.length == 1 && parts.length == 1 && looksLikeName(words);
            String withoutThe = withoutThe(folded);
            if (patterns.isAgency(folded) || patterns.isAgency(withoutThe) || wholeByline
                    || media.contains(folded) || media.contains(withoutThe) || isOrganization(folded)) {
                publisher = publisher == null ? p : publisher;
            } else if (words.length >= 2 && words.length <= NAME_MAX_WORDS && looksLikeName(words)) {
                people.add(p);
            }
        }
        return new Byline(List.copyOf(people), publisher);
    }

    /** "the associated press" as listed, "associated press". */
    static String withoutThe(String folded) {
        return folded.startsWith("the ") ? folded.substring("the ".length()) : folded;
    }

    /**
     * "Jean Dupont, envoyé spécial à Kyiv" names Jean Dupont; "Anna Fink | Wien" too; and "Sarah
     * Collins Staff writer" names Sarah Collins.
     */
    private static String stripRole(String byline) {
        int comma = byline.indexOf(',');
        if (comma > 0) {
            String after = byline.substring(comma + 1).strip();
            if (!after.isEmpty() && Character.isLowerCase(after.codePointAt(0))) {
                return byline.substring(0, comma);
            }
        }
        String[] words = SPACES.split(byline.strip());
        int end = words.length;
        while (end > 1 && ROLES.contains(Fold.fold(words[end - 1]))) {
            end--;
        }
        return end == words.length ? byline : String.join(" ", Arrays.copyOf(words, end));
    }

    private static boolean isOrganization(String folded) {
        for (String w : BETWEEN_FOLDED_WORDS.split(folded)) {
            if (ORGANIZATION_WORDS.contains(w)) {
                return true;
            }
        }
        return DOMAIN.matcher(folded).matches();
    }

    private static boolean looksLikeName(String[] words) {
        for (String w : words) {
            if (PARTICLES.contains(Fold.fold(w))) {
                continue;
            }
            if (!Character.isUpperCase(w.codePointAt(0)) || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’' || c == '.')) {
                return false;
            }
        }
        return true;
    }
}
