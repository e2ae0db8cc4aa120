package dev.coupure.meta;

import java.util.Map;

/**
 * Where an article comes from.
 *
 * @param url the article's URL, or null
 * @param domain the URL's host without "www.", or null
 * @param name the publisher, or null
 * @param fetchedAt when it was fetched, from a sidecar, or null
 * @param provenance for each non-null field above, where it came from: "text" or "sidecar"
 */
public record SourceInfo(String url, String domain, String name, String fetchedAt, Map<String, String> provenance) {
}
