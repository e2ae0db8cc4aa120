package dev.coupure.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Checks of the curated tables themselves. */
class GazetteerDataTest {

    private static final Gazetteer GAZETTEER = SeedEntitiesTest.RECOGNIZER.gazetteer();

    @Test
    void everyAliasNamesOneEntity() {
        Map<String, Set<String>> owners = new HashMap<>();
        for (Gazetteer.Form f : GAZETTEER.forms()) {
            String key = String.join(" ", Tokenizer.tokenize(f.alias()).stream().map(t -> t.key).toList());
            owners.computeIfAbsent(key, k -> new TreeSet<>()).add(f.entry().name() + "/" + f.entry().type());
        }
        List<String> ambiguous = new ArrayList<>();
        owners.forEach((k, v) -> {
            if (v.size() > 1) {
                ambiguous.add(k + " -> " + v);
            }
        });
        assertTrue(ambiguous.isEmpty(), () -> "aliases of more than one entity: " + ambiguous);
    }

    @Test
    void canonicalNamesAreUnique() {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (Gazetteer.Entry e : GAZETTEER.entries()) {
            if (!seen.add(e.name() + "/" + e.type())) {
                twice.add(e.name());
            }
        }
        assertTrue(twice.isEmpty(), () -> "listed twice: " + twice);
    }

    @Test
    void everyCountryOfTheJdkIsListedUnderItsFrenchName() {
        Set<String> names = new HashSet<>();
        GAZETTEER.forms().forEach(f -> names.add(EntityScore.norm(f.alias())));
        List<String> missing = new ArrayList<>();
        for (String code : java.util.Locale.getISOCountries()) {
            java.util.Locale l = new java.util.Locale("", code);
            // CLDR's display forms "Myanmar (Birmanie)", "R.A.S. chinoise de Hong Kong" are not running text
            String fr = l.getDisplayCountry(java.util.Locale.FRENCH).replace('\u2019', '\'')
                    .replaceAll(" \\(.*\\)$", "").replace("R.A.S. chinoise de ", "");
            String en = l.getDisplayCountry(java.util.Locale.ENGLISH);
            if (!names.contains(EntityScore.norm(fr)) && !names.contains(EntityScore.norm(en))) {
                missing.add(code + " " + fr);
            }
        }
        assertTrue(missing.isEmpty(), () -> "countries missing: " + missing);
    }

    @Test
    void variantsOfTheIssueResolveToOneCanonicalName() {
        String[][] cases = {
            {"Biélorussie", "Belarus", "Bélarus", "Biélorussie"},
            {"Union européenne", "UE", "EU", "Union européenne"},
            {"OTAN", "NATO", "OTAN"},
            {"ONU", "Nations unies", "UN", "United Nations"},
            {"États-Unis", "Etats-Unis", "USA", "United States"},
            {"Royaume-Uni", "UK", "Grande-Bretagne", "United Kingdom"},
            {"Corée du Nord", "North Korea"},
            {"Kyiv", "Kiev", "Kyiv"},
            {"Pékin", "Beijing"},
            {"Achgabat", "Ashgabat"},
            {"Téhéran", "Tehran"},
            {"Moscou", "Moscow"},
            {"Bruxelles", "Brussels"},
            {"Moyen-Orient", "Middle East", "Moyen Orient"},
            {"Vladimir Poutine", "Vladimir Putin", "Poutine", "Putin"},
            {"Masoud Pezeshkian", "Massoud Pezeshkian", "Pezeshkian"},
            {"Volodymyr Zelensky", "Zelenskyy", "Volodymyr Zelenskiy"},
            {"Sergueï Lavrov", "Sergei Lavrov"},
            {"Alexandre Loukachenko", "Alexander Lukashenko"},
            {"Viktor Orban", "Viktor Orbán", "Orbán"},
            {"Recep Tayyip Erdogan", "Erdoğan"},
            {"Benjamin Netanyahou", "Benjamin Netanyahu"},
            {"Mikhaïl Michoustine", "Mikhail Mishustin"},
            {"Kremlin", "Kremlin"},
        };
        for (String[] c : cases) {
            for (int i = 1; i < c.length; i++) {
                List<Token> tokens = Tokenizer.tokenize(c[i]);
                Gazetteer.Match m = GAZETTEER.longest(c[i], tokens, 0);
                assertNotNull(m, c[i]);
                assertEquals(tokens.size(), m.end(), c[i]);
                assertEquals(c[0], m.entry().name(), c[i]);
            }
        }
    }
}
