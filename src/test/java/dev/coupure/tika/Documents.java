package dev.coupure.tika;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The test article (src/test/resources/documents/article.txt, written for these tests) saved in
 * each document format Coupure reads, built here with the writers Tika's modules bring (POI,
 * PDFBox) or by hand (RTF, e-mail, and the zips of ODT and EPUB), so no binary fixture is needed.
 */
final class Documents {

    /** The article: what a document's body should give back. */
    record Article(String title, String byline, String dateline, List<String> paragraphs) {

        /** The article as a text dump: title, byline, dateline, paragraphs, blank lines between. */
        String dump() {
            return String.join("\n\n", lines()) + "\n";
        }

        List<String> lines() {
            List<String> lines = new ArrayList<>(List.of(title, byline, dateline));
            lines.addAll(paragraphs);
            return lines;
        }

        String author() {
            return byline.substring("Par ".length());
        }
    }

    static final String PUBLISHER = "Le Journal de Saint-Aurèle";

    private Documents() {
    }

    static Article article() {
        String text;
        try (InputStream in = Documents.class.getResourceAsStream("/documents/article.txt")) {
            text = new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> blocks = List.of(text.strip().split("\n\n"));
        return new Article(blocks.get(0), blocks.get(1), blocks.get(2), blocks.subList(3, blocks.size()));
    }

    static byte[] docx(Article a) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : a.lines()) {
                XWPFParagraph p = doc.createParagraph();
                p.createRun().setText(line);
            }
            doc.getProperties().getCoreProperties().setTitle(a.title());
            doc.getProperties().getCoreProperties().setCreator(a.author());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word file saved with a password to open it, as Office encrypts it (agile encryption in an OLE2 container). */
    static byte[] withPassword(byte[] ooxml, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(ooxml);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A PDF as a word processor prints one: lines wrapped to the page, paragraphs apart, and
     * the document information a printer driver fills in (a file name as title, an account as author).
     */
    static byte[] pdf(Article a, Optional<String> userPassword) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            float size = 11;
            float leading = 14;
            float width = PDRectangle.A4.getWidth() - 2 * 60;
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, size);
                cs.setLeading(leading);
                cs.newLineAtOffset(60, PDRectangle.A4.getHeight() - 70);
                for (String paragraph : a.lines()) {
                    for (String line : wrap(paragraph, font, size, width)) {
                        cs.showText(line);
                        cs.newLine();
                    }
                    cs.newLine();
                }
                cs.endText();
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Microsoft Word - mediatheque_v2.docx");
            info.setAuthor("admin");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.clear();
            created.set(2026, Calendar.JANUARY, 5);
            info.setCreationDate(created);
            if (userPassword.isPresent()) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword.get(),
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(String paragraph, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    static byte[] odt(Article a) {
        StringBuilder body = new StringBuilder();
        for (String line : a.lines()) {
            body.append("<text:p>").append(xml(line)).append("</text:p>");
        }
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                <office:body><office:text>%s</office:text></office:body></office:document-content>
                """.formatted(body);
        String meta = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" \
                office:version="1.2"><office:meta><dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator>\
                <dc:creator>%s</dc:creator><meta:creation-date>2025-03-14T08:12:00</meta:creation-date>\
                </office:meta></office:document-meta>
                """.formatted(xml(a.title()), xml(a.author()), xml(a.author()));
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """;
        return zip("application/vnd.oasis.opendocument.text", List.of(
                new Entry("META-INF/manifest.xml", manifest), new Entry("content.xml", content), new Entry("meta.xml", meta)));
    }

    /** An EPUB with one chapter in {@code chapter}: the article as XHTML unless a test gives other markup. */
    static byte[] epub(Article a) {
        StringBuilder body = new StringBuilder("<h1>" + xml(a.title()) + "</h1>");
        for (String line : a.lines().subList(1, a.lines().size())) {
            body.append("<p>").append(xml(line)).append("</p>");
        }
        String chapter = """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>%s</title></head><body>%s</body></html>
                """.formatted(xml(a.title()), body);
        return epub(a, chapter);
    }

    static byte[] epub(Article a, String chapter) {
        String container = """
                <?xml version="1.0" encoding="UTF-8"?>
                <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
                </container>
                """;
        String opf = """
                <?xml version="1.0" encoding="UTF-8"?>
                <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
                <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                <dc:identifier id="id">urn:uuid:6f1c2a8e-0b7d-4c55-9a34-1f0e5d2b7c90</dc:identifier>
                <dc:title>%s</dc:title><dc:creator>%s</dc:creator><dc:publisher>%s</dc:publisher>
                <dc:language>fr</dc:language></metadata>
                <manifest><item id="chapter" href="chapter.xhtml" media-type="application/xhtml+xml"/></manifest>
                <spine><itemref idref="chapter"/></spine>
                </package>
                """.formatted(xml(a.title()), xml(a.author()), xml(PUBLISHER));
        return zip("application/epub+zip", List.of(new Entry("META-INF/container.xml", container),
                new Entry("OEBPS/content.opf", opf), new Entry("OEBPS/chapter.xhtml", chapter)));
    }

    /** RTF as a word processor writes French: Windows-1252 escapes, the title and author in the info group. */
    static byte[] rtf(Article a) {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}");
        rtf.append("{\\info{\\title ").append(rtfText(a.title())).append("}{\\author ").append(rtfText(a.author()))
                .append("}}\n");
        for (String line : a.lines()) {
            rtf.append("{\\pard\\f0\\fs24 ").append(rtfText(line)).append("\\par}\n");
        }
        return rtf.append("}").toString().getBytes(UTF_8);
    }

    private static String rtfText(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\\' || c == '{' || c == '}') {
                out.append('\\').append(c);
            } else if (c < 0x80) {
                out.append(c);
            } else {
                out.append("\\u").append((int) (short) c).append('?');
            }
        }
        return out.toString();
    }

    /** A single e-mail as a mail client saves it: an encoded subject, a named sender, a quoted-printable body. */
    static byte[] eml(String subject, String from, String date, String body) {
        String headers = "From: " + from + "\r\n"
                + "To: redaction@example.org\r\n"
                + "Subject: =?UTF-8?B?" + java.util.Base64.getEncoder().encodeToString(subject.getBytes(UTF_8)) + "?=\r\n"
                + "Date: " + date + "\r\n"
                + "Message-ID: <20250314100200.4821@example.org>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n";
        return (headers + body.replace("\n", "\r\n")).getBytes(UTF_8);
    }

    /** A newsletter as mail clients send it: a plain-text and an HTML version of the same article. */
    static byte[] emlWithHtml(Article a) {
        StringBuilder html = new StringBuilder("<html><body><h1>" + xml(a.title()) + "</h1>");
        for (String line : a.lines().subList(1, a.lines().size())) {
            html.append("<p>").append(xml(line)).append("</p>");
        }
        html.append("<p><a href=\"https://example.org/desabonnement\">Se désabonner</a></p></body></html>");
        String body = "--sep\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + a.dump()
                + "\r\n--sep\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n" + html
                + "\r\n--sep--\r\n";
        String headers = "From: \"" + a.author() + "\" <claire.dubois@example.org>\r\n"
                + "Subject: =?UTF-8?B?" + java.util.Base64.getEncoder().encodeToString(a.title().getBytes(UTF_8)) + "?=\r\n"
                + "Date: Fri, 14 Mar 2025 10:02:00 +0100\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/alternative; boundary=\"sep\"\r\n\r\n";
        return (headers + body).getBytes(UTF_8);
    }

    static byte[] eml(Article a) {
        return eml(a.title(), "\"" + a.author() + "\" <claire.dubois@example.org>", "Fri, 14 Mar 2025 10:02:00 +0100",
                a.dump());
    }

    /** The zip with one entry's text changed: how a test slips hostile XML into a Word file. */
    static byte[] withEntry(byte[] zip, String name, UnaryOperator<String> change) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(name)) {
                    data = change.apply(new String(data, UTF_8)).getBytes(UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private record Entry(String name, String text) {
    }

    /** A zip whose first entry is the stored {@code mimetype} file, as ODF and EPUB require. */
    private static byte[] zip(String mimetype, List<Entry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] type = mimetype.getBytes(UTF_8);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(type);
            zip.closeEntry();
            for (Entry e : entries) {
                zip.putNextEntry(new ZipEntry(e.name()));
                zip.write(e.text().getBytes(UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
