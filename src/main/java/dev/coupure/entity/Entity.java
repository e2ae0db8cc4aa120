package dev.coupure.entity;

import java.util.List;

/**
 * A named entity of one article.
 *
 * @param name     canonical name: the gazetteer's name when the entity is known (the same in every
 *                 record), otherwise the fullest form the article uses
 * @param type     {@code PER}, {@code ORG}, {@code LOC} or {@code MISC}
 * @param aliases  the distinct surface forms seen in the article (body and title), sorted
 * @param mentions every mention, title mentions first, each group in text order
 * @param count    the number of mentions in the body text
 */
public record Entity(String name, String type, List<String> aliases, List<Mention> mentions, int count) {

    public Entity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
