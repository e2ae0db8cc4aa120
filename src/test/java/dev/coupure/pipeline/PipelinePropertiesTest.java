package dev.coupure.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coupure.input.RawDocument;
import dev.coupure.lang.LanguageIdentifier;
import dev.coupure.record.ArticleRecord;
import dev.coupure.record.JsonLines;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Bad input never crashes a batch: whatever the bytes, the pipeline gives an article or a typed error. */
class PipelinePropertiesTest {

    private static final Pipeline PIPELINE = new Pipeline(LanguageIdentifier.forLanguages(List.of("fr", "en")), true);

    /** Pieces of real dumps, mixed at random with noise: furniture, dates, names, odd characters. */
    private static final List<String> PIECES = List.of(
            "\n", "\n\n", " ", "Publié le ", "PUBLICITÉ", "Par ", "Lire aussi", "Commentaires", "Répondre",
            "https://www.example.fr/2025/01/17/article.html", "il y a 3 heures", " ce vendredi 17 janvier ", "M. Poutine",
            "UE", "31/02/2025", "17/01", "© AFP", "Photo : AFP", "« ", " »", "’", "Ã©", "â€™", "\u00a0", "\u200b", "\r\n",
            "Le conseil municipal a adopté jeudi un plan de rénovation des écoles de la ville. ", "1er mai", "?", ":",
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "16 − huit =", "-", "2024");

    @Provide
    Arbitrary<String> dumps() {
        // No NUL: text with NUL bytes is binary by design (see the bytes property).
        return Arbitraries.oneOf(Arbitraries.of(PIECES), Arbitraries.strings().excludeChars('\u0000').ofMaxLength(20))
                .list().ofMaxSize(120).map(parts -> String.join("", parts));
    }

    @Property(tries = 150)
    void anyTextGivesAnArticleWhoseLinesComeFromTheInput(@ForAll("dumps") String dump) {
        Outcome outcome = PIPELINE.process(new RawDocument("fuzz.txt", dump.getBytes(StandardCharsets.UTF_8), null, null));
        ArticleRecord record = assertInstanceOf(Outcome.Article.class, outcome, outcome::toString).record();
        for (String line : record.text().split("\n")) {
            if (!line.isEmpty()) {
                assertTrue(record.blocks().stream().anyMatch(b -> b.text().equals(line)), line);
            }
        }
        for (ArticleRecord.Entity e : record.entities()) {
            for (ArticleRecord.Mention m : e.mentions()) {
                String source = m.inTitle() ? record.title() : record.text();
                assertEquals(m.text(), source.substring(m.start(), m.end()));
            }
        }
        assertEquals(JsonLines.toJson(record),
                JsonLines.toJson(((Outcome.Article) PIPELINE.process(new RawDocument("fuzz.txt",
                        dump.getBytes(StandardCharsets.UTF_8), null, null))).record()), "same input, same bytes");
    }

    /**
     * Random bytes are text, binary, or now and then what Tika's detector takes for a known type
     * (two bytes of an MP3 frame header): never a failure of Coupure's own.
     */
    @Property(tries = 150)
    void anyBytesGiveAnArticleOrAnInputError(@ForAll byte[] bytes) {
        Outcome outcome = PIPELINE.process(new RawDocument("fuzz.bin", bytes, null, null));
        if (outcome instanceof Outcome.Failure failure) {
            assertTrue(Set.of("not-text", "unsupported-format", "malformed").contains(failure.record().error().kind()),
                    failure.record().error().message());
        }
    }
}
