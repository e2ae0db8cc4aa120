package dev.coupure.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommonTypesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Accueil\nPolitique\n\nLe conseil municipal de Saint-Aurèle a voté le budget.\n",
        "\uFEFFLa Russie et l’Iran renforcent leur alliance.\n\nPar Claire Dumoulin\n",
        "  \n\n« Nous irons jusqu’au bout », a déclaré la maire mardi 4 février.",
        "Ставка ЦБ: банк повысил ключевую ставку до 21 %.\nМосква, 25 октября.",
        "東京都は25日、新しい条例を発表した。\n記者：山田太郎",
        "EDITION: International\nLe conseil municipal de Saint-Aurèle a voté le budget mardi soir.\n",
        "[Accueil] [Politique] [Sport]\n\nLe conseil municipal de Saint-Aurèle a voté le budget mardi soir.\n",
    })
    void plainTextIsRecognizedAndTikaAgrees(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertEquals("text/plain", CommonTypes.of(bytes, bytes.length));
        assertEquals("text/plain", ContentDetector.detect(new ByteArrayInputStream(bytes), "article.txt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Le budget</title></head><body><p>Texte</p></body></html>",
        "\uFEFF  <html>\n<head><title>Le budget</title></head><body><p>Texte</p></body></html>",
        "<!doctype HTML><title>Le budget</title><p>Le conseil a voté.",
    })
    void pagesThatOpenWithTheirDoctypeOrRootAreHtmlAndTikaAgrees(String page) throws IOException {
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        assertEquals("text/html", CommonTypes.of(bytes, bytes.length));
        assertEquals("text/html", ContentDetector.detect(new ByteArrayInputStream(bytes), null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Texte</p></body></html>",
        "<htmlx>not a page</htmlx>",
        "<p>Le conseil a voté.</p>",
        "{\\rtf1\\ansi Le conseil municipal a voté le budget.}",
        "%PDF-1.7\n1 0 obj\n",
        "From claire@example.org Tue Feb  4 10:00:00 2025\nSubject: Budget\n\nTexte",
        "Received: from mail.example.org by mx.example.org\nSubject: Budget\n\nTexte",
        "Received: from mail.example.org\r\n\tby mx.example.org\r\nSubject: Budget\r\n\r\nTexte",
        "WARC/1.1\r\nWARC-Type: warcinfo\r\n",
        "{\"title\": \"Le budget\"}",
        "[{\"title\": \"Le budget\"}, {\"title\": \"La séance\"}]",
        "[\n  \"Le budget\",\n  \"La séance\"\n]",
        "BEGIN:VCARD\nVERSION:3.0\nEND:VCARD\n",
        "BZh91AY&SY",
        "GIF89a",
    })
    void otherFormatsAreLeftToTika(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertNull(CommonTypes.of(bytes, bytes.length));
    }

    @Test
    void bytesThatAreNotUtf8OrHoldNulsAreLeftToTika() {
        byte[] latin1 = "Le conseil municipal a voté le budget.".getBytes(Charset.forName("windows-1252"));
        assertNull(CommonTypes.of(latin1, latin1.length));
        byte[] utf16 = "Le budget".getBytes(StandardCharsets.UTF_16LE);
        assertNull(CommonTypes.of(utf16, utf16.length));
        byte[] controls = new byte[200];
        Arrays.fill(controls, (byte) 7);
        assertNull(CommonTypes.of(controls, controls.length));
    }

    @Test
    void aCharacterCutByTheEndOfTheHeadIsNotAnError() {
        byte[] bytes = "Le conseil a voté".getBytes(StandardCharsets.UTF_8);
        // "é" is two bytes: keep only its first
        assertEquals("text/plain", CommonTypes.of(bytes, bytes.length - 1));
    }

    @Test
    void aBlankTextIsPlainTextButBlankHeadOfALongerInputIsNot() {
        byte[] blank = "\n  \r\n\t\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("text/plain", CommonTypes.of(blank, blank.length));
        byte[] spaces = " ".repeat(CommonTypes.HEAD_BYTES).getBytes(StandardCharsets.UTF_8);
        assertNull(CommonTypes.of(spaces, spaces.length));
    }
}
