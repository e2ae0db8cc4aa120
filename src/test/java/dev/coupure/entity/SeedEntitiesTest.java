package dev.coupure.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The recognizer on the bodies (and headlines) of the five seed articles, scored against the
 * hand-annotated entity lists in {@code src/test/resources/entity-seeds/} with the team
 * scorer's rules ({@link EntityScore}).
 */
class SeedEntitiesTest {

    static final List<String> SEEDS = List.of("000_abfb5332236406e8", "001_a5efbd5daa40977a", "002_634fa4d3b3a440b2",
            "003_17932364b9efe2c0", "004_c32b9e3e03701077");

    static final RuleBasedRecognizer RECOGNIZER = RuleBasedRecognizer.load();

    static String resource(String name) {
        try (InputStream in = SeedEntitiesTest.class.getResourceAsStream("/entity-seeds/" + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EntityScore.Result scoreAll(boolean print) {
        EntityScore.Result total = EntityScore.Result.empty();
        for (String seed : SEEDS) {
            String body = resource(seed + ".body.txt");
            String title = resource(seed + ".title.txt");
            List<Entity> predicted = RECOGNIZER.recognize(body, title, "fr");
            List<EntityScore.Gold> gold = EntityScore.readGold(
                    SeedEntitiesTest.class.getResourceAsStream("/entity-seeds/" + seed + ".entities.json"));
            EntityScore.Result r = EntityScore.score(predicted, gold);
            if (print) {
                System.out.printf("%s: tp/fp/fn %d/%d/%d%n", seed, r.tp(), r.fp(), r.fn());
                if (!r.falsePositives().isEmpty()) {
                    System.out.println("    false: " + r.falsePositives());
                }
                if (!r.missed().isEmpty()) {
                    System.out.println("    missed: " + r.missed());
                }
            }
            total = total.plus(r);
        }
        if (print) {
            System.out.printf("entities: P %.3f R %.3f F1 %.3f%n", total.precision(), total.recall(), total.f1());
        }
        return total;
    }

    @Test
    void seedsScoreAtLeastNinetyPercentF1() {
        EntityScore.Result r = scoreAll(true);
        assertTrue(r.f1() >= 0.90, () -> "entity F1 " + r.f1() + " on the seeds; false " + r.falsePositives()
                + ", missed " + r.missed());
    }

    @Test
    void seedBodiesHaveConsistentMentions() {
        for (String seed : SEEDS) {
            String body = resource(seed + ".body.txt");
            String title = resource(seed + ".title.txt");
            for (Entity e : RECOGNIZER.recognize(body, title, "fr")) {
                int bodyMentions = 0;
                for (Mention m : e.mentions()) {
                    String source = m.inTitle() ? title : body;
                    assertTrue(source.substring(m.start(), m.end()).equals(m.text()), () -> seed + ": " + m);
                    assertTrue(e.aliases().contains(m.text()), () -> seed + ": " + m.text() + " not in " + e.aliases());
                    bodyMentions += m.inTitle() ? 0 : 1;
                }
                assertTrue(bodyMentions == e.count(), () -> seed + ": count of " + e);
            }
        }
    }

    /** Prints each seed's entities, for a person reviewing them: {@code java ... SeedEntitiesTest}. */
    public static void main(String[] args) {
        for (String seed : SEEDS) {
            String body = resource(seed + ".body.txt");
            String title = resource(seed + ".title.txt");
            System.out.println("== " + seed);
            for (Entity e : RECOGNIZER.recognize(body, title, "fr")) {
                System.out.printf("  %-4s %-28s %d %s%n", e.type(), e.name(), e.count(), e.aliases());
            }
        }
        scoreAll(true);
    }
}
