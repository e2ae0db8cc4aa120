package dev.coupure.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coupure.text.Fold;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class FoldedTest {

    @Test
    void mapsOffsetsBackOverLettersThatFoldToSeveralOrNone() {
        String line = "한 e\u0301te\u0301 17 févr.";
        Folded f = Folded.of(line);
        assertEquals(Fold.fold("한") + " ete 17 fevr.", f.text);
        assertEquals(3, Fold.fold("한").length());
        assertEquals(line.indexOf("17"), f.originalStart(f.text.indexOf("17")));
        assertEquals(line.indexOf(" 17"), f.originalEnd(f.text.indexOf(" 17")));
    }

    /** The one-for-one fast path and the mapped path give what folding character by character gives. */
    @Property(tries = 1000)
    void offsetsAreThoseOfFoldingCharacterByCharacter(@ForAll("lines") String line) {
        Folded f = Folded.of(line);
        StringBuilder text = new StringBuilder();
        List<Integer> origin = new ArrayList<>();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            String folded = Character.isWhitespace(c) || Character.isSpaceChar(c) ? " " : Fold.fold(String.valueOf(c));
            for (int k = 0; k < folded.length(); k++) {
                text.append(folded.charAt(k));
                origin.add(i);
            }
        }
        assertEquals(text.toString(), f.text);
        for (int i = 0; i < origin.size(); i++) {
            assertEquals((int) origin.get(i), f.originalStart(i));
            assertEquals(line.charAt(origin.get(i)), f.originalChar(i));
            int next = i + 1 < origin.size() ? origin.get(i + 1) : line.length();
            assertEquals(Math.max(origin.get(i) + 1, next), f.originalEnd(i + 1), line);
        }
    }

    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.of("a", "Z", "é", "1", " ", "\t", "\u00A0", "’", "œ", "\u0301", "€", "–", "한")
                .list().ofMaxSize(10).map(parts -> String.join("", parts));
    }
}
