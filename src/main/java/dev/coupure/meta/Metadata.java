package dev.coupure.meta;

import dev.coupure.date.PublicationDate;
import java.util.List;

/**
 * What the dump says about its article, besides the text.
 *
 * @param title the headline, or null when the dump has none
 * @param lede the standfirst, or null
 * @param authors people who wrote it, never a publisher
 * @param source where it comes from
 * @param published the publication date, or null when nothing supports one
 */
public record Metadata(String title, String lede, List<String> authors, SourceInfo source, PublicationDate published) {
}
