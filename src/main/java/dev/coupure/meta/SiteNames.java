package dev.coupure.meta;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the site's name off a page title: "Le budget est adopté – Le Courrier du Rhône" is the
 * headline "Le budget est adopté". A segment is the site's when it is one of the names the page
 * gives itself (og:site_name, the publisher, the host name) or, for names of five letters or more,
 * contains one within a few words. « » never separate: titles end with quotations.
 */
final class SiteNames {

    private static final int MAX_NAME_WORDS = 5;
    private static final int MAX_NAME_CHARS = 40;
    private static final int MIN_CONTAINED_NAME = 5;
    private static final int MAX_STRIPS = 4;
    /** A separator with spaces around it, or a full-width one with or without. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|·|•|»|/|:|::)\\s+|\\s*[｜：ㅣ]\\s*");
    private static final Pattern UMLAUT = Pattern.compile("[äöüß]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DATE_SEGMENT = Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}");

    private final List<String> names = new ArrayList<>();

    SiteNames(List<String> declared, String host) {
        for (String name : declared) {
            if (name.length() <= MAX_NAME_CHARS && name.split("\\s+").length <= MAX_NAME_WORDS) {
                add(name);
            }
        }
        if (host != null) {
            String h = host.toLowerCase(Locale.ROOT).replaceFirst("^(www|m|amp)\\.", "");
            add(h);
            String[] labels = h.split("\\.");
            if (labels.length >= 2) {
                add(labels[labels.length - 2]);
            }
        }
    }

    private void add(String name) {
        String key = key(name);
        if (!key.isEmpty() && !names.contains(key)) {
            names.add(key);
        }
    }

    boolean isSiteName(String value) {
        return names.contains(key(value));
    }

    /** The title without a leading or trailing segment that names the site (or is a date). */
    String strip(String title) {
        String t = title.strip();
        for (int i = 0; i < MAX_STRIPS; i++) {
            String next = stripOnce(t);
            if (next.equals(t)) {
                break;
            }
            t = next;
        }
        return t;
    }

    private String stripOnce(String title) {
        List<int[]> separators = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(title);
        while (m.find()) {
            separators.add(new int[] {m.start(), m.end()});
        }
        if (separators.isEmpty()) {
            return title;
        }
        int[] last = separators.get(separators.size() - 1);
        String tail = title.substring(last[1]);
        if (isSite(tail) && last[0] > 0) {
            return title.substring(0, last[0]).strip();
        }
        int[] first = separators.get(0);
        String head = title.substring(0, first[0]);
        if (isSite(head) && first[1] < title.length()) {
            return title.substring(first[1]).strip();
        }
        return title;
    }

    private boolean isSite(String segment) {
        String s = segment.strip();
        if (DATE_SEGMENT.matcher(s).matches()) {
            return true;
        }
        String key = key(s);
        if (key.isEmpty()) {
            return false;
        }
        int words = s.split("\\s+").length;
        for (String name : names) {
            if (key.equals(name)) {
                return true;
            }
            boolean contains = name.length() >= MIN_CONTAINED_NAME && key.contains(name) && words <= MAX_NAME_WORDS
                    && key.length() <= 3 * name.length();
            boolean partOf = key.length() >= MIN_CONTAINED_NAME && name.contains(key);
            if (contains || partOf) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lower case, letters and digits only, accents off, German umlauts spelt as host names spell
     * them: "Le Monde.fr" and "lemonde.fr", "Börsen-Zeitung" and "boersen-zeitung.de" compare equal.
     */
    private static String key(String s) {
        String spelt = UMLAUT.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(m -> switch (m.group()) {
            case "ä" -> "ae";
            case "ö" -> "oe";
            case "ü" -> "ue";
            default -> "ss";
        });
        StringBuilder b = new StringBuilder(spelt.length());
        MARKS.matcher(Normalizer.normalize(spelt, Normalizer.Form.NFD)).replaceAll("").codePoints()
                .filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}
