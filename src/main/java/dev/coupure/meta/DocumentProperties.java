package dev.coupure.meta;

import dev.coupure.doc.Declared;
import dev.coupure.doc.Document;
import dev.coupure.text.Fold;
import dev.coupure.text.PersonNames;
import dev.coupure.text.ResourceLines;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Weighs a document's own metadata (a PDF's or a Word file's title and author, an e-mail's
 * Subject and From) against its text. Unlike a page's markup, these are typed by whoever made
 * the file, often long before or after the article, or filled in by a program: a file name, a
 * template's title, an account name. So the text wins where it shows a headline or a byline,
 * and a declared value that agrees with it becomes its provenance; where the text shows none, a
 * plausible declared value fills in: a title that is not a placeholder, authors that are
 * people's names.
 */
final class DocumentProperties {

    /** Reply and forward markers an e-mail subject may start with: "Re: ", "TR : ", "Fwd: ". */
    private static final Pattern REPLY = Pattern.compile("(?i)^(?:(?:re|fw|fwd|tr|aw|wg|rv)\\s?:\\s*)+");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private final List<Pattern> placeholders;
    private final PersonNames names;

    DocumentProperties(PersonNames names) {
        this.names = names;
        this.placeholders = ResourceLines.read(DocumentProperties.class, "placeholder-titles.txt").stream()
                .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
    }

    Metadata apply(Metadata text, Document doc) {
        Map<String, String> provenance = new TreeMap<>(text.source().provenance());
        String title = text.title();
        Declared declaredTitle = plausibleTitle(doc);
        if (declaredTitle != null) {
            String value = REPLY.matcher(declaredTitle.value()).replaceFirst("");
            if (title == null || Fold.fold(title).equals(Fold.fold(value))) {
                title = value;
                provenance.put("title", declaredTitle.source());
            }
        }
        List<String> authors = text.authors();
        Credit credit = people(doc);
        if (credit != null) {
            Set<String> shown = new HashSet<>();
            authors.forEach(a -> shown.add(Fold.fold(a)));
            if (authors.isEmpty()) {
                authors = credit.people();
                provenance.put("authors", credit.source());
            } else if (credit.people().stream().anyMatch(p -> shown.contains(Fold.fold(p)))) {
                provenance.put("authors", credit.source());
            }
        }
        String name = text.source().name();
        List<Declared> publishers = doc.declared(Declared.Field.PUBLISHER);
        if (name == null && !publishers.isEmpty()) {
            name = publishers.get(0).value();
            provenance.put("name", publishers.get(0).source());
        }
        SourceInfo source = text.source();
        return new Metadata(title, text.lede(), authors,
                new SourceInfo(source.url(), source.domain(), name, source.fetchedAt(), Map.copyOf(provenance)),
                text.published());
    }

    private Declared plausibleTitle(Document doc) {
        for (Declared d : doc.declared(Declared.Field.TITLE)) {
            String value = d.value();
            if (LETTER.matcher(value).find() && placeholders.stream().noneMatch(p -> p.matcher(value).matches())) {
                return d;
            }
        }
        return null;
    }

    private record Credit(List<String> people, String source) {
    }

    /** The people the first source that names any names: "Claire Dubois", never "admin" or "Utilisateur Windows". */
    private Credit people(Document doc) {
        String source = null;
        List<String> people = new ArrayList<>();
        for (Declared d : doc.declared(Declared.Field.AUTHOR)) {
            List<String> named = names.splitNames(d.value());
            if (!named.isEmpty() && (source == null || source.equals(d.source()))) {
                source = d.source();
                people.addAll(named);
            }
        }
        return source == null ? null : new Credit(List.copyOf(people), source);
    }
}
