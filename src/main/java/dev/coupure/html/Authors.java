package dev.coupure.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Turns one author value of the markup into the names of the people it gives. */
final class Authors {

    /** Only before a capital: "Von der Leyen" is a surname, not "von" + "der Leyen". */
    private static final Pattern BY = Pattern.compile("^(?i:by|par|von)(?:\\s*:\\s*|\\s+)(?=\\p{Lu})");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*[,;&|]\\s*|\\s+(?:and|et|und)\\s+");
    private static final Pattern URL = Pattern.compile("(?i)^(?:[a-z][a-z0-9+.-]*:)?//.*|^www\\..*|^[\\w.-]+\\.[a-z]{2,}/.*");
    private static final Pattern EMAIL = Pattern.compile("^\\S+@\\S+\\.\\S+$");

    private Authors() {
    }

    /**
     * The names in {@code value}: a leading "By"/"Par"/"Von" dropped, a list of names split; URLs
     * and e-mail addresses give none.
     */
    static List<String> names(String value) {
        String whole = stripBy(value);
        List<String> names = new ArrayList<>();
        for (String part : split(whole)) {
            String name = stripBy(part);
            if (!name.isEmpty() && !URL.matcher(name).matches() && !EMAIL.matcher(name).matches()) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * A list is split only when every part has at least two words: "Dupont, Jean" is one person
     * written surname first, and "Jean Dupont, Lyon" a name and a place the caller can judge.
     */
    private static List<String> split(String value) {
        List<String> parts = new ArrayList<>();
        for (String part : SEPARATORS.split(value)) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
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
