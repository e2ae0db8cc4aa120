package dev.coupure.date;

import java.time.temporal.ChronoUnit;

/**
 * A date given relative to when the page was written or captured: "il y a 3 heures" is
 * (HOURS, -3), "hier" and "yesterday" (DAYS, -1), "aujourd'hui" and "today" (DAYS, 0),
 * "avant-hier" (DAYS, -2), "2 days ago" (DAYS, -2), "il y a 30 min" (MINUTES, -30).
 *
 * @param unit the unit of {@code amount}
 * @param amount signed: negative is in the past
 */
public record RelativeDate(ChronoUnit unit, int amount) {
}
