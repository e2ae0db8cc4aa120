package dev.coupure.meta;

import dev.coupure.text.ExpressionChars;
import dev.coupure.text.Years;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A copyright notice ("© Le Figaro 2025. Tous droits réservés.") and the holder it names, read
 * by scans. Each footer line that opens like a notice used to go through five expressions (the
 * notice, the rights phrase taken out, years and punctuation blanked, spaces joined, the phrase
 * searched for again), some of them trying an alternation at every character of a long legal
 * paragraph. The scans give exactly what those gave; the tests keep the expressions as the oracle.
 */
final class CopyrightNotice {

    /** How a notice opens: the expression matched them with ASCII letters in any case. */
    private static final List<String> OPENINGS = List.of("©", "(c)", "copyright");
    /** The phrases that reserve the rights, in lower case, matched as the openings are. */
    private static final List<String> RIGHTS =
            List.of("tous droits réservés", "all rights reserved", "alle rechte vorbehalten");
    /*
     * Their first characters: most footer lines ("Contact", "Newsletter"), and most characters of
     * a notice, start none of them, and are passed over at one look.
     */
    private static final String OPENING_INITIALS = initials(OPENINGS);
    private static final String RIGHTS_INITIALS = initials(RIGHTS);
    /** The punctuation a holder loses: "Ouest-France" is read "Ouest France", as before. */
    private static final String BLANKED = "-–—,.";

    private CopyrightNotice() {
    }

    /**
     * The holder the line names once its years, punctuation and rights phrase are taken out:
     * "Le Figaro" of "© Le Figaro 2025. Tous droits réservés.". Null when the line is no notice
     * or names nobody: nothing, or a word without a capital (a photographer's "© jean d.").
     */
    static String holder(String line) {
        int start = bodyStart(line);
        if (start < 0 || start >= line.length()) {
            return null; // no notice, or only its opening: the expression found nothing or a space or ©
        }
        int end = bodyEnd(line, start);
        if (ExpressionChars.crossesLine(line, start, end)) {
            return null; // the expression's holder is read within one line
        }
        String holder = blanked(withoutRights(line.substring(start, end)));
        return holder.isEmpty() || !Character.isUpperCase(holder.codePointAt(0)) ? null : holder;
    }

    /** Whether the text holds a phrase that reserves the rights ("Tous droits réservés", "All Rights Reserved"). */
    static boolean reservesRights(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (rightsAt(text, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Past the opening, its spaces, and a second © with its spaces; -1 if the line opens no notice. */
    private static int bodyStart(String line) {
        if (!mayStart(line, 0, OPENING_INITIALS)) {
            return -1;
        }
        for (String opening : OPENINGS) {
            if (startsWithIgnoringAsciiCase(line, 0, opening)) {
                int i = ExpressionChars.skipSpaces(line, opening.length());
                return i < line.length() && line.charAt(i) == '©' ? ExpressionChars.skipSpaces(line, i + 1) : i;
            }
        }
        return -1;
    }

    /**
     * Where the holder ends: before the trailing spaces and one full stop before them, yet after
     * at least one character, as the expression's shortest holder followed by {@code \.?\s*$}.
     */
    private static int bodyEnd(String line, int start) {
        int end = line.length();
        while (end > 0 && ExpressionChars.isSpace(line.charAt(end - 1))) {
            end--;
        }
        if (end - 1 > start && line.charAt(end - 1) == '.') {
            return end - 1;
        }
        return Math.max(end, start + 1);
    }

    /** The text with each phrase that reserves the rights made a space. */
    private static String withoutRights(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            int length = rightsAt(text, i);
            if (length > 0) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, i).append(' ');
                i += length - 1;
                copied = i + 1;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** The length of the rights phrase at {@code i}, or 0. */
    private static int rightsAt(String text, int i) {
        if (!mayStart(text, i, RIGHTS_INITIALS)) {
            return 0;
        }
        for (String phrase : RIGHTS) {
            if (startsWithIgnoringAsciiCase(text, i, phrase)) {
                return phrase.length();
            }
        }
        return 0;
    }

    /**
     * The text with each year (19xx or 20xx standing alone as a word) and each of {@link #BLANKED}
     * made a space, every run of spaces made one, and stripped.
     */
    private static String blanked(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean year = Years.isAt(text, i);
            if (year || BLANKED.indexOf(c) >= 0 || ExpressionChars.isSpace(c)) {
                if (out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
            i += year ? 4 : 1;
        }
        return out.toString().strip();
    }

    /** The first characters of these lower-case words, each once; each must be one {@link #mayStart} can see. */
    private static String initials(List<String> lower) {
        String initials = lower.stream().map(w -> w.substring(0, 1)).distinct().collect(Collectors.joining());
        if (initials.chars().anyMatch(c -> (c | 0x20) != c)) {
            throw new IllegalStateException("an initial the case bit changes: " + initials);
        }
        return initials;
    }

    /**
     * Whether the character at {@code i} may start one of the words whose initials these are, in
     * any case: setting the bit that makes an ASCII capital small leaves those initials as they are.
     */
    private static boolean mayStart(String text, int i, String initials) {
        return i < text.length() && initials.indexOf(text.charAt(i) | 0x20) >= 0;
    }

    /** Whether the text has {@code lower} at {@code i}, its ASCII capitals read as small letters and nothing else. */
    private static boolean startsWithIgnoringAsciiCase(String text, int i, String lower) {
        if (i + lower.length() > text.length()) {
            return false;
        }
        for (int j = 0; j < lower.length(); j++) {
            char c = text.charAt(i + j);
            if (c != lower.charAt(j) && !(c >= 'A' && c <= 'Z' && c + ('a' - 'A') == lower.charAt(j))) {
                return false;
            }
        }
        return true;
    }
}
