package dev.coupure.text;

import dev.coupure.doc.Document;
import dev.coupure.doc.FrontEnd;
import java.util.List;

/** The front end of text dumps: decode, normalize, one block per non-blank line. */
public final class TextFrontEnd implements FrontEnd {

    private final Decoder decoder = new Decoder();
    private final Normalizer normalizer = new Normalizer();
    private final Segmenter segmenter = new Segmenter();

    @Override
    public Document read(byte[] bytes, String contentType) throws Decoder.NotTextException {
        Decoded decoded = decoder.decode(bytes);
        return new Document(Document.TEXT, decoded.charset(), decoded.repairedMojibake(),
                segmenter.segment(normalizer.normalize(decoded.text())), List.of(), List.of());
    }
}
