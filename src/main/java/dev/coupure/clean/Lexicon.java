package dev.coupure.clean;

import dev.coupure.text.Fold;
import dev.coupure.text.ResourceLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The web-interface phrase lexicon ({@code web-phrases.tsv}, format documented in the file):
 * tells which lines are page furniture (ad markers, share buttons, menus...) and of what kind.
 */
public final class Lexicon {

    /** How a phrase must sit in a line to match. */
    public enum Mode { LINE, START, CONTAINS, HEADING }

    /** A lexicon hit: the boilerplate kind and the phrase that matched. */
    public record Match(String kind, Mode mode, String phrase) {
        /** True when the line opens a zone (related links, comments) rather than being furniture alone. */
        public boolean opensZone() {
            return mode == Mode.HEADING;
        }
    }

    private record Entry(String kind, Mode mode, String phrase) {
    }

    static final int START_MAX_WORDS = 16;
    static final int CONTAINS_MAX_WORDS = 24;

    /** Trailing decoration a menu entry may carry: counts "(3)", arrows, colons, bullets. */
    private static final Pattern DECORATION = Pattern.compile("[\\s:.!?…»«>›→|•·*()\\[\\]0-9-]+$");
    private static final Pattern LEADING_DECORATION = Pattern.compile("^[\\s:»«<‹←|•·*>-]+");

    private final Map<String, Entry> wholeLine = new HashMap<>();
    private final List<Entry> starts = new ArrayList<>();
    private final List<Entry> contains = new ArrayList<>();
    private final Set<String> interfaceWords = new HashSet<>();

    private Lexicon(List<String> rows) {
        for (String row : rows) {
            String[] cells = row.split("\t");
            if (cells.length != 3) {
                throw new IllegalStateException("web-phrases.tsv: expected kind<TAB>mode<TAB>phrase, got: " + row);
            }
            Mode mode = Mode.valueOf(cells[1].strip().toUpperCase(java.util.Locale.ROOT));
            String phrase = Fold.fold(cells[2]);
            Entry entry = new Entry(cells[0].strip(), mode, phrase);
            switch (mode) {
                case LINE, HEADING -> wholeLine.putIfAbsent(phrase, entry);
                case START -> starts.add(entry);
                case CONTAINS -> contains.add(entry);
            }
            if ((mode == Mode.LINE || mode == Mode.HEADING) && !phrase.contains(" ")) {
                interfaceWords.add(phrase);
            }
        }
        interfaceWords.addAll(ResourceLines.read(Lexicon.class, "interface-words.txt").stream().map(Fold::fold).toList());
    }

    public static Lexicon load() {
        return new Lexicon(ResourceLines.read(Lexicon.class, "web-phrases.tsv"));
    }

    /**
     * Looks a line up.
     *
     * @param folded the line's {@link Fold#fold folded} text
     * @param words the line's word count
     */
    public Optional<Match> match(String folded, int words) {
        String bare = LEADING_DECORATION.matcher(DECORATION.matcher(folded).replaceAll("")).replaceAll("");
        Entry whole = wholeLine.get(bare);
        if (whole != null) {
            return Optional.of(new Match(whole.kind(), whole.mode(), whole.phrase()));
        }
        if (words <= START_MAX_WORDS) {
            for (Entry entry : starts) {
                if (bare.startsWith(entry.phrase()) && boundaryAfter(bare, entry.phrase().length())) {
                    return Optional.of(new Match(entry.kind(), entry.mode(), entry.phrase()));
                }
            }
        }
        if (words <= CONTAINS_MAX_WORDS) {
            for (Entry entry : contains) {
                int at = bare.indexOf(entry.phrase());
                if (at >= 0 && (at == 0 || !Character.isLetterOrDigit(bare.charAt(at - 1)))
                        && boundaryAfter(bare, at + entry.phrase().length())) {
                    return Optional.of(new Match(entry.kind(), entry.mode(), entry.phrase()));
                }
            }
        }
        return Optional.empty();
    }

    /** True for words that are web-interface vocabulary on their own (menu entries, buttons). */
    public boolean isInterfaceWord(String foldedWord) {
        return interfaceWords.contains(foldedWord);
    }

    private static boolean boundaryAfter(String text, int index) {
        return index >= text.length() || !Character.isLetterOrDigit(text.charAt(index))
                || !Character.isLetterOrDigit(text.charAt(index - 1));
    }
}
