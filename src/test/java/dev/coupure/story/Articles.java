package dev.coupure.story;

import dev.coupure.date.PublicationDate;
import dev.coupure.record.ArticleRecord;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Generated articles: made-up words from a seeded generator, so no two events share text by chance. */
final class Articles {

    private static final String[] SYLLABLES = {"ba", "ce", "di", "fo", "gu", "la", "me", "ni", "po", "ru", "sa", "te", "vi",
        "zo", "mar", "ten", "lor", "pil", "dus", "nek"};

    private Articles() {
    }

    /** A made-up content word: two to four syllables. */
    static String word(Random random) {
        StringBuilder w = new StringBuilder();
        for (int i = 2 + random.nextInt(3); i > 0; i--) {
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return w.toString();
    }

    /** Sentences of made-up words joined by function words, so that the lead has content words to compare. */
    static List<String> sentences(Random random, int count) {
        List<String> sentences = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                b.append(i == 0 ? "" : i % 3 == 0 ? " de la " : " ").append(word(random));
            }
            sentences.add(b.append('.').toString());
        }
        return sentences;
    }

    /** A record as the pipeline would give it: id from the text, actors as PER entities, a day precision date. */
    static ArticleRecord record(String path, String title, String text, String day, String... people) {
        List<ArticleRecord.Entity> entities = new ArrayList<>();
        for (String person : people) {
            entities.add(new ArticleRecord.Entity(person, "PER", List.of(), 1, List.of()));
        }
        return record(path, title, text, day, entities);
    }

    /** @param entities sorted as the pipeline sorts them: by count, descending, then name */
    static ArticleRecord record(String path, String title, String text, String day, List<ArticleRecord.Entity> entities) {
        PublicationDate published = day == null ? null : new PublicationDate(day, null, "day", "text", day, 0.9);
        var source = new ArticleRecord.Source(path, null, "text/plain", "UTF-8", null, null, null, null, Map.of());
        return new ArticleRecord(ArticleRecord.SCHEMA, id(text), null, null, source, title, null, List.of(),
                new ArticleRecord.Language("fr", 0.9), published, null, text, entities, null, List.of(), null);
    }

    static String id(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
