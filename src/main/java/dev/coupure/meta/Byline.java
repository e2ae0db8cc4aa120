package dev.coupure.meta;

import dev.coupure.clean.LinePatterns;
import dev.coupure.text.ExpressionChars;
import dev.coupure.text.Fold;
import dev.coupure.text.ResourceLines;
import dev.coupure.text.WordBounds;
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

    /** The marks that separate the names of a byline. */
    private static final String SEPARATOR_MARKS = ",;&·|";
    /** The words that do, in this order: "Le Monde avec AFP", "Anna Fink und Jan Bauer". */
    private static final List<String> SEPARATOR_WORDS = List.of("and", "et", "und", "y", "e", "avec", "with", "pour", "for",
            "mit", "für");
    /** Words that make a name an organization's ("BR24 Redaktion", "CBC News", "Agence France-Presse"). */
    static final Set<String> ORGANIZATION_WORDS = Set.of("redaktion", "redaction", "news", "press", "presse",
            "agency", "agence", "agentur", "staff", "team", "desk", "media", "medias", "newsroom", "online", "tv", "radio",
            "times", "post", "journal", "gazette", "tribune", "herald", "daily");
    private static final Set<String> PARTICLES = Set.of("de", "du", "des", "d'", "la", "le", "van", "von", "der", "den",
            "da", "di", "del", "della", "dos", "das", "bin", "ibn", "al", "el", "ter", "zu");
    /* Compiled once: String.split compiles its expression on every call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The endings of a web address as a name ("Lemonde.fr", "Example.co.uk"): a publisher. */
    private static final List<String> DOMAIN_ENDINGS = List.of(".com", ".fr", ".de", ".at", ".ch", ".be", ".org", ".net",
            ".co.uk");
    private static final int NAME_MAX_WORDS = 4;
    private static final Set<String> ROLES = Set.copyOf(ResourceLines.read(Byline.class, "byline-roles.txt"));

    /**
     * @param named what follows the byline word
     * @param media folded names of publishers and agencies ("le monde", "afp")
     */
    static Byline parse(String named, LinePatterns patterns, Set<String> media) {
        List<String> people = new ArrayList<>();
        String publisher = null;
        String[] parts = separated(stripRole(named));
        for (String part : parts) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            String folded = Fold.fold(p);
            String[] words = words(p);
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
        String[] words = words(byline.strip());
        int end = words.length;
        while (end > 1 && ROLES.contains(Fold.fold(words[end - 1]))) {
            end--;
        }
        return end == words.length ? byline : String.join(" ", Arrays.copyOf(words, end));
    }

    /** The text cut at its runs of spaces, as the rest of the package counts words. */
    static String[] words(String text) {
        return SPACES.split(text);
    }

    /**
     * The byline cut at each separator with the spaces around it: the names it lists. A scan that
     * gives what splitting at the expression {@code \s*(?:,|;|&|·|\||\band\b|…|\bfür\b)\s*}
     * gave (kept in the tests as the oracle), without trying a dozen words at every character.
     */
    static String[] separated(String byline) {
        List<String> parts = new ArrayList<>();
        int partStart = 0;
        int i = 0;
        while (i < byline.length()) {
            int at = ExpressionChars.skipSpaces(byline, i);
            int length = separatorAt(byline, at);
            if (length > 0) {
                parts.add(byline.substring(partStart, i));
                partStart = ExpressionChars.skipSpaces(byline, at + length);
                i = partStart;
            } else {
                i = at + 1; // from each space before it, the expression would have reached the same character
            }
        }
        if (parts.isEmpty()) {
            return new String[] {byline};
        }
        parts.add(byline.substring(partStart));
        int size = parts.size();
        while (size > 0 && parts.get(size - 1).isEmpty()) {
            size--; // as String.split, no empty part at the end
        }
        return parts.subList(0, size).toArray(new String[0]);
    }

    /** The length of the separator at {@code i}, or 0: a mark, or a word standing alone. */
    private static int separatorAt(String text, int i) {
        if (i >= text.length()) {
            return 0;
        }
        if (SEPARATOR_MARKS.indexOf(text.charAt(i)) >= 0) {
            return 1;
        }
        for (String w : SEPARATOR_WORDS) {
            if (text.startsWith(w, i) && WordBounds.opens(text, i) && WordBounds.closes(text, i + w.length())) {
                return w.length();
            }
        }
        return 0;
    }

    /**
     * Whether a word of the name, between spaces and dots, says an organization, or the name is a
     * web address: it ends as one, on one line (as the expression {@code .*\.(com|…)$} read it).
     */
    static boolean isOrganization(String folded) {
        int start = 0;
        for (int i = 0; i <= folded.length(); i++) {
            if (i == folded.length() || folded.charAt(i) == '.' || ExpressionChars.isSpace(folded.charAt(i))) {
                if (i > start && ORGANIZATION_WORDS.contains(folded.substring(start, i))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return endsAsDomain(folded) && !ExpressionChars.crossesLine(folded, 0, folded.length());
    }

    private static boolean endsAsDomain(String folded) {
        for (String ending : DOMAIN_ENDINGS) {
            if (folded.endsWith(ending)) {
                return true;
            }
        }
        return false;
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
