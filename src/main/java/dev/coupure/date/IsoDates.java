package dev.coupure.date;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads ISO 8601 dates as archives write them in sidecars: a date-time with offset, a day, a month or a year. */
public final class IsoDates {

    /** RFC 3339 always has seconds; OffsetDateTime.toString() drops them when zero. */
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private IsoDates() {
    }

    /** A date-time as RFC 3339 writes it: always to the second, offset as "Z" or "+01:00". */
    public static String rfc3339(java.time.OffsetDateTime t) {
        return RFC_3339.format(t);
    }

    /** The day of an ISO date or date-time, if the value has one. */
    public static Optional<LocalDate> day(String value) {
        return parse(value, "", 0).filter(d -> d.precision().equals("day")).map(d -> LocalDate.parse(d.date()));
    }

    public static Optional<PublicationDate> parse(String value, String source, double confidence) {
        String v = value.strip();
        try {
            OffsetDateTime t = OffsetDateTime.parse(v);
            return Optional.of(new PublicationDate(t.toLocalDate().toString(), rfc3339(t), "day", source, value, confidence));
        } catch (DateTimeParseException notDateTime) {
            // try the shorter forms below
        }
        try {
            String day = v.length() > 10 && (v.charAt(10) == 'T' || v.charAt(10) == ' ') ? v.substring(0, 10) : v;
            return Optional.of(new PublicationDate(LocalDate.parse(day).toString(), null, "day", source, value, confidence));
        } catch (DateTimeParseException notDay) {
            // try month and year
        }
        try {
            return Optional.of(new PublicationDate(YearMonth.parse(v).toString(), null, "month", source, value, confidence));
        } catch (DateTimeParseException notMonth) {
            // try year
        }
        if (v.matches("\\d{4}")) {
            return Optional.of(new PublicationDate(v, null, "year", source, value, confidence));
        }
        return Optional.empty();
    }
}
