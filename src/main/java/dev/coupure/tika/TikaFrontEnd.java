package dev.coupure.tika;

import dev.coupure.doc.Document;
import dev.coupure.doc.FrontEnd;
import dev.coupure.doc.UnreadableException;
import dev.coupure.text.Normalizer;
import dev.coupure.text.Segmenter;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.epub.EpubParser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.mail.RFC822Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.parser.txt.TXTParser;
import org.xml.sax.ContentHandler;

/**
 * The front end of documents: PDF, Word (DOCX, DOC), OpenDocument text, RTF, EPUB and single
 * e-mails, read by Apache Tika. Tika's XHTML becomes the text a dump of the document would
 * hold, cut into blocks as a dump is; its metadata becomes declared values. Nothing is fetched:
 * embedded documents and attachments are not read, XML parsers resolve no external entity, and
 * no parser reaches the network. Tika's classes load on the first document, never for a dump.
 */
public final class TikaFrontEnd implements FrontEnd {

    /** The media types this front end reads; everything else goes to another front end or is refused. */
    private static final Set<String> TYPES = Set.of(
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/msword",
            // An Office file encrypted with a password: read only to say so (an encrypted error).
            "application/x-tika-ooxml-protected",
            "application/vnd.oasis.opendocument.text",
            "application/rtf",
            "application/epub+zip",
            "message/rfc822");

    /** Characters of text kept from one document: a hundred times a long article. */
    static final int WRITE_LIMIT = 2_000_000;

    private final Normalizer normalizer = new Normalizer();
    private final Segmenter segmenter = new Segmenter();

    /** Whether this front end reads inputs of the media type. */
    public static boolean reads(String mediaType) {
        return mediaType != null && TYPES.contains(mediaType);
    }

    /**
     * @param contentType the media type the input was detected as; detected here when null
     */
    @Override
    public Document read(byte[] bytes, String contentType) throws UnreadableException {
        String type = contentType != null ? contentType : MediaTypes.detect(bytes, null);
        if (!reads(type)) {
            throw new UnreadableException("unsupported-format", "not a document format Coupure reads: " + type);
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, type);
        TextCollector collector = new TextCollector(WRITE_LIMIT, type.equals("application/pdf"));
        List<String> warnings = new ArrayList<>();
        try (InputStream in = TikaInputStream.get(bytes)) {
            Parsers.PARSER.parse(in, collector, metadata, Parsers.context());
        } catch (EncryptedDocumentException e) {
            throw new UnreadableException("encrypted", "encrypted " + type + ": a password is needed to read it", e);
        } catch (StackOverflowError e) {
            throw new UnreadableException("malformed", type + " nested too deeply to parse", null);
        } catch (OutOfMemoryError e) {
            throw new UnreadableException("too-large", type + " needs more memory to parse than there is", null);
        } catch (Exception e) {
            if (!collector.full()) {
                throw failure(type, e);
            }
            warnings.add("text cut at " + WRITE_LIMIT + " characters");
        }
        return new Document(type, "UTF-8", 0, segmenter.segment(normalizer.normalize(collector.text())),
                DocumentMetadata.declared(metadata, type), warnings);
    }

    /** An encrypted part anywhere in the cause chain means a password is needed; anything else, a damaged file. */
    private static UnreadableException failure(String type, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException || t instanceof org.apache.poi.EncryptedDocumentException) {
                return new UnreadableException("encrypted", "encrypted " + type + ": a password is needed to read it", e);
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String why = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return new UnreadableException("malformed", "cannot parse " + type + ": " + why, e);
    }

    /** The parsers, built on first use: loading them takes a second a dump should not pay. */
    private static final class Parsers {

        static final Parser PARSER = build();

        private static Parser build() {
            MediaTypeRegistry registry = MediaTypeRegistry.getDefaultRegistry();
            // The type is always given (CONTENT_TYPE_USER_OVERRIDE), so detection is only that override.
            return new AutoDetectParser(new CompositeDetector(registry, List.of()),
                    new PDFParser(), new OOXMLParser(), new OfficeParser(), new RTFParser(), new OpenDocumentParser(),
                    new EpubParser(), new RFC822Parser(),
                    // An e-mail's text and HTML bodies are read by these two.
                    new TXTParser(), new JSoupParser());
        }

        /** A context per document: Tika's parsers keep state in it. */
        static ParseContext context() {
            ParseContext context = new ParseContext();
            context.set(Parser.class, PARSER);
            context.set(EmbeddedDocumentExtractor.class, NoEmbedded.INSTANCE);
            PDFParserConfig pdf = new PDFParserConfig();
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
            pdf.setExtractInlineImages(false);
            // Outlines and link annotations repeat the text or add debris that is not the article's.
            pdf.setExtractBookmarksText(false);
            pdf.setExtractAnnotationText(false);
            context.set(PDFParserConfig.class, pdf);
            OfficeParserConfig office = new OfficeParserConfig();
            // Running heads and page numbers are the file's furniture, not the article's.
            office.setIncludeHeadersAndFooters(false);
            context.set(OfficeParserConfig.class, office);
            return context;
        }
    }

    /** Attachments, images and embedded files are not the article: never parsed. */
    private enum NoEmbedded implements EmbeddedDocumentExtractor {
        INSTANCE;

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // Never called: shouldParseEmbedded says no.
        }
    }
}
