package dev.coupure.text;

import dev.coupure.doc.Block;
import java.util.ArrayList;
import java.util.List;

/** Cuts normalized text into its non-blank lines, keeping the paragraph structure blank lines give. */
public final class Segmenter {

    public List<Block> segment(String normalized) {
        List<Block> lines = new ArrayList<>();
        int paragraph = 0;
        boolean blankSeen = false;
        int number = 0;
        int start = 0;
        while (start <= normalized.length()) {
            int end = normalized.indexOf('\n', start);
            if (end < 0) {
                end = normalized.length();
            }
            number++;
            String text = normalized.substring(start, end).strip();
            if (text.isEmpty()) {
                blankSeen = true;
            } else {
                if (blankSeen && !lines.isEmpty()) {
                    paragraph++;
                }
                blankSeen = false;
                lines.add(new Block(number, text, paragraph));
            }
            start = end + 1;
        }
        return List.copyOf(lines);
    }
}
