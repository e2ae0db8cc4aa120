package dev.coupure.date;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matching that starts at an offset of a line yet lets the pattern look behind it: the grammar
 * tries its patterns only where an expression may start, and their lookbehinds must still see
 * the characters before that start.
 */
final class LineMatchers {

    private LineMatchers() {
    }

    /** The matches of {@code p} starting exactly at the given offsets (the pattern's lookbehinds see the whole text). */
    static List<Matcher> at(Pattern p, String text, int[] starts) {
        if (starts.length == 0) {
            return List.of(); // most patterns on most lines: no matcher made
        }
        List<Matcher> out = new ArrayList<>();
        Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int s : starts) {
            m.region(s, text.length());
            if (m.lookingAt()) {
                out.add(m);
                m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
        }
        return out;
    }

    /** A matcher of {@code p} from {@code from} on, its lookbehinds seeing the text before. */
    static Matcher tail(Pattern p, String text, int from) {
        return p.matcher(text).region(from, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
    }
}
