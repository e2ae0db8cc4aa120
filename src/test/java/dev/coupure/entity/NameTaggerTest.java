package dev.coupure.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coupure.text.PersonNames;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The shipped tagger model: how it is read, and what it makes of French sentences written for these tests. */
class NameTaggerTest {

    private static final Gazetteer GAZETTEER = new Gazetteer();
    private static final Lexicon LEXICON = new Lexicon(PersonNames.load());
    private static final Vocabulary VOCABULARY = new Vocabulary(GAZETTEER, LEXICON);
    private static final NameTagger TAGGER = new NameTagger(GAZETTEER, LEXICON);

    private static List<NameTagger.Name> names(String text) {
        return TAGGER.names(new Segment(text, false, VOCABULARY), Set.of());
    }

    private static String surface(String text, NameTagger.Name n) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return text.substring(tokens.get(n.start()).start, tokens.get(n.end() - 1).end) + "/" + n.type();
    }

    @Test
    void tagsPeoplePlacesAndOrganizationsInASentence() {
        String text = "Née à Oulu, Saara Lehtinen dirige depuis 2019 la société Nordvik Energy.";
        List<String> found = names(text).stream().map(n -> surface(text, n)).toList();
        assertEquals(List.of("Oulu/LOC", "Saara Lehtinen/PER", "Nordvik Energy/ORG"), found);
    }

    @Test
    void aSentenceWithoutNamesHasNone() {
        assertEquals(List.of(), names("Hier soir, les élus ont voté le budget à l'unanimité."));
    }

    @Test
    void theShippedModelWritesBackToTheSameBytes() throws IOException {
        byte[] shipped;
        try (InputStream in = NameTagger.class.getResourceAsStream(NameTagger.RESOURCE)) {
            shipped = in.readAllBytes();
        }
        TaggerModel model = TaggerModel.read(new ByteArrayInputStream(shipped));
        assertTrue(model.features() > 10_000, "features: " + model.features());
        ByteArrayOutputStream once = new ByteArrayOutputStream();
        model.write(once);
        ByteArrayOutputStream twice = new ByteArrayOutputStream();
        TaggerModel.read(new ByteArrayInputStream(once.toByteArray())).write(twice);
        assertArrayEquals(once.toByteArray(), twice.toByteArray());
    }

    @Test
    void viterbiNeverOpensANameWithAnInsideTag() {
        int tags = TaggerModel.TAGS;
        float[] emissions = new float[2 * tags];
        emissions[2] = 10; // I-PER is the best tag of the first token on its own
        emissions[tags + 2] = 10;
        int[] best = TaggerModel.viterbi(emissions, new float[(tags + 1) * tags], 2, -1);
        assertTrue(TaggerModel.allowed(-1, best[0]) && TaggerModel.allowed(best[0], best[1]),
                () -> best[0] + " " + best[1]);
    }

    @Provide
    Arbitrary<String> sentences() {
        Arbitrary<String> word = Arbitraries.of("le", "de", "Paris", "Jean", "Dupont", "a", "dit", "Banque", "France",
                "à", ",", ".", "l'", "Union", "FC", "Nantes", "«", "»", "Marie-Claire", "ONU", "1984", "et", "Mme", "\n");
        return word.list().ofMinSize(0).ofMaxSize(40).map(w -> String.join(" ", w));
    }

    @Property(tries = 300)
    void namesAreOrderedDisjointAndInsideTheirSentence(@ForAll("sentences") String text) {
        Segment seg = new Segment(text, false, VOCABULARY);
        List<NameTagger.Name> found = TAGGER.names(seg, Set.of());
        int previousEnd = 0;
        for (NameTagger.Name n : found) {
            assertTrue(n.start() >= previousEnd && n.end() > n.start() && n.end() <= seg.tokens.size(), n::toString);
            assertTrue(TaggerModel.TYPES.contains(n.type()), n::toString);
            assertEquals(seg.tokens.get(n.start()).line, seg.tokens.get(n.end() - 1).line, n::toString);
            previousEnd = n.end();
        }
        assertEquals(found, TAGGER.names(seg, Set.of()));
    }

    @Property(tries = 300)
    void windowsGetTheFeaturesTheirWholeSentenceWouldGiveThem(@ForAll("sentences") String text) throws IOException {
        TaggerFeatures features;
        try (InputStream in = NameTagger.class.getResourceAsStream(NameTagger.RESOURCE)) {
            features = new TaggerFeatures(TaggerModel.read(in).templates(), GAZETTEER, LEXICON);
        }
        Segment seg = new Segment(text, false, VOCABULARY);
        Set<String> lower = Set.of("paris");
        for (int[] s : NameTagger.sentences(seg)) {
            List<int[]> windows = NameTagger.windows(seg, s[0], s[1]);
            long[] whole = features.attributes(seg, s[0], s[1], lower, List.of(s));
            long[] parts = features.attributes(seg, s[0], s[1], lower, windows);
            for (int[] w : windows) {
                assertArrayEquals(features.extract(whole, w[0] - s[0], w[1] - s[0]),
                        features.extract(parts, w[0] - s[0], w[1] - s[0]), () -> text + " " + w[0] + "-" + w[1]);
            }
        }
    }

    @Property(tries = 200)
    void viterbiFindsTheBestWellFormedSequence(@ForAll("weights") List<Float> w, @ForAll("before") int before) {
        int tags = TaggerModel.TAGS;
        int n = 3;
        float[] emissions = new float[n * tags];
        float[] transitions = new float[(tags + 1) * tags];
        for (int k = 0; k < emissions.length + transitions.length; k++) {
            float x = w.get(k % w.size()) * (k % 7 - 3);
            if (k < emissions.length) {
                emissions[k] = x;
            } else {
                transitions[k - emissions.length] = x;
            }
        }
        int[] best = TaggerModel.viterbi(emissions, transitions, n, before);
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int a = 0; a < tags; a++) {
            for (int b = 0; b < tags; b++) {
                for (int c = 0; c < tags; c++) {
                    int[] seq = {a, b, c};
                    if (wellFormed(seq, before)) {
                        bestScore = Math.max(bestScore, score(seq, before, emissions, transitions));
                    }
                }
            }
        }
        assertTrue(wellFormed(best, before), () -> java.util.Arrays.toString(best));
        assertEquals(bestScore, score(best, before, emissions, transitions), 1e-3f);
    }

    private static boolean wellFormed(int[] seq, int before) {
        int prev = before;
        for (int t : seq) {
            if (!TaggerModel.allowed(prev, t)) {
                return false;
            }
            prev = t;
        }
        return true;
    }

    private static float score(int[] seq, int before, float[] emissions, float[] transitions) {
        int tags = TaggerModel.TAGS;
        float total = 0;
        int prev = before;
        for (int i = 0; i < seq.length; i++) {
            total += emissions[i * tags + seq[i]] + transitions[(prev + 1) * tags + seq[i]];
            prev = seq[i];
        }
        return total;
    }

    @Provide
    Arbitrary<List<Float>> weights() {
        return Arbitraries.floats().between(-5, 5).list().ofMinSize(5).ofMaxSize(30);
    }

    @Provide
    Arbitrary<Integer> before() {
        return Arbitraries.integers().between(-1, TaggerModel.TAGS - 1);
    }
}
