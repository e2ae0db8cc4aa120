package dev.coupure.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Turns one author value of the markup into the names of the people it gives. */
final class Authors {

    /** Only before a capital: "Von der Leyen" is a surname, not "von" + "der Leyen". */
    private static final Pattern BY = Pattern.compile("^(?i:by|par|von)(?:\\s*:\\s*|\\s+)(?=\\p{Lu})");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*[,;&|]\\s*|\\s+(?:and|et|und|og|och|en|y|e|ve)\\s+");
    /**
     * "and" in the languages of the dev and user archives: a value that joins names with one is a
     * list, whatever the length of its parts ("Anna Fink und Jan Roth, dpa").
     */
    private static final Pattern CONJUNCTION = Pattern.compile("\\s(?:and|et|und|og|och|en|y|e|ve)\\s|;");
    /** A newsroom's initials after the name: "Elena Roth (ero)", "Jan Roth (jr.)". */
    private static final Pattern INITIALS = Pattern.compile("\\s*\\((?:\\p{Ll}|\\.){1,6}\\)$");
    /** A job title the CJK presses write after the name: 기자 reporter, 특파원 correspondent, 記者. */
    private static final Pattern CJK_TITLE = Pattern.compile("\\s*(?:기자|특파원|記者|记者)$");
    /** A CMS user slug ("jean-dupont") repeated beside the name it stands for. */
    private static final Pattern SLUG = Pattern.compile("^\\p{Ll}[\\p{Ll}\\d]*(?:-[\\p{Ll}\\d]+)+$");
    private static final Pattern URL = Pattern.compile("(?i)^(?:[a-z][a-z0-9+.-]*:)?//.*|^www\\..*|^[\\w.-]+\\.[a-z]{2,}/.*");
    private static final Pattern EMAIL = Pattern.compile("^\\S+@\\S+\\.\\S+$");

    private Authors() {
    }

    /**
     * The names in {@code value}: a leading "By"/"Par"/"Von" dropped, a list of names split, a
     * newsroom's initials or a job title after a name dropped; URLs, e-mail addresses, user slugs
     * and bracketed notes ("(Image: Agency)") give none.
     */
    static List<String> names(String value) {
        String whole = stripBy(value);
        List<String> names = new ArrayList<>();
        for (String part : split(whole)) {
            String name = CJK_TITLE.matcher(INITIALS.matcher(stripBy(part)).replaceFirst("")).replaceFirst("").strip();
            if (!name.isEmpty() && Character.isLetterOrDigit(name.codePointAt(0)) && !URL.matcher(name).matches()
                    && !EMAIL.matcher(name).matches() && !SLUG.matcher(name).matches()) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Without a conjunction, a list is split only when every part has at least two words:
     * "Dupont, Jean" is one person written surname first.
     */
    private static List<String> split(String value) {
        List<String> parts = new ArrayList<>();
        for (String part : SEPARATORS.split(value)) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        if (CONJUNCTION.matcher(value).find()) {
            return parts;
        }
        for (String part : parts) {
            if (parts.size() > 1 && part.split("\\s+").length < 2) {
                return List.of(value);
            }
        }
        return parts;
    }

    private static String stripBy(String value) {
        return BY.matcher(value.strip()).replaceFirst("").strip();
    }
}
