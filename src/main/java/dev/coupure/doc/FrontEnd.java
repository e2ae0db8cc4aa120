package dev.coupure.doc;

/** Turns an input's bytes into a {@link Document}. Never throws on bad input except for inputs it cannot read at all. */
public interface FrontEnd {

    /**
     * @param bytes the input
     * @param contentType the media type and charset the input came with (an HTTP header) or was
     *     detected as, or null
     */
    Document read(byte[] bytes, String contentType) throws UnreadableException;
}
