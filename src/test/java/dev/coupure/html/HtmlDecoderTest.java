package dev.coupure.html;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.coupure.text.Decoded;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Charset LATIN9 = Charset.forName("ISO-8859-15");
    private static final String FRENCH = "L’Élysée a confirmé : une œuvre à 12 € … ou presque.";
    /** ISO-8859-15 has œ and € but neither ’ nor …. */
    private static final String FRENCH_LATIN9 = "« L'Élysée : une œuvre à 12 € »";

    private final HtmlDecoder decoder = new HtmlDecoder();

    // ---------------------------------------------------------------- byte-order marks

    @Test
    void utf8BomBeatsHeaderAndMeta() {
        byte[] page = concat(bytes(0xEF, 0xBB, 0xBF), page("<meta charset=\"windows-1252\">").getBytes(UTF_8));
        Decoded d = decoder.decode(page, "text/html; charset=ISO-8859-1");
        assertEquals("UTF-8", d.charset());
        assertTrue(d.text().startsWith("<!DOCTYPE html>"), d.text()); // the mark itself is not kept
        assertTrue(d.text().contains(FRENCH), d.text());
    }

    @Test
    void utf16LittleEndianWithBom() {
        String html = page("<meta charset=\"utf-8\">");
        Decoded d = decoder.decode(concat(bytes(0xFF, 0xFE), html.getBytes(UTF_16LE)), null);
        assertEquals(html, d.text());
        assertEquals("UTF-16LE", d.charset());
        assertEquals(0, d.repairedMojibake());
    }

    @Test
    void utf16BigEndianWithBom() {
        String html = page("");
        Decoded d = decoder.decode(concat(bytes(0xFE, 0xFF), html.getBytes(UTF_16BE)), "text/html; charset=utf-8");
        assertEquals(html, d.text());
        assertEquals("UTF-16BE", d.charset());
    }

    // ---------------------------------------------------------------- Content-Type header

    @Test
    void headerOverridesMeta() {
        // € is 0xA4 in ISO-8859-15; the meta's Windows-1252 would make it "¤".
        byte[] html = latin9Page("<meta charset=\"windows-1252\">").getBytes(LATIN9);
        Decoded d = decoder.decode(html, "text/html; charset=ISO-8859-15");
        assertEquals("ISO-8859-15", d.charset());
        assertTrue(d.text().contains(FRENCH_LATIN9), d.text());
    }

    @Test
    void quotedHeaderCharsetAmongOtherParameters() {
        byte[] html = latin9Page("").getBytes(LATIN9);
        Decoded d = decoder.decode(html, "text/html;format=flowed; Charset=\"iso-8859-15\"");
        assertTrue(d.text().contains(FRENCH_LATIN9), d.text());
    }

    @Test
    void headerWithoutCharsetFallsBackToMeta() {
        byte[] html = latin9Page("<meta charset=iso-8859-15>").getBytes(LATIN9);
        Decoded d = decoder.decode(html, "text/html");
        assertEquals("ISO-8859-15", d.charset());
        assertTrue(d.text().contains(FRENCH_LATIN9), d.text());
    }

    @Test
    void headerUtf16OnBytesWithoutNulIsIgnored() {
        byte[] bytes = latin9Page("<meta charset=\"iso-8859-15\">").getBytes(LATIN9);
        Decoded d = decoder.decode(bytes, "text/html; charset=utf-16");
        assertEquals("ISO-8859-15", d.charset());
        assertTrue(d.text().contains(FRENCH_LATIN9), d.text());
    }

    @Test
    void headerUtf16WithoutBomOnUtf16Bytes() {
        String html = page("");
        Decoded d = decoder.decode(html.getBytes(UTF_16LE), "text/html; charset=UTF-16");
        assertEquals(html, d.text());
        assertEquals("UTF-16LE", d.charset());
    }

    // ---------------------------------------------------------------- meta prescan

    @Test
    void metaCharsetAfterALongHeadComment() {
        String comment = "<!-- " + "Gabarit généré, ne pas modifier. <meta charset=\"koi8-r\"> ".repeat(50) + "-->";
        assertTrue(comment.length() > 2048 && comment.length() < 3800, "length " + comment.length());
        String html = "<!DOCTYPE html><html><head>" + comment + "<meta charset=\"ISO-8859-15\">" + body(FRENCH_LATIN9);
        byte[] bytes = html.getBytes(LATIN9);
        assertEquals("ISO-8859-15", HtmlDecoder.declaredCharset(bytes));
        Decoded d = decoder.decode(bytes, null);
        assertEquals("ISO-8859-15", d.charset());
        assertEquals(html, d.text());
    }

    @Test
    void metaBeyondThePrescanWindowIsNotSeen() {
        String filler = "<!-- " + "x".repeat(MetaPrescan.LIMIT) + " -->";
        String html = "<html><head>" + filler + "<meta charset=\"iso-8859-15\">" + body(FRENCH_LATIN9);
        byte[] bytes = html.getBytes(LATIN9);
        assertNull(HtmlDecoder.declaredCharset(bytes));
        Decoded d = decoder.decode(bytes, null);
        assertEquals("windows-1252", d.charset());
        // œ (0xBD) and € (0xA4) of ISO-8859-15 read as Windows-1252
        assertTrue(d.text().contains("une ½uvre à 12 ¤"), d.text());
    }

    @Test
    void httpEquivWithSingleQuotesAnyOrderAnyCase() {
        String meta = "<META CONTENT='text/html; Charset=ISO-8859-15' HTTP-EQUIV='Content-Type'>";
        Decoded d = decoder.decode(latin9Page(meta).getBytes(LATIN9), null);
        assertEquals("ISO-8859-15", d.charset());
        assertTrue(d.text().contains(FRENCH_LATIN9), d.text());
    }

    @Test
    void httpEquivUnquotedWithSelfClosingSlash() {
        String meta = "<meta http-equiv=content-type content=\"text/html;charset=iso-8859-15\"/>";
        Decoded d = decoder.decode(latin9Page(meta).getBytes(LATIN9), null);
        assertTrue(d.text().contains(FRENCH_LATIN9), d.text());
    }

    @Test
    void contentWithoutHttpEquivIsNotADeclaration() {
        byte[] bytes = latin9Page("<meta name=\"x\" content=\"text/html; charset=iso-8859-15\">").getBytes(LATIN9);
        assertNull(HtmlDecoder.declaredCharset(bytes));
        assertTrue(decoder.decode(bytes, null).text().contains("à 12 ¤"));
    }

    @Test
    void metaQuotedInsideAnotherTagsAttributeIsNotSeen() {
        byte[] bytes = page("<link title=\"<meta charset=iso-8859-15>\">").getBytes(CP1252);
        assertNull(HtmlDecoder.declaredCharset(bytes));
        Decoded d = decoder.decode(bytes, null);
        assertEquals("windows-1252", d.charset());
        assertTrue(d.text().contains(FRENCH), d.text());
    }

    @Test
    void unknownLabelIsPassedOverForTheNextMeta() {
        byte[] bytes = latin9Page("<meta charset=\"x-klingon\"><meta charset=\"utf-7\"><meta charset=\"iso-8859-15\">")
                .getBytes(LATIN9);
        assertEquals("ISO-8859-15", HtmlDecoder.declaredCharset(bytes));
        assertTrue(decoder.decode(bytes, null).text().contains(FRENCH_LATIN9));
    }

    @Test
    void unknownLabelAloneFallsThroughToTheBytes() {
        assertNull(HtmlDecoder.declaredCharset(page("<meta charset=\"x-klingon\">").getBytes(UTF_8)));
        Decoded utf8 = decoder.decode(page("<meta charset=\"x-klingon\">").getBytes(UTF_8), "text/html; charset=bogus");
        assertEquals("UTF-8", utf8.charset());
        assertTrue(utf8.text().contains(FRENCH), utf8.text());
        Decoded cp1252 = decoder.decode(page("<meta charset=\"x-klingon\">").getBytes(CP1252), null);
        assertEquals("windows-1252", cp1252.charset());
        assertTrue(cp1252.text().contains(FRENCH), cp1252.text());
    }

    @Test
    void whatwgLabels() {
        assertEquals("windows-1252", HtmlDecoder.declaredCharset(ascii("<meta charset=\"ISO-8859-1\">")));
        assertEquals("windows-1252", HtmlDecoder.declaredCharset(ascii("<meta charset=latin1>")));
        assertEquals("windows-1252", HtmlDecoder.declaredCharset(ascii("<meta charset=' us-ascii '>")));
        assertEquals("windows-1252", HtmlDecoder.declaredCharset(ascii("<meta charset=ascii>")));
        assertEquals("UTF-8", HtmlDecoder.declaredCharset(ascii("<meta charset=utf8>")));
        assertEquals("windows-1254", HtmlDecoder.declaredCharset(ascii("<meta charset=iso-8859-9>")));
        assertEquals("GBK", HtmlDecoder.declaredCharset(ascii("<meta charset=gb2312>")));
        assertEquals("windows-31j", HtmlDecoder.declaredCharset(ascii("<meta charset=Shift_JIS>")));
        assertNull(HtmlDecoder.declaredCharset(ascii("<meta charset=utf-32>")));
        assertNull(HtmlDecoder.declaredCharset(ascii("<meta charset=iso-2022-kr>")));
        assertNull(HtmlDecoder.declaredCharset(ascii("<p>Rien de déclaré</p>")));
        assertNull(HtmlDecoder.declaredCharset(new byte[0]));
    }

    @Test
    void latin1LabelMeansWindows1252() {
        // œ (0x9C) and ’ (0x92) are C1 controls in real ISO-8859-1.
        Decoded d = decoder.decode(page("<meta charset=\"iso-8859-1\">").getBytes(CP1252), null);
        assertEquals("windows-1252", d.charset());
        assertTrue(d.text().contains(FRENCH), d.text());
    }

    @Test
    void metaUtf16MeansUtf8WithoutBom() {
        byte[] bytes = page("<meta charset=\"utf-16\">").getBytes(UTF_8);
        assertEquals("UTF-8", HtmlDecoder.declaredCharset(bytes));
        Decoded d = decoder.decode(bytes, null);
        assertEquals("UTF-8", d.charset());
        assertTrue(d.text().contains(FRENCH), d.text());
    }

    @Test
    void windows1251RussianPage() {
        String russian = "Президент Франции прибыл в Москву. «Это исторический визит», — заявил он.";
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                + "</head><body><p>" + russian + "</p></body></html>";
        Decoded d = decoder.decode(html.getBytes(Charset.forName("windows-1251")), null);
        assertEquals("windows-1251", d.charset());
        assertEquals(html, d.text());
        assertEquals(0, d.repairedMojibake());
    }

    @Test
    void koi8rUnquoted() {
        String html = "<html><head><meta charset=koi8-r></head><body>Новости дня</body></html>";
        Decoded d = decoder.decode(html.getBytes(Charset.forName("KOI8-R")), null);
        assertEquals("KOI8-R", d.charset());
        assertEquals(html, d.text());
    }

    @Test
    void iso885915EuroSign() {
        byte[] bytes = latin9Page("<meta charset=\"iso-8859-15\">").getBytes(LATIN9);
        assertTrue(indexOf(bytes, (byte) 0xA4) > 0);
        Decoded d = decoder.decode(bytes, null);
        assertEquals("ISO-8859-15", d.charset());
        assertTrue(d.text().contains("une œuvre à 12 € »"), d.text());
    }

    // ---------------------------------------------------------------- XML declaration

    @Test
    void xhtmlWithXmlDeclaration() {
        String html = "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>\n"
                + "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
                + "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"fr\"><head><title>Élysée</title></head>"
                + body(FRENCH_LATIN9);
        Decoded d = decoder.decode(html.getBytes(LATIN9), null);
        assertEquals("ISO-8859-15", d.charset());
        assertEquals(html, d.text());
    }

    @Test
    void metaWinsOverXmlDeclaration() {
        String html = "<?xml version='1.0' encoding='utf-8'?><html><head><meta charset=\"iso-8859-15\"></head>"
                + body(FRENCH_LATIN9);
        assertEquals("ISO-8859-15", HtmlDecoder.declaredCharset(html.getBytes(LATIN9)));
    }

    // ---------------------------------------------------------------- declarations checked against the bytes

    @Test
    void utf8DeclaredButWindows1252Bytes() {
        Decoded d = decoder.decode(page("<meta charset=\"utf-8\">").getBytes(CP1252), null);
        assertEquals("windows-1252", d.charset());
        assertTrue(d.text().contains(FRENCH), d.text());
        assertEquals(0, d.repairedMojibake());
    }

    @Test
    void utf8HeaderButWindows1252Bytes() {
        Decoded d = decoder.decode(page("").getBytes(CP1252), "text/html; charset=UTF-8");
        assertEquals("windows-1252", d.charset());
        assertTrue(d.text().contains(FRENCH), d.text());
    }

    @Test
    void latin1DeclaredButUtf8Bytes() {
        String meta = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">";
        byte[] bytes = page(meta).getBytes(UTF_8);
        assertEquals("windows-1252", HtmlDecoder.declaredCharset(bytes));
        Decoded d = decoder.decode(bytes, null);
        assertEquals("UTF-8", d.charset());
        assertTrue(d.text().contains(FRENCH), d.text());
        assertEquals(0, d.repairedMojibake());
    }

    @Test
    void latin1HeaderButUtf8Bytes() {
        Decoded d = decoder.decode(page("").getBytes(UTF_8), "text/html; charset=ISO-8859-1");
        assertEquals("UTF-8", d.charset());
        assertTrue(d.text().contains(FRENCH), d.text());
    }

    @Test
    void validUtf8WinsOverAnyOtherDeclaredCharset() {
        // A template converted to UTF-8 keeps its old declaration: valid multi-byte UTF-8 is never
        // ISO-8859-15 or GBK text by accident.
        Decoded latin9 = decoder.decode("<meta charset=iso-8859-15><p>déjà".getBytes(UTF_8), null);
        assertEquals("UTF-8", latin9.charset());
        assertEquals("<meta charset=iso-8859-15><p>déjà", latin9.text());
        assertEquals(0, latin9.repairedMojibake());
        Decoded gbk = decoder.decode("<meta charset=gb2312><p>新华社北京电".getBytes(UTF_8), null);
        assertEquals("UTF-8", gbk.charset());
        assertEquals("<meta charset=gb2312><p>新华社北京电", gbk.text());
    }

    // ---------------------------------------------------------------- nothing declared

    @Test
    void undeclaredUtf8() {
        String html = page("");
        Decoded d = decoder.decode(html.getBytes(UTF_8), null);
        assertEquals("UTF-8", d.charset());
        assertEquals(html, d.text());
    }

    @Test
    void undeclaredWindows1252() {
        String html = page("");
        Decoded d = decoder.decode(html.getBytes(CP1252), null);
        assertEquals("windows-1252", d.charset());
        assertEquals(html, d.text());
    }

    @Test
    void emptyInput() {
        Decoded d = decoder.decode(new byte[0], null);
        assertEquals("", d.text());
        assertEquals("UTF-8", d.charset());
    }

    @Test
    void binaryInputStillDecodes() {
        byte[] png = bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0xFF, 0xC0);
        assertTrue(HtmlSniffer.looksBinary(png));
        Decoded d = decoder.decode(png, "image/png");
        assertEquals("windows-1252", d.charset());
        assertEquals("‰PNG\r\n\u001A\n\0\0\0\rIHDRÿÀ", d.text());
    }

    // ---------------------------------------------------------------- mojibake

    @Test
    void mojibakeIsRepairedThroughTheHtmlPath() {
        String doubled = "<html><head><meta charset=\"utf-8\"></head><body>lâ€™Ã‰lysÃ©e</body></html>";
        Decoded d = decoder.decode(doubled.getBytes(UTF_8), null);
        assertEquals("<html><head><meta charset=\"utf-8\"></head><body>l’Élysée</body></html>", d.text());
        assertEquals("UTF-8", d.charset());
        assertEquals(3, d.repairedMojibake());
    }

    @Test
    void mojibakeInAWindows1252PageWithOneStrayByte() {
        // Mostly UTF-8, one Windows-1252 apostrophe: read as Windows-1252, then the UTF-8 parts repaired.
        byte[] bytes = concat("<meta charset=utf-8><p>L’Élysée a confirmé l".getBytes(UTF_8), bytes(0x92),
                "œuvre.".getBytes(CP1252));
        Decoded d = decoder.decode(bytes, null);
        assertEquals("windows-1252", d.charset());
        assertEquals("<meta charset=utf-8><p>L’Élysée a confirmé l’œuvre.", d.text());
        assertEquals(4, d.repairedMojibake());
    }

    @Test
    void mojibakeInAUtf16Page() {
        String html = "<p>Ã\u00A0 lâ€™Ã‰lysÃ©e</p>";
        Decoded d = decoder.decode(concat(bytes(0xFF, 0xFE), html.getBytes(UTF_16LE)), null);
        assertEquals("<p>à l’Élysée</p>", d.text());
        assertEquals(4, d.repairedMojibake());
    }

    // ---------------------------------------------------------------- properties

    @Property(tries = 2000)
    void anyBytesDecodeWithoutThrowing(@ForAll("pages") byte[] bytes, @ForAll("contentTypes") String contentType) {
        Decoded d = decoder.decode(bytes, contentType);
        assertNotNull(d.text());
        assertNotNull(d.charset());
        assertTrue(d.repairedMojibake() >= 0);
        HtmlDecoder.declaredCharset(bytes);
        HtmlSniffer.looksLikeHtml(bytes);
        HtmlSniffer.looksBinary(bytes);
    }

    /** The "declared Latin-1, really UTF-8" page comes out whole whatever its French text. */
    @Property(tries = 500)
    void utf8PagesDeclaredLatin1ComeOutWhole(@ForAll("french") String text) {
        String html = page("<meta charset=\"iso-8859-1\">").replace(FRENCH, "Élysée " + text);
        Decoded d = decoder.decode(html.getBytes(UTF_8), null);
        assertEquals(html, d.text());
        assertEquals("UTF-8", d.charset());
    }

    /** Pieces of declarations, cut anywhere, so that the prescan meets every way a tag can end early. */
    private static final String[] MARKUP = {"<meta charset=", "<meta http-equiv=content-type content=",
        "\"text/html; charset=", "'", "\"", "utf-8", "iso-8859-15", "utf-16", "koi8-r", "<!--", "-->",
        "<?xml version='1.0' encoding='", "<", ">", "/", "=", " ", "Élysée", "œuvre", "€", "…", "’"};

    /** Random bytes, or declaration fragments in one of four encodings; behind any or no byte-order mark. */
    @Provide
    Arbitrary<byte[]> pages() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> markup = Arbitraries.of(MARKUP).list().ofMaxSize(30)
                .flatMap(parts -> Arbitraries.of(UTF_8, CP1252, LATIN9, UTF_16LE)
                        .map(charset -> String.join("", parts).getBytes(charset)));
        Arbitrary<byte[]> boms = Arbitraries.of(bytes(), bytes(0xEF, 0xBB, 0xBF), bytes(0xFF, 0xFE), bytes(0xFE, 0xFF));
        return Arbitraries.oneOf(random, markup).flatMap(b -> boms.map(bom -> concat(bom, b)));
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.oneOf(
                Arbitraries.of("text/html", "text/html; charset=utf-8", "text/html; charset=\"", "text/html;charset=",
                        "; charset=utf-16", "text/html; charset=x-user-defined", "text/html; charset=utf-7"),
                Arbitraries.strings().ofMaxLength(40)).injectNull(0.2);
    }

    /** No "â": "â€’" is mojibake for a figure dash, and would rightly be repaired. */
    @Provide
    Arbitrary<String> french() {
        return Arbitraries.strings().withChars("abcdeéèêàùçîôûœ’…€«» .,;:ÉÈÀÇŒ").ofMaxLength(80);
    }

    // ---------------------------------------------------------------- helpers

    /** A small page: a head holding {@code meta}, a paragraph of French text. */
    private static String page(String meta) {
        return head(meta) + body(FRENCH);
    }

    private static String latin9Page(String meta) {
        return head(meta) + body(FRENCH_LATIN9);
    }

    private static String head(String meta) {
        return "<!DOCTYPE html><html lang=\"fr\"><head>" + meta + "<title>Élysée</title></head>";
    }

    private static String body(String text) {
        return "<body><p>" + text + "</p></body></html>";
    }

    private static byte[] ascii(String head) {
        return ("<html><head>" + head + "</head></html>").getBytes(UTF_8);
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
