package dev.coupure.record;

import dev.coupure.doc.Decision;
import dev.coupure.doc.Label;
import dev.coupure.date.DateExtractor;
import dev.coupure.entity.Entity;
import dev.coupure.entity.Mention;
import dev.coupure.lang.LanguageGuess;
import dev.coupure.meta.Metadata;
import dev.coupure.doc.Document;
import dev.coupure.text.Tokens;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Puts the stages' results together into the output record. */
public final class RecordAssembler {

    /** Body paragraphs: lines of one input paragraph stay together, paragraphs are split by a blank line. */
    public static String bodyText(List<Decision> decisions) {
        int length = 0;
        for (Decision d : decisions) {
            length += d.label().inBody() ? d.block().text().length() + 2 : 0;
        }
        // Sized once: the body is the largest string a document makes, and growing it copies it again and again.
        StringBuilder text = new StringBuilder(length);
        int paragraph = -1;
        for (Decision d : decisions) {
            if (!d.label().inBody()) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append(d.block().paragraph() == paragraph ? "\n" : "\n\n");
            }
            text.append(d.block().text());
            paragraph = d.block().paragraph();
        }
        return text.toString();
    }

    public ArticleRecord assemble(Input input, List<Decision> decisions, String text, Metadata meta,
            DateExtractor.Dates dates, List<Entity> entities, LanguageGuess language, List<String> blockLanguages,
            List<String> warnings) {
        String sha256 = sha256(input.bytes());
        String id = text.isEmpty() ? sha256.substring(0, 16) : sha256(text.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        var source = new ArticleRecord.Source(input.path(), sha256, input.document().mediaType(),
                input.document().charset(),
                meta.source().url(), meta.source().domain(), meta.source().name(), meta.source().fetchedAt(),
                meta.source().provenance().isEmpty() ? Map.of() : meta.source().provenance());
        int body = 0;
        int boilerplate = 0;
        for (Decision d : decisions) {
            if (d.label().inBody()) {
                body++;
            } else if (d.label() == Label.BOILERPLATE) {
                boilerplate++;
            }
        }
        var stats = new ArticleRecord.Stats(decisions.size(), body, boilerplate, paragraphs(text),
                Tokens.weight(text), text.length(), input.document().mojibakeRepaired());
        return new ArticleRecord(ArticleRecord.SCHEMA, id, null, null, source, meta.title(), meta.lede(), meta.authors(),
                new ArticleRecord.Language(language.code(), language.confidence()), dates.published(), dates.modified(),
                text, entities(entities),
                stats, List.copyOf(warnings), blockLanguages == null ? null : blocks(decisions, blockLanguages));
    }

    /**
     * How many paragraphs {@link #bodyText} joined: as many as {@code text.split("\n\n")} gives
     * (empty ones at the end not counted), without copying the body into them.
     */
    static int paragraphs(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int pieces = 0;
        int lastNonEmpty = 0;
        int from = 0;
        while (true) {
            int at = text.indexOf("\n\n", from);
            int end = at < 0 ? text.length() : at;
            pieces++;
            if (end > from) {
                lastNonEmpty = pieces;
            }
            if (at < 0) {
                return lastNonEmpty;
            }
            from = at + 2;
        }
    }

    private static List<ArticleRecord.Entity> entities(List<Entity> found) {
        List<ArticleRecord.Entity> out = new ArrayList<>(found.size());
        for (Entity e : found) {
            List<ArticleRecord.Mention> mentions = new ArrayList<>(e.mentions().size());
            for (Mention m : e.mentions()) {
                mentions.add(new ArticleRecord.Mention(m.start(), m.end(), m.text(), m.inTitle()));
            }
            out.add(new ArticleRecord.Entity(e.name(), e.type(), e.aliases(), e.count(), List.copyOf(mentions)));
        }
        return List.copyOf(out);
    }

    private static List<ArticleRecord.Block> blocks(List<Decision> decisions, List<String> languages) {
        List<ArticleRecord.Block> blocks = new ArrayList<>(decisions.size());
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            blocks.add(new ArticleRecord.Block(d.block().number(), d.label().id(), d.kind(), d.reason(), languages.get(i),
                    d.block().dom() == null ? null : d.block().dom().path(), d.block().text()));
        }
        return blocks;
    }

    /** What the assembler needs to know of the input itself. */
    public record Input(String path, byte[] bytes, Document document) {
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
