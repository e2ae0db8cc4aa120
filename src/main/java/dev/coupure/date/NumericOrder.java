package dev.coupure.date;

/**
 * How to read a numeric date whose day and month are both 12 or less ("01/02/2025").
 * {@link #DAY_FIRST} is the French (and European) default; {@link #MONTH_FIRST} is for text
 * with English (US) evidence. When one of the two fields is over 12, the values decide.
 */
public enum NumericOrder {
    DAY_FIRST,
    MONTH_FIRST
}
