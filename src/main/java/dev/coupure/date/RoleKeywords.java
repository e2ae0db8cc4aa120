package dev.coupure.date;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The role a keyword gives to the date after it ("Publié le", "Mis à jour le", "Posted by admin
 * on"): the extractor trusts a publication date far more when a keyword says so.
 */
final class RoleKeywords {

    /** Words allowed between a role keyword and its date: "Publié le", "Posted on", "Publié ce vendredi". */
    private static final List<String> CONNECTIVES = List.of("en date du", "le", "ce", "du", "on", "at", "the", "am", "el",
            "il", "a");

    record Keyword(String phrase, DateRole role) {
    }

    private final List<Keyword> keywords;
    /** "Publié par Jean Dupont le", "Posted by admin on": a keyword, a short byline, then the date. */
    final Pattern bylineBefore;
    /** How far before a date a byline may start. */
    static final int BYLINE_WINDOW = 120;

    RoleKeywords(List<Keyword> keywordList) {
        List<Keyword> sorted = new ArrayList<>(keywordList);
        sorted.sort(Comparator.comparingInt((Keyword k) -> k.phrase().length()).reversed());
        this.keywords = List.copyOf(sorted);
        List<String> phrases = new ArrayList<>();
        for (Keyword k : sorted) {
            phrases.add(k.phrase());
        }
        this.bylineBefore = Pattern.compile("(?<![\\p{L}\\p{N}])(?<kw>" + NameTrie.alternation(phrases)
                + ")\\s++(?:par|by)\\s++[^,;|:()\\[\\]\\d]{1,60}?,?\\s(?:le|on)\\s*+$");
    }

    /** The role given by a keyword right before folded offset {@code start}. */
    DateRole roleBefore(String t, int start) {
        int i = skipSeparatorsBack(t, start);
        DateRole role = keywordEndingAt(t, i);
        if (role != DateRole.NONE) {
            return role;
        }
        for (String connective : CONNECTIVES) {
            int s = phraseEndingAt(t, i, connective);
            if (s >= 0) {
                role = keywordEndingAt(t, skipSeparatorsBack(t, s));
                if (role != DateRole.NONE) {
                    return role;
                }
            }
        }
        int from = Math.max(0, i - BYLINE_WINDOW);
        if (!mayHoldByline(t, from, i)) {
            return DateRole.NONE; // most dates: the expression would be tried at every place of the window
        }
        Matcher byline = bylineBefore.matcher(t).region(from, i).useTransparentBounds(true);
        if (byline.find()) {
            return keywordEndingAt(t, byline.end("kw"));
        }
        return DateRole.NONE;
    }

    /**
     * Whether folded {@code t[from, to)} holds " par " or " by ", without which {@link #bylineBefore}
     * cannot match there: its "par" or "by" stands between whitespace, which folding makes spaces.
     */
    static boolean mayHoldByline(String t, int from, int to) {
        return holds(t, " par ", from, to) || holds(t, " by ", from, to);
    }

    private static boolean holds(String t, String s, int from, int to) {
        int at = t.indexOf(s, from);
        return at >= 0 && at + s.length() <= to;
    }

    private DateRole keywordEndingAt(String t, int end) {
        for (Keyword k : keywords) {
            if (phraseEndingAt(t, end, k.phrase()) >= 0) {
                return k.role();
            }
        }
        return DateRole.NONE;
    }

    /** Where {@code phrase} starts if it ends at {@code end} as whole words (spaces match runs of spaces), else -1. */
    private static int phraseEndingAt(String t, int end, String phrase) {
        int i = end;
        for (int p = phrase.length() - 1; p >= 0; p--) {
            char c = phrase.charAt(p);
            if (c == ' ') {
                if (i == 0 || t.charAt(i - 1) != ' ') {
                    return -1;
                }
                while (i > 0 && t.charAt(i - 1) == ' ') {
                    i--;
                }
            } else {
                if (i == 0 || t.charAt(i - 1) != c) {
                    return -1;
                }
                i--;
            }
        }
        if (i == end || (i > 0 && Character.isLetterOrDigit(t.charAt(i - 1)))
                || (end < t.length() && Character.isLetterOrDigit(t.charAt(end)))) {
            return -1;
        }
        return i;
    }

    private static int skipSeparatorsBack(String t, int end) {
        int i = end;
        while (i > 0 && " :-|,(\u00B7\u2022".indexOf(t.charAt(i - 1)) >= 0) {
            i--;
        }
        return i;
    }
}
