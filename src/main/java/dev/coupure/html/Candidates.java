package dev.coupure.html;

import dev.coupure.text.Fold;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The values the readers find, kept in the order they are found and turned into a
 * {@link PageMetadata} once the whole page is read.
 */
final class Candidates {

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    /** Invisible characters that CMS editors leave inside names and titles. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");

    private record Entry(Field field, String value, String source) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private String articleBody;

    void add(Field field, String raw, String source) {
        String value = clean(raw);
        if (!value.isEmpty()) {
            entries.add(new Entry(field, value, source));
        }
    }

    void type(String type) {
        if (!type.isEmpty()) {
            types.add(type);
        }
    }

    /** The first body counts: a later one, a whole article's text, is not worth cleaning. */
    void articleBody(String raw) {
        if (articleBody == null) {
            String body = clean(raw);
            articleBody = body.isEmpty() ? null : body;
        }
    }

    /**
     * Author values are split and filtered only here: whether "Le Quotidien" is a person or the
     * publisher is known only once every publisher name of the page has been seen.
     */
    PageMetadata build() {
        Set<String> publisherNames = new HashSet<>();
        for (Entry e : entries) {
            if (e.field() == Field.PUBLISHER) {
                publisherNames.add(Fold.fold(e.value()));
            }
        }
        Map<Field, Set<MetaValue>> lists = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            lists.put(f, new LinkedHashSet<>());
        }
        for (Entry e : entries) {
            if (e.field() == Field.AUTHOR) {
                for (String name : Authors.names(e.value())) {
                    Field to = publisherNames.contains(Fold.fold(name)) ? Field.PUBLISHER : Field.AUTHOR;
                    lists.get(to).add(new MetaValue(name, e.source()));
                }
            } else {
                lists.get(e.field()).add(new MetaValue(e.value(), e.source()));
            }
        }
        return new PageMetadata(
                List.copyOf(lists.get(Field.TITLE)),
                List.copyOf(lists.get(Field.AUTHOR)),
                List.copyOf(lists.get(Field.PUBLISHER)),
                List.copyOf(lists.get(Field.PUBLISHED)),
                List.copyOf(lists.get(Field.MODIFIED)),
                List.copyOf(lists.get(Field.DESCRIPTION)),
                List.copyOf(lists.get(Field.URL)),
                List.copyOf(lists.get(Field.LANGUAGE)),
                types,
                articleBody);
    }

    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        return SPACES.matcher(INVISIBLE.matcher(raw).replaceAll("")).replaceAll(" ").strip();
    }
}
