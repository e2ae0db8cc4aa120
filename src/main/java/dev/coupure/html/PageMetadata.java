package dev.coupure.html;

import java.util.List;

/**
 * Every metadata value a page's markup carries, each with its source, in document order and
 * without duplicates (same value and same source). Nothing here says which value wins.
 *
 * @param titles headlines: JSON-LD, OpenGraph, Twitter, Dublin Core, microdata and the {@code <title>} element
 * @param authors people who wrote the article; organizations named as authors are in {@code publishers}
 * @param publishers the site or organization that published it
 * @param published publication dates, as the raw strings found
 * @param modified modification dates, as the raw strings found
 * @param descriptions summaries
 * @param urls the page's canonical address as the page states it
 * @param languages language codes or locales as the page states them
 * @param types the schema.org {@code @type} of every JSON-LD node, in document order, repeats kept
 *     (a listing page shows as many {@code NewsArticle} as it lists)
 * @param articleBody the first JSON-LD {@code articleBody}, or null
 */
public record PageMetadata(
        List<MetaValue> titles,
        List<MetaValue> authors,
        List<MetaValue> publishers,
        List<MetaValue> published,
        List<MetaValue> modified,
        List<MetaValue> descriptions,
        List<MetaValue> urls,
        List<MetaValue> languages,
        List<String> types,
        String articleBody) {

    public PageMetadata {
        titles = List.copyOf(titles);
        authors = List.copyOf(authors);
        publishers = List.copyOf(publishers);
        published = List.copyOf(published);
        modified = List.copyOf(modified);
        descriptions = List.copyOf(descriptions);
        urls = List.copyOf(urls);
        languages = List.copyOf(languages);
        types = List.copyOf(types);
    }
}
