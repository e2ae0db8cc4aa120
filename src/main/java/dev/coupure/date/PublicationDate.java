package dev.coupure.date;

/**
 * A date with its provenance: what an analyst needs to decide whether to trust it.
 *
 * @param date the day, month or year as YYYY-MM-DD, YYYY-MM or YYYY following {@code precision}
 * @param datetime ISO 8601 date-time with offset, only when the time and offset are known; else null
 * @param precision day, month or year
 * @param source where it came from: dateline, text, url, filename, sidecar or reference
 * @param evidence the exact text it was read from
 * @param confidence in [0, 1]
 */
public record PublicationDate(String date, String datetime, String precision, String source, String evidence,
        double confidence) {
}
