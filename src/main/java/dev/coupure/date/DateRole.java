package dev.coupure.date;

/**
 * What a date says about the article, read from a keyword right before it: "Publié le",
 * "Published", "Posted", "Mis en ligne le", "Créé le" give {@link #PUBLISHED}; "Mis à jour",
 * "Modifié le", "Actualisé le", "Updated", "Last modified" give {@link #MODIFIED}; a date with no
 * such keyword is {@link #NONE}. The phrases are in {@code date-keywords.tsv}.
 */
public enum DateRole {
    PUBLISHED,
    MODIFIED,
    NONE
}
