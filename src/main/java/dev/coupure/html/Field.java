package dev.coupure.html;

/** The lists of {@link PageMetadata} a value can go to. */
enum Field {
    TITLE, AUTHOR, PUBLISHER, PUBLISHED, MODIFIED, DESCRIPTION, URL, LANGUAGE
}
