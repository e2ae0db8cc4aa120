package dev.coupure.pipeline;

import dev.coupure.clean.BlockClassifier;
import dev.coupure.doc.Decision;
import dev.coupure.clean.LinePatterns;
import dev.coupure.date.DateExtractor;
import dev.coupure.date.DateGrammar;
import dev.coupure.date.IsoDates;
import dev.coupure.entity.Entity;
import dev.coupure.entity.EntityRecognizer;
import dev.coupure.entity.RuleBasedRecognizer;
import dev.coupure.input.RawDocument;
import dev.coupure.lang.LanguageGuess;
import dev.coupure.lang.LanguageIdentifier;
import dev.coupure.meta.MarkupMetadata;
import dev.coupure.meta.Metadata;
import dev.coupure.meta.MetadataExtractor;
import dev.coupure.record.ArticleRecord;
import dev.coupure.record.ErrorRecord;
import dev.coupure.record.RecordAssembler;
import dev.coupure.doc.Block;
import dev.coupure.doc.Declared;
import dev.coupure.doc.Document;
import dev.coupure.doc.UnreadableException;
import dev.coupure.text.PersonNames;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The stages, in order: front end (a dump's lines or a page's blocks) → classify → metadata → language →
 * dates → entities → record. Holds no per-document state, so one pipeline serves every thread. Never throws for a
 * document: whatever goes wrong becomes a {@link Outcome.Failure}.
 */
public final class Pipeline {

    /** Lines shorter than this are not worth a language check of their own. */
    private static final int LINE_LANGUAGE_MIN_CHARS = 40;

    private final FrontEnds frontEnds;
    private final BlockClassifier classifier;
    private final MetadataExtractor metadata;
    private final LanguageIdentifier languages;
    private final DateExtractor dates;
    private final EntityRecognizer entities;
    private final MarkupMetadata markup;
    private final RecordAssembler assembler = new RecordAssembler();
    private final Options options;

    /**
     * How a run treats every document.
     *
     * @param explain add the per-line decisions to each record
     * @param referenceDate the date relative dates ("il y a 3 heures") count from, or null
     * @param mtimeReference when no better reference exists, count from the file's modification day
     */
    public record Options(boolean explain, LocalDate referenceDate, boolean mtimeReference) {
    }

    public Pipeline(LanguageIdentifier languages, boolean explain) {
        this(languages, new Options(explain, null, false));
    }

    public Pipeline(LanguageIdentifier languages, Options options) {
        LanguageIdentifier.warmUp();
        LinePatterns patterns = LinePatterns.load();
        PersonNames names = PersonNames.load();
        // The entity tables are the largest to read: on the other core, while this one reads the rest.
        CompletableFuture<RuleBasedRecognizer> recognizer = CompletableFuture.supplyAsync(() -> RuleBasedRecognizer.load(names));
        this.classifier = BlockClassifier.standard(patterns, names);
        this.metadata = new MetadataExtractor(patterns, names);
        this.markup = new MarkupMetadata(names);
        this.dates = new DateExtractor(DateGrammar.load());
        RuleBasedRecognizer tables = recognizer.join();
        tables.warmUp();
        this.entities = tables;
        this.languages = languages;
        this.options = options;
        // Only explanations show a page block's source line.
        this.frontEnds = new FrontEnds(options.explain());
    }

    public Outcome process(RawDocument doc) {
        try {
            return new Outcome.Article(article(doc));
        } catch (UnreadableException e) {
            return new Outcome.Failure(new ErrorRecord(doc.path(), e.kind(), doc.path() + ": " + e.getMessage()));
        } catch (RuntimeException | Error e) {
            // Whatever a stage or a parser throws, even out of stack or memory, costs one document, never the batch.
            return new Outcome.Failure(new ErrorRecord(doc.path(), "internal",
                    doc.path() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private ArticleRecord article(RawDocument doc) throws UnreadableException {
        Document read = frontEnds.read(doc);
        List<String> warnings = new ArrayList<>(read.warnings());
        if (!read.charset().equals("UTF-8")) {
            warnings.add("decoded as " + read.charset());
        }
        if (read.mojibakeRepaired() > 0) {
            warnings.add("repaired " + read.mojibakeRepaired() + " mojibake sequences");
        }
        if (doc.sidecarProblem() != null) {
            warnings.add(doc.sidecarProblem());
        }
        List<Block> blocks = read.blocks();
        List<Decision> decisions = classifier.classify(blocks);
        Metadata meta = markup.apply(metadata.extract(decisions, doc.sidecar()), read, warnings);
        decisions = markup.markHeadline(decisions, meta.title());
        if (doc.sidecar() != null && doc.sidecar().published() != null && meta.published() == null) {
            warnings.add("sidecar publication date not understood: " + doc.sidecar().published());
        }
        String body = RecordAssembler.bodyText(decisions);
        if (body.isEmpty()) {
            warnings.add(blocks.isEmpty() ? "empty input" : "no article text found");
        }
        LanguageGuess language = languages.identify(body.isEmpty() ? allText(blocks) : body);
        DateExtractor.Dates found = markup.dates(read, dates.extract(decisions, dateContext(doc, read, meta, language)), warnings);
        if (meta.published() != null) {
            found = new DateExtractor.Dates(meta.published(), found.modified());
        }
        List<Entity> named = entities.recognize(body, meta.title(), language.code());
        List<String> blockLanguages = options.explain() ? blockLanguages(decisions, language) : null;
        return assembler.assemble(new RecordAssembler.Input(doc.path(), doc.bytes(), read), decisions, body, meta,
                found, named, language, blockLanguages, warnings);
    }

    /**
     * The reference for relative dates, best first: the user's --reference-date, the sidecar's
     * fetch time, the day an e-mail was sent, a date in the URL or the file name, and only when
     * asked the file's modification day.
     */
    private DateExtractor.Context dateContext(RawDocument doc, Document read, Metadata meta, LanguageGuess language) {
        LocalDate reference = options.referenceDate();
        String source = "reference";
        if (reference == null && meta.source().fetchedAt() != null) {
            reference = IsoDates.day(meta.source().fetchedAt()).orElse(null);
            source = meta.source().provenance().get("fetched_at");
        }
        List<Declared> sent = read.declared(Declared.Field.SENT);
        if (reference == null && !sent.isEmpty()) {
            reference = IsoDates.day(sent.get(0).value()).orElse(null);
            source = sent.get(0).source();
        }
        if (reference == null && meta.source().url() != null) {
            reference = dates.urlDate(meta.source().url()).orElse(null);
            source = "url";
        }
        if (reference == null) {
            reference = DateExtractor.fileDate(doc.path()).orElse(null);
            source = "filename";
        }
        if (reference == null && options.mtimeReference() && doc.modified() != null) {
            reference = LocalDate.ofInstant(doc.modified(), ZoneOffset.UTC);
            source = "reference";
        }
        return new DateExtractor.Context(doc.path(), meta.source().url(), language.code(), reference, source);
    }

    /**
     * Where no article text was found, the input's own lines still say what language the page is in: a
     * Korean site's menus and captions are Korean.
     */
    private static String allText(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        for (Block b : blocks) {
            text.append(b.text()).append('\n');
        }
        return text.toString();
    }

    /** For --explain: the language of each line long enough to tell, where it differs from the article's. */
    private List<String> blockLanguages(List<Decision> decisions, LanguageGuess article) {
        List<String> out = new ArrayList<>(decisions.size());
        for (Decision d : decisions) {
            String code = null;
            if (d.block().text().length() >= LINE_LANGUAGE_MIN_CHARS) {
                LanguageGuess line = languages.identify(d.block().text());
                if (line.code() != null && !line.code().equals(article.code())) {
                    code = line.code();
                }
            }
            out.add(code);
        }
        return out;
    }
}
