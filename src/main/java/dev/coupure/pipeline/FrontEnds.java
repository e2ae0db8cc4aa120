package dev.coupure.pipeline;

import dev.coupure.doc.Document;
import dev.coupure.doc.FrontEnd;
import dev.coupure.doc.UnreadableException;
import dev.coupure.html.HtmlFrontEnd;
import dev.coupure.html.HtmlSniffer;
import dev.coupure.input.RawDocument;
import dev.coupure.text.TextFrontEnd;
import dev.coupure.tika.MediaTypes;
import dev.coupure.tika.TikaFrontEnd;
import java.util.regex.Pattern;

/**
 * Which front end reads an input: web pages by their content or their name, documents (PDF,
 * Word, ODF, RTF, EPUB, e-mail) by the media type Tika's detector gives, text of any kind as a
 * dump. A type none of them reads (an image, a sound, a spreadsheet) is refused by name.
 */
public final class FrontEnds {

    private static final Pattern HTML_NAME = Pattern.compile("(?i)\\.(html?|xhtml|shtml)$");

    private final FrontEnd text = new TextFrontEnd();
    private final FrontEnd html;
    private final FrontEnd documents = new TikaFrontEnd();

    /** @param sourceLines whether page blocks need their source line (see {@link HtmlFrontEnd#HtmlFrontEnd(boolean)}) */
    public FrontEnds(boolean sourceLines) {
        html = new HtmlFrontEnd(sourceLines);
    }

    public Document read(RawDocument doc) throws UnreadableException {
        if (HtmlSniffer.looksLikeHtml(doc.bytes()) || HTML_NAME.matcher(doc.path()).find()) {
            return html.read(doc.bytes(), doc.contentType());
        }
        String type = mediaType(doc);
        if (TikaFrontEnd.reads(type)) {
            return documents.read(doc.bytes(), type);
        }
        // Bytes Tika cannot name go to the text front end, which tells text from binary as it always has.
        if (type == null || MediaTypes.isText(type)) {
            return text.read(doc.bytes(), doc.contentType());
        }
        throw new UnreadableException("unsupported-format", "a " + type
                + " file: Coupure reads text dumps, web pages, PDF, Word, OpenDocument text, RTF, EPUB and e-mail");
    }

    /** The type the input layer detected; detected here for a document built without one. */
    private static String mediaType(RawDocument doc) {
        return doc.mediaType() != null ? doc.mediaType() : MediaTypes.detect(doc.bytes(), doc.path());
    }
}
