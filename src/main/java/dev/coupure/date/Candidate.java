package dev.coupure.date;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * A possible mention, in folded offsets. The scans make one, the time reader extends it over a
 * time and zone that follow, and where candidates overlap the longest is kept.
 */
final class Candidate {

    int start;
    int end;
    Integer year;
    Integer month;
    Integer day;
    DayOfWeek weekday;
    LocalTime time;
    ZoneOffset offset;
    RelativeDate relative;
    boolean numeric;
    boolean valid;
    boolean dayWord;

    Candidate(int start, int end) {
        this.start = start;
        this.end = end;
    }

    Candidate copy() {
        Candidate c = new Candidate(start, end);
        c.year = year;
        c.month = month;
        c.day = day;
        c.weekday = weekday;
        c.time = time;
        c.offset = offset;
        c.relative = relative;
        c.numeric = numeric;
        c.valid = valid;
        c.dayWord = dayWord;
        return c;
    }
}
