package dev.coupure.clean;

import dev.coupure.text.Fold;
import dev.coupure.text.ResourceLines;
import dev.coupure.text.WordSpans;
import dev.coupure.text.WordTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The web-interface phrase lexicon ({@code web-phrases.tsv}, format documented in the file):
 * tells which lines are page furniture (ad markers, share buttons, menus...) and of what kind.
 */
public final class Lexicon {

    /** How a phrase must sit in a line to match. */
    public enum Mode { LINE, START, OPENING, CONTAINS, HEADING }

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
    static final int START_SENTENCE_MAX_WORDS = 8;
    static final int CONTAINS_MAX_WORDS = 24;

    /** Trailing decoration a menu entry may carry: counts "(3)", arrows, colons, bullets. */
    private static final String TRAILING_DECORATION = " :.!?…»«>›→|•·*()[]0123456789-";
    private static final String LEADING_DECORATION = " :»«<‹←|•·*>-0123456789";

    /**
     * Whole-line entries, and start and opening entries by their first word (a line is only compared with
     * those sharing its first word): each table gives an entry's (or a list's) index plus one, looked up by
     * a span of the line's characters with no string made for it.
     */
    private final WordTable wholeLine;
    private final Entry[] wholeLineEntries;
    private final WordTable startsByFirstWord;
    private final List<List<Entry>> startLists;
    /** The longest whole-line phrase: a longer line (a paragraph) needs no look-up, nor the hash of all its text. */
    private int wholeLineMaxLength;
    private final List<Entry> contains = new ArrayList<>();
    private final PhraseSieve containsSieve;
    private final Set<String> interfaceWords = new HashSet<>();

    private Lexicon(List<String> rows) {
        Map<String, Entry> whole = new LinkedHashMap<>();
        Map<String, List<Entry>> starts = new LinkedHashMap<>();
        for (String row : rows) {
            String[] cells = row.split("\t");
            if (cells.length != 3) {
                throw new IllegalStateException("web-phrases.tsv: expected kind<TAB>mode<TAB>phrase, got: " + row);
            }
            Mode mode = Mode.valueOf(cells[1].strip().toUpperCase(java.util.Locale.ROOT));
            String phrase = Fold.fold(cells[2]);
            Entry entry = new Entry(cells[0].strip(), mode, phrase);
            switch (mode) {
                case LINE, HEADING -> {
                    whole.putIfAbsent(phrase, entry);
                    wholeLineMaxLength = Math.max(wholeLineMaxLength, phrase.length());
                }
                case START, OPENING -> starts.computeIfAbsent(firstWord(phrase), k -> new ArrayList<>()).add(entry);
                case CONTAINS -> contains.add(entry);
            }
            if ((mode == Mode.LINE || mode == Mode.HEADING) && !phrase.contains(" ")) {
                interfaceWords.add(phrase);
            }
        }
        interfaceWords.addAll(ResourceLines.read(Lexicon.class, "interface-words.txt").stream().map(Fold::fold).toList());
        wholeLine = WordTable.numbered(whole.keySet());
        wholeLineEntries = whole.values().toArray(Entry[]::new);
        startsByFirstWord = WordTable.numbered(starts.keySet());
        startLists = List.copyOf(starts.values());
        containsSieve = new PhraseSieve(contains.stream().map(Entry::phrase).toList());
    }

    public static Lexicon load() {
        return new Lexicon(ResourceLines.read(Lexicon.class, "web-phrases.tsv"));
    }

    /**
     * Looks a line up.
     *
     * @param line the words of the line's {@link Fold#fold folded} text
     * @param endsSentence whether the line ends with sentence punctuation
     */
    public Optional<Match> match(WordSpans line, boolean endsSentence) {
        String folded = line.text();
        char[] chars = line.chars();
        int words = line.size();
        // The line without its decoration is folded[from, to): a paragraph is not copied to be looked up.
        int to = folded.length();
        while (to > 0 && TRAILING_DECORATION.indexOf(folded.charAt(to - 1)) >= 0) {
            to--;
        }
        int from = 0;
        while (from < to && LEADING_DECORATION.indexOf(folded.charAt(from)) >= 0) {
            from++;
        }
        long place = to - from <= wholeLineMaxLength ? wholeLine.get(chars, from, to) : 0;
        if (place != 0) {
            Entry whole = wholeLineEntries[(int) place - 1];
            return Optional.of(new Match(whole.kind(), whole.mode(), whole.phrase()));
        }
        // A longer line that starts like a button ("Next, the minister said...") is prose when it ends a sentence.
        boolean shortOrUnpunctuated = words <= START_MAX_WORDS && (words <= START_SENTENCE_MAX_WORDS || !endsSentence);
        Entry longest = null;
        long list = startsByFirstWord.get(chars, from, firstWordEnd(folded, from, to));
        for (Entry entry : list == 0 ? List.<Entry>of() : startLists.get((int) list - 1)) {
            int end = from + entry.phrase().length();
            if ((entry.mode() == Mode.OPENING || shortOrUnpunctuated)
                    && end <= to && folded.startsWith(entry.phrase(), from) && boundaryAfter(folded, end, to)
                    && (longest == null || entry.phrase().length() > longest.phrase().length())) {
                longest = entry;
            }
        }
        if (longest != null) {
            // The longest phrase is the most specific: "votre adresse e-mail ne sera pas publiée" over "votre adresse e-mail".
            return Optional.of(new Match(longest.kind(), longest.mode(), longest.phrase()));
        }
        if (words <= CONTAINS_MAX_WORDS) {
            long candidates = containsSieve.candidates(chars, from, folded.length());
            for (int i = 0; i < contains.size(); i++) {
                if ((candidates & 1L << i) == 0) {
                    continue; // indexOf would find nothing
                }
                Entry entry = contains.get(i);
                int at = folded.indexOf(entry.phrase(), from);
                int end = at + entry.phrase().length();
                if (at >= 0 && end <= to && (at == from || !Character.isLetterOrDigit(folded.charAt(at - 1)))
                        && boundaryAfter(folded, end, to)) {
                    return Optional.of(new Match(entry.kind(), entry.mode(), entry.phrase()));
                }
            }
        }
        return Optional.empty();
    }

    /** The folded words that are web-interface vocabulary on their own (menu entries, buttons). */
    Set<String> interfaceWords() {
        return Collections.unmodifiableSet(interfaceWords);
    }

    private static String firstWord(String text) {
        return text.substring(0, firstWordEnd(text, 0, text.length()));
    }

    private static int firstWordEnd(String text, int from, int to) {
        int end = from;
        while (end < to && text.charAt(end) != ' ' && text.charAt(end) != ':' && text.charAt(end) != '/') {
            end++;
        }
        return end;
    }

    /** Whether a phrase ending at {@code index} ends at a word's end, the line ending at {@code to}. */
    private static boolean boundaryAfter(String text, int index, int to) {
        return index >= to || !Character.isLetterOrDigit(text.charAt(index))
                || !Character.isLetterOrDigit(text.charAt(index - 1));
    }
}
