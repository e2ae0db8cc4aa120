package dev.coupure.entity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Readers of the name tagger's training data, each turning a corpus into plain texts with the
 * character spans of their names, so that training sees texts cut into tokens by the same
 * {@link Tokenizer} as articles at run time. Formats:
 *
 * <ul>
 * <li>HIPE-2022 TSV (NewsEye): a token a line, {@code NE-COARSE-LIT} the second column in IOB2,
 * {@code NoSpaceAfter} and {@code EndOfSentence} in the last; a document per
 * {@code # hipe2022:document_id}. {@code HumanProd} (titles of papers, works) is MISC.</li>
 * <li>Coupure's own sentences: a sentence a line, names in brackets with their type
 * ({@code [PER Will Arnett] joue à [LOC Chimkent].}), a blank line between documents, {@code #}
 * comments.</li>
 * </ul>
 */
final class TrainingCorpus {

    /** A name: characters {@code [start, end)} of its text. */
    record Name(int start, int end, String type) {
    }

    /** A text of one document, its sentences on lines, with its names. */
    record Text(String source, String text, List<Name> names) {
    }

    private TrainingCorpus() {
    }

    /** Builds a text token by token: spaces between them unless told not to, names from IOB tags. */
    private static final class Builder {
        final StringBuilder text = new StringBuilder();
        final List<Name> names = new ArrayList<>();
        int nameStart = -1;
        String nameType;
        boolean space;

        void token(String token, String tag) {
            String type = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : null;
            boolean begins = tag.startsWith("B-") || type != null && !type.equals(nameType);
            if (type == null || begins) {
                close();
            }
            if (space && text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                text.append(' ');
            }
            if (type != null && nameStart < 0) {
                nameStart = text.length();
                nameType = type;
            }
            text.append(token);
            space = !(token.endsWith("'") || token.endsWith("\u2019"));
        }

        void noSpace() {
            space = false;
        }

        void endSentence() {
            close();
            text.append('\n');
            space = false;
        }

        void close() {
            if (nameStart >= 0) {
                int end = text.length();
                while (end > nameStart && text.charAt(end - 1) == ' ') {
                    end--;
                }
                names.add(new Name(nameStart, end, nameType));
            }
            nameStart = -1;
            nameType = null;
        }

        Text build(String source) {
            close();
            return new Text(source, text.toString(), List.copyOf(names));
        }
    }

    static List<Text> hipe(Path file) throws IOException {
        List<Text> out = new ArrayList<>();
        Builder b = null;
        String doc = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("# hipe2022:document_id")) {
                if (b != null) {
                    out.add(b.build(doc));
                }
                b = new Builder();
                doc = file.getFileName() + ":" + line.substring(line.indexOf('=') + 1).trim();
                continue;
            }
            if (line.isBlank() || line.startsWith("#") || line.startsWith("TOKEN\t") || b == null) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            String tag = cols[1].replace("HumanProd", "MISC");
            b.token(cols[0], tag);
            String misc = cols[cols.length - 1];
            if (misc.contains("NoSpaceAfter")) {
                b.noSpace();
            }
            if (misc.contains("EndOfSentence")) {
                b.endSentence();
            }
        }
        if (b != null) {
            out.add(b.build(doc));
        }
        return out;
    }

    static List<Text> own(Path file) throws IOException {
        List<Text> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Name> names = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                if (text.length() > 0) {
                    out.add(new Text(file.getFileName() + ":" + lineNo, text.toString(), List.copyOf(names)));
                    text.setLength(0);
                    names.clear();
                }
                continue;
            }
            int i = 0;
            while (i < line.length()) {
                char c = line.charAt(i);
                int close = c == '[' ? line.indexOf(']', i) : -1;
                int sp = c == '[' ? line.indexOf(' ', i) : -1;
                if (close > 0 && sp > 0 && sp < close) {
                    String type = line.substring(i + 1, sp);
                    int start = text.length();
                    text.append(line, sp + 1, close);
                    names.add(new Name(start, text.length(), type));
                    i = close + 1;
                } else {
                    text.append(c);
                    i++;
                }
            }
            text.append('\n');
        }
        if (text.length() > 0) {
            out.add(new Text(file.getFileName() + ":" + lineNo, text.toString(), List.copyOf(names)));
        }
        return out;
    }
}
