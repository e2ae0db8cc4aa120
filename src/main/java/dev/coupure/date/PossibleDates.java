package dev.coupure.date;

import java.time.Month;
import java.time.YearMonth;

/**
 * Whether day, month and year fields make a real date in the years news is about: both the
 * grammar and the URL reader drop a date that cannot be rather than guess.
 */
final class PossibleDates {

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2099;

    private PossibleDates() {
    }

    /** Whether the fields can be a real date: a null year or day is unknown, not wrong. */
    static boolean possible(Integer year, Integer month, Integer day) {
        if (month == null || month < 1 || month > 12) {
            return false;
        }
        if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            return false;
        }
        if (day == null) {
            return true;
        }
        int max = year == null ? Month.of(month).maxLength() : YearMonth.of(year, month).lengthOfMonth();
        return day >= 1 && day <= max;
    }
}
