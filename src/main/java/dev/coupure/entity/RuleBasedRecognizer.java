package dev.coupure.entity;

import dev.coupure.text.PersonNames;
import java.util.List;

/**
 * A named entity recognizer made of rules and curated tables, with, for French, a statistical
 * name tagger ({@link NameTagger}) whose names are evidence beside the rules'.
 *
 * <ul>
 * <li>Gazetteer: canonical names with their French, English and German aliases and
 * transliterations ({@code gazetteer-*.tsv}), so the same person, place or organization gets the
 * same {@link Entity#name()} in every record ("Biélorussie" for Belarus/Bélarus, "Masoud
 * Pezeshkian" for Massoud Pezeshkian).</li>
 * <li>Capitalized word runs with context cues ({@code cues.tsv}): titles and given names make
 * people, head and tail words and acronyms make organizations, place words and prepositions
 * make places. Function words, months and demonyms never make entities
 * ({@code non-entities.txt}, {@code demonyms.txt}).</li>
 * <li>In-article coreference: a surname, alone or after a title, joins the person named in full;
 * spellings that differ by accents or transliteration join ({@link NameKey}); an acronym joins
 * its expansion.</li>
 * </ul>
 *
 * <p>Thread-safe after {@link #load()}: the tables are read once and never changed; each call
 * keeps its state to itself.
 */
public final class RuleBasedRecognizer implements EntityRecognizer {

    private final Vocabulary vocabulary;
    private final NameTagger tagger;

    private RuleBasedRecognizer(Gazetteer gazetteer, Lexicon lexicon) {
        this.vocabulary = new Vocabulary(gazetteer, lexicon);
        this.tagger = new NameTagger(gazetteer, lexicon);
    }

    public static RuleBasedRecognizer load() {
        return load(PersonNames.load());
    }

    /** @param names the given names, when the caller has them already */
    public static RuleBasedRecognizer load(PersonNames names) {
        return new RuleBasedRecognizer(new Gazetteer(), new Lexicon(names));
    }

    /**
     * Reads the name tagger's model on a background thread, so that the first French article does
     * not wait for it on its worker (about 25 ms): the run's first record comes that much sooner.
     */
    public void warmUp() {
        Thread t = new Thread(tagger::load, "coupure-tagger-warm-up");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public List<Entity> recognize(String text, String title, String languageCode) {
        return new Analysis(vocabulary, tagger, languageCode).run(text == null ? "" : text, title);
    }

    Gazetteer gazetteer() {
        return vocabulary.gazetteer;
    }
}
