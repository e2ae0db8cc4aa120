package dev.coupure.html;

import dev.coupure.doc.Declared;
import dev.coupure.doc.Document;
import dev.coupure.doc.FrontEnd;
import dev.coupure.text.Decoded;
import dev.coupure.text.Decoder;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * The front end of saved web pages: decode (the page's declared charset checked against its
 * bytes), parse leniently as a browser does, read the metadata the markup declares, cut the body
 * into blocks with their place in the page.
 */
public final class HtmlFrontEnd implements FrontEnd {

    private final HtmlDecoder decoder = new HtmlDecoder();
    private final HtmlBlocks blocks = new HtmlBlocks();
    private final boolean sourceLines;

    /**
     * @param sourceLines give each block the line of the page's source its text starts on. Only
     *     explanations show it, and it costs: jsoup then records a position for every node and
     *     attribute, which makes parsing about 60 % slower.
     */
    public HtmlFrontEnd(boolean sourceLines) {
        this.sourceLines = sourceLines;
    }

    @Override
    public Document read(byte[] bytes, String contentType) throws Decoder.NotTextException {
        if (HtmlSniffer.looksBinary(bytes)) {
            throw new Decoder.NotTextException("binary content (NUL bytes) and no byte-order mark: not a web page");
        }
        Decoded decoded = decoder.decode(bytes, contentType);
        org.jsoup.nodes.Document page = Jsoup.parse(decoded.text(), "", Parser.htmlParser().setTrackPosition(sourceLines));
        List<String> warnings = new ArrayList<>();
        String declaredCharset = HtmlDecoder.declaredCharset(bytes);
        if (declaredCharset != null && !declaredCharset.equalsIgnoreCase(decoded.charset())) {
            warnings.add("page declares " + declaredCharset + " but its bytes are " + decoded.charset());
        }
        return new Document(Document.HTML, decoded.charset(), decoded.repairedMojibake(), blocks.blocks(page),
                declared(StructuredMetadata.read(page)), warnings);
    }

    private static List<Declared> declared(PageMetadata meta) {
        List<Declared> out = new ArrayList<>();
        add(out, Declared.Field.TITLE, meta.titles());
        add(out, Declared.Field.AUTHOR, meta.authors());
        add(out, Declared.Field.PUBLISHER, meta.publishers());
        add(out, Declared.Field.PUBLISHED, meta.published());
        add(out, Declared.Field.MODIFIED, meta.modified());
        add(out, Declared.Field.DESCRIPTION, meta.descriptions());
        add(out, Declared.Field.URL, meta.urls());
        add(out, Declared.Field.LANGUAGE, meta.languages());
        return out;
    }

    private static void add(List<Declared> out, Declared.Field field, List<MetaValue> values) {
        for (MetaValue v : values) {
            out.add(new Declared(field, v.value(), v.source()));
        }
    }
}
