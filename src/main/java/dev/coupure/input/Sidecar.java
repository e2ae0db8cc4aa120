package dev.coupure.input;

/**
 * Metadata kept beside an input: a {@code NAME.meta.json} file next to a dump, or the headers of
 * the web archive record a page came from. Every field may be null. Values are taken as given:
 * the archive knows better than anything guessed from the text.
 *
 * @param file where the values were read (the sidecar's path, or the record's), for error messages
 * @param url the article's URL
 * @param sourceName the publisher's name
 * @param fetchedAt when the page was fetched, as written
 * @param published the publication date or date-time, as written
 * @param origin the provenance of these values in records: {@link #SIDECAR} or {@link #WARC}
 */
public record Sidecar(String file, String url, String sourceName, String fetchedAt, String published, String origin) {

    public static final String SIDECAR = "sidecar";
    public static final String WARC = "warc";

    public Sidecar(String file, String url, String sourceName, String fetchedAt, String published) {
        this(file, url, sourceName, fetchedAt, published, SIDECAR);
    }
}
