package dev.coupure.pipeline;

import dev.coupure.doc.FrontEnd;
import dev.coupure.html.HtmlFrontEnd;
import dev.coupure.html.HtmlSniffer;
import dev.coupure.input.RawDocument;
import dev.coupure.text.TextFrontEnd;
import java.util.regex.Pattern;

/** Which front end reads an input: web pages by their content or their name, everything else as a text dump. */
public final class FrontEnds {

    private static final Pattern HTML_NAME = Pattern.compile("(?i)\\.(html?|xhtml|shtml)$");

    private final FrontEnd text = new TextFrontEnd();
    private final FrontEnd html;

    /** @param sourceLines whether page blocks need their source line (see {@link HtmlFrontEnd#HtmlFrontEnd(boolean)}) */
    public FrontEnds(boolean sourceLines) {
        html = new HtmlFrontEnd(sourceLines);
    }

    public FrontEnd forInput(RawDocument doc) {
        return HtmlSniffer.looksLikeHtml(doc.bytes()) || HTML_NAME.matcher(doc.path()).find() ? html : text;
    }
}
