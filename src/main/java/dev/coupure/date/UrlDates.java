package dev.coupure.date;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date in an article's URL, the fallback when the text states none. URLs write dates
 * their own way, as path segments and digit runs, not as prose.
 */
final class UrlDates {

    private static final int MIN_URL_YEAR = 1995;
    private static final int MAX_URL_YEAR = 2035;

    private static final Pattern URL_SLASHES = Pattern.compile("(?<!\\p{N})(\\d{4})/(\\d{1,2})/(\\d{1,2})(?!\\p{N})");
    private static final Pattern URL_DASHES = Pattern.compile("(?<!\\p{N})(\\d{4})([-_.])(\\d{2})\\2(\\d{2})(?!\\p{N})");
    private static final Pattern URL_DIGITS = Pattern.compile("(?<!\\p{N})(\\d{8}(?:\\d{2}|\\d{4}|\\d{6})?)(?!\\p{N})");
    private static final Pattern URL_HOST = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//[^/?#]*");

    private UrlDates() {
    }

    /** What {@link DateGrammar#fromUrl} answers. */
    static Optional<LocalDate> fromUrl(String url) {
        if (url == null || url.isEmpty()) {
            return Optional.empty();
        }
        try {
            String path = URL_HOST.matcher(url).replaceFirst("");
            int hash = path.indexOf('#');
            if (hash >= 0) {
                path = path.substring(0, hash);
            }
            Set<LocalDate> found = new LinkedHashSet<>();
            Matcher m = URL_SLASHES.matcher(path);
            while (m.find()) {
                urlDate(m.group(1), m.group(2), m.group(3), found);
            }
            m = URL_DASHES.matcher(path);
            while (m.find()) {
                urlDate(m.group(1), m.group(3), m.group(4), found);
            }
            m = URL_DIGITS.matcher(path);
            while (m.find()) {
                String run = m.group(1);
                String rest = run.substring(8);
                // A longer run is a timestamp only if what follows the day is a time: hh, hhmm or hhmmss.
                if (!rest.isEmpty() && ClockTimes.time(rest.substring(0, 2),
                        rest.length() >= 4 ? rest.substring(2, 4) : null,
                        rest.length() >= 6 ? rest.substring(4, 6) : null, null) == null) {
                    continue;
                }
                urlDate(run.substring(0, 4), run.substring(4, 6), run.substring(6, 8), found);
            }
            return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void urlDate(String y, String m, String d, Set<LocalDate> found) {
        int year = Integer.parseInt(y);
        int month = Integer.parseInt(m);
        int day = Integer.parseInt(d);
        if (year >= MIN_URL_YEAR && year <= MAX_URL_YEAR && PossibleDates.possible(year, month, day)) {
            found.add(LocalDate.of(year, month, day));
        }
    }
}
