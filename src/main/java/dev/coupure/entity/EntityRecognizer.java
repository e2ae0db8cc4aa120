package dev.coupure.entity;

import java.util.List;

/** Finds the people, organizations and places an article names. */
public interface EntityRecognizer {

    /**
     * @param text         the body text
     * @param title        the headline, or null
     * @param languageCode ISO 639-1 code of the text ("fr", "en", ...), or null when unknown
     * @return the entities, sorted by body mention count (descending), then name
     */
    List<Entity> recognize(String text, String title, String languageCode);
}
