package dev.coupure.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Accueil\nPolitique\n\nLe conseil municipal de Saint-Aurèle a voté le budget.\n",
        "\uFEFFLa Russie et l’Iran renforcent leur alliance.\n\nPar Claire Dumoulin\n",
        "  \n\n« Nous irons jusqu’au bout », a déclaré la maire mardi 4 février.",
        "Ставка ЦБ: банк повысил ключевую ставку до 21 %.\nМосква, 25 октября.",
        "東京都は25日、新しい条例を発表した。\n記者：山田太郎",
    })
    void plainTextIsRecognizedAndTikaAgrees(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertTrue(PlainText.isPlain(bytes, bytes.length));
        assertEquals("text/plain", ContentDetector.detect(new ByteArrayInputStream(bytes), "article.txt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<!DOCTYPE html><html><head><title>Le budget</title></head><body><p>Texte</p></body></html>",
        "{\\rtf1\\ansi Le conseil municipal a voté le budget.}",
        "%PDF-1.7\n1 0 obj\n",
        "From claire@example.org Tue Feb  4 10:00:00 2025\nSubject: Budget\n\nTexte",
        "Received: from mail.example.org by mx.example.org\nSubject: Budget\n\nTexte",
        "WARC/1.1\r\nWARC-Type: warcinfo\r\n",
        "{\"title\": \"Le budget\"}",
        "BEGIN:VCARD\nVERSION:3.0\nEND:VCARD\n",
        "BZh91AY&SY",
        "GIF89a",
    })
    void otherFormatsAreLeftToTika(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertFalse(PlainText.isPlain(bytes, bytes.length));
    }

    @Test
    void bytesThatAreNotUtf8OrHoldNulsAreLeftToTika() {
        byte[] latin1 = "Le conseil municipal a voté le budget.".getBytes(Charset.forName("windows-1252"));
        assertFalse(PlainText.isPlain(latin1, latin1.length));
        byte[] utf16 = "Le budget".getBytes(StandardCharsets.UTF_16LE);
        assertFalse(PlainText.isPlain(utf16, utf16.length));
        byte[] controls = new byte[200];
        Arrays.fill(controls, (byte) 7);
        assertFalse(PlainText.isPlain(controls, controls.length));
    }

    @Test
    void aCharacterCutByTheEndOfTheHeadIsNotAnError() {
        byte[] bytes = "Le conseil a voté".getBytes(StandardCharsets.UTF_8);
        // "é" is two bytes: keep only its first
        int cut = bytes.length - 1;
        assertTrue(PlainText.isPlain(bytes, cut));
    }
}
