package dev.coupure.doc;

import dev.coupure.text.Decoder;

/** Turns an input's bytes into a {@link Document}. Never throws on bad input except for bytes that are not text. */
public interface FrontEnd {

    /**
     * @param bytes the input
     * @param contentType the media type and charset the input came with (an HTTP header), or null
     */
    Document read(byte[] bytes, String contentType) throws Decoder.NotTextException;
}
