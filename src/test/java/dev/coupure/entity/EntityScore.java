package dev.coupure.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Typed entity precision, recall and F1 computed the way the team's scorer does
 * ({@code score.py}, entity part): only PER, ORG and LOC count; a predicted entity is a true
 * positive when its name, aliases or mention texts (normalized: NFKC, typographic apostrophe
 * plain, spaces folded, case folded) meet the aliases of a gold entity of the same type; a
 * second prediction for the same gold entity is a false positive; gold entities marked
 * optional count neither way.
 */
final class EntityScore {

    record Gold(String name, String type, List<String> aliases, boolean optional) {
    }

    record Result(int tp, int fp, int fn, List<String> falsePositives, List<String> missed) {

        double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Result plus(Result o) {
            List<String> f = new ArrayList<>(falsePositives);
            f.addAll(o.falsePositives);
            List<String> m = new ArrayList<>(missed);
            m.addAll(o.missed);
            return new Result(tp + o.tp, fp + o.fp, fn + o.fn, f, m);
        }

        static Result empty() {
            return new Result(0, 0, 0, List.of(), List.of());
        }
    }

    private EntityScore() {
    }

    static String norm(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replace('\u2019', '\'').replace('\u00A0', ' ');
        return n.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    static Result score(List<Entity> predicted, List<Gold> gold) {
        Set<Integer> used = new HashSet<>();
        int tp = 0;
        int fp = 0;
        List<String> fps = new ArrayList<>();
        for (Entity e : predicted) {
            if (!e.type().equals("PER") && !e.type().equals("ORG") && !e.type().equals("LOC")) {
                continue;
            }
            Set<String> keys = new HashSet<>();
            keys.add(norm(e.name()));
            e.aliases().forEach(a -> keys.add(norm(a)));
            e.mentions().forEach(m -> keys.add(norm(m.text())));
            keys.remove("");
            int hit = -1;
            for (int i = 0; i < gold.size(); i++) {
                Gold g = gold.get(i);
                if (!g.type().equals(e.type())) {
                    continue;
                }
                if (g.aliases().stream().map(EntityScore::norm).anyMatch(keys::contains)) {
                    hit = i;
                    break;
                }
            }
            if (hit < 0) {
                fp++;
                fps.add(e.type() + ":" + e.name());
            } else if (used.contains(hit)) {
                if (!gold.get(hit).optional()) {
                    fp++;
                    fps.add(e.type() + ":" + e.name() + " (again)");
                }
            } else {
                used.add(hit);
                if (!gold.get(hit).optional()) {
                    tp++;
                }
            }
        }
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            Gold g = gold.get(i);
            if (!used.contains(i) && !g.optional() && !g.type().equals("MISC")) {
                missed.add(g.type() + ":" + g.name());
            }
        }
        return new Result(tp, fp, missed.size(), fps, missed);
    }

    /** Reads an expected-entities file: {"entities": [{"name", "type", "aliases", "optional"}]}. */
    static List<Gold> readGold(InputStream in) {
        try (in) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<Gold> out = new ArrayList<>();
            for (JsonNode e : root.get("entities")) {
                List<String> aliases = new ArrayList<>();
                e.get("aliases").forEach(a -> aliases.add(a.asText()));
                out.add(new Gold(e.get("name").asText(), e.get("type").asText(), aliases,
                        e.has("optional") && e.get("optional").asBoolean()));
            }
            return out;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
