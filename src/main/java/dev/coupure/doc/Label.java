package dev.coupure.doc;

import java.util.Locale;

/** What a block of a document is. Only {@link #inBody() body labels} make the article text. */
public enum Label {
    TITLE, LEDE, BYLINE, DATELINE, BODY, SUBHEADING, CAPTION, CREDIT, BOILERPLATE;

    public boolean inBody() {
        return this == BODY || this == LEDE || this == SUBHEADING;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
