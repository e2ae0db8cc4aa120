package dev.coupure.date;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * A date expression found in a line. Fields absent from the text are null.
 *
 * <p>The day, month and year, when present, form a possible date (31 February is never
 * produced); the weekday is as written, even when it disagrees with the date (the caller
 * decides what to trust). A relative mention ("il y a 3 heures", "hier à 17h") has
 * {@code relative} set and, unless the text also gave one ("aujourd'hui (17 janvier)"), no
 * year, month or day.
 *
 * @param start index in the line of the first character (inclusive)
 * @param end index in the line after the last character (exclusive)
 * @param text {@code line.substring(start, end)}: the date itself, without the keyword before it
 *     ("Publié le") but with its weekday, time and zone
 * @param year 1900..2099, or null
 * @param month 1..12, or null
 * @param day 1..31, or null
 * @param weekday as written, or null
 * @param time the time of day, or null
 * @param offset the UTC offset given with the time ("UTC", "+01:00", "CET"), or null
 * @param relative a date relative to the moment of writing, or null
 * @param role what the keyword right before the date says it is
 * @param numericOnly true when day and month were read from digits alone ("17/01/2025",
 *     "2025-01-17", "17/01"): their order may rest on {@link NumericOrder}
 */
public record DateMention(int start, int end, String text, Integer year, Integer month, Integer day,
        DayOfWeek weekday, LocalTime time, ZoneOffset offset, RelativeDate relative, DateRole role,
        boolean numericOnly) {
}
