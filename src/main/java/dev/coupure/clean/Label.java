package dev.coupure.clean;

import java.util.Locale;

/** What a line of a dump is. Only {@link #inBody() body labels} make the article text. */
public enum Label {
    TITLE, LEDE, BYLINE, DATELINE, BODY, SUBHEADING, CAPTION, CREDIT, BOILERPLATE;

    public boolean inBody() {
        return this == BODY || this == LEDE || this == SUBHEADING;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
