package dev.coupure.html;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlSnifferTest {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};

    // ---------------------------------------------------------------- looksLikeHtml

    @ParameterizedTest
    @ValueSource(strings = {
        "<!DOCTYPE html><html><body>L’Élysée</body></html>",
        "<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">",
        "<html lang=\"fr\"><head><title>Élysée</title>",
        "<HTML>\n<HEAD>",
        "<html\nlang=fr>",
        "<head><meta charset=\"utf-8\">",
        "<script>var x = 1;</script>",
        "<iframe src=\"a.html\"></iframe>",
        "<h1>Une œuvre à 12 €</h1>",
        "<div class=\"article\">",
        "<font face=\"Arial\">",
        "<table border=0>",
        "<a href=\"/\">Accueil</a>",
        "<style>p { color: red }</style>",
        "<title>L’Élysée…</title>",
        "<b>Élysée</b>",
        "<body>",
        "<br>",
        "<p>Une œuvre à 12 €…</p>",
        "<!-- saved from url=(0014)about:internet -->",
        "<!-->",
    })
    void htmlOpenings(String page) {
        assertTrue(HtmlSniffer.looksLikeHtml(page.getBytes(UTF_8)), page);
    }

    @Test
    void leadingWhitespaceAndBomAreSkipped() {
        assertTrue(HtmlSniffer.looksLikeHtml(" \r\n\t\f<!DOCTYPE html>".getBytes(UTF_8)));
        assertTrue(HtmlSniffer.looksLikeHtml(concat(UTF8_BOM, "\n<html>".getBytes(UTF_8))));
    }

    @Test
    void utf16PageWithBom() {
        assertTrue(HtmlSniffer.looksLikeHtml(concat(UTF16LE_BOM, "<html><p>L’Élysée</p>".getBytes(UTF_16LE))));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "<html",
        "Élysée — dépêche AFP\n\nLe président a dit <p> au milieu d’une phrase…",
        "Titre\n<p>Une œuvre à 12 €</p>",
        "<pre>texte</pre>",
        "<bold>",
        "<abbr title=\"x\">",
        "<h2>Titre</h2>",
        "<!--[if IE]><html class=\"ie\"><![endif]-->",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>",
        "<?xml version=\"1.0\"?><html><body>",
        "{\"titre\": \"<p>Élysée</p>\"}",
    })
    void notHtml(String text) {
        assertFalse(HtmlSniffer.looksLikeHtml(text.getBytes(UTF_8)), text);
    }

    @Test
    void xhtmlAfterAnXmlDeclaration() {
        String xhtml = "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>\n"
                + "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
                + "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"fr\" lang=\"fr\">"
                + "<head><title>Une œuvre à 12 €</title></head>";
        assertTrue(HtmlSniffer.looksLikeHtml(xhtml.getBytes(Charset.forName("ISO-8859-15"))));
    }

    @Test
    void xhtmlRootBeyondTheFirstKilobyteIsNotSeen() {
        String xhtml = "<?xml version=\"1.0\"?>\n<!-- " + "x".repeat(1100) + " -->\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\">";
        assertFalse(HtmlSniffer.looksLikeHtml(xhtml.getBytes(UTF_8)));
    }

    // ---------------------------------------------------------------- looksBinary

    @Test
    void binaryFiles() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertTrue(HtmlSniffer.looksBinary(png));
        assertTrue(HtmlSniffer.looksBinary("<html>Élysée</html>".getBytes(UTF_16LE)), "UTF-16 without a BOM");
        assertTrue(HtmlSniffer.looksBinary(concat(UTF8_BOM, "<p>à".getBytes(UTF_8), new byte[] {0})));
    }

    @Test
    void textIsNotBinary() {
        assertFalse(HtmlSniffer.looksBinary(new byte[0]));
        assertFalse(HtmlSniffer.looksBinary("<p>L’Élysée, une œuvre à 12 €…</p>".getBytes(UTF_8)));
        assertFalse(HtmlSniffer.looksBinary(
                "<p>L’Élysée, une œuvre à 12 €…</p>".getBytes(Charset.forName("windows-1252"))));
        assertFalse(HtmlSniffer.looksBinary(concat(UTF16LE_BOM, "<p>L’Élysée</p>".getBytes(UTF_16LE))));
    }

    @Test
    void nulBytesBeyondTheFirst8KiBAreNotLookedAt() {
        assertFalse(HtmlSniffer.looksBinary(concat(("<p>" + "é".repeat(5000)).getBytes(UTF_8), new byte[] {0})));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
