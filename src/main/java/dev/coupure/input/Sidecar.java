package dev.coupure.input;

/**
 * Metadata an archive keeps beside a dump, in {@code NAME.meta.json}. Every field may be null.
 * Values are taken as given: the sidecar knows better than anything guessed from the text.
 *
 * @param file the sidecar's path, for provenance and error messages
 * @param url the article's URL
 * @param sourceName the publisher's name
 * @param fetchedAt when the page was fetched, as written
 * @param published the publication date or date-time, as written
 */
public record Sidecar(String file, String url, String sourceName, String fetchedAt, String published) {
}
