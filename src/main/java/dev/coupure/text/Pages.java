package dev.coupure.text;

import java.util.function.IntFunction;

/**
 * A table of the Basic Multilingual Plane in pages of 256 characters, each made the first time one of
 * its characters is asked for: a French text touches three or four pages, and making all 256 of a
 * table costs tens of milliseconds of start-up. Threads that race to make a page make equal ones and
 * keep either; a page must therefore hold its contents in final fields, which publish them.
 *
 * @param <P> a page
 */
final class Pages<P> {

    private final Object[] pages = new Object[256];
    private final IntFunction<P> make;

    /** @param make makes page {@code n}, the characters {@code n << 8} to {@code n << 8 | 0xFF} */
    Pages(IntFunction<P> make) {
        this.make = make;
    }

    /** The page that holds this character. */
    @SuppressWarnings("unchecked")
    P of(char c) {
        Object page = pages[c >>> 8];
        if (page == null) {
            page = make.apply(c >>> 8);
            pages[c >>> 8] = page;
        }
        return (P) page;
    }
}
