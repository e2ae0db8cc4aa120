package dev.coupure.input;

import static dev.coupure.input.Archives.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.coupure.input.container.Expander;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MboxTest {

    private static final String BOX = String.join("\n",
            "From redaction@example.fr Fri Jan 17 09:00:00 2025",
            "From: Redaction <redaction@example.fr>",
            "Subject: La lettre du vendredi",
            "Date: Fri, 17 Jan 2025 09:00:00 +0100",
            "",
            "Bonjour,",
            ">From the desk: a quoted line that is not an envelope.",
            "",
            "From lecteur@example.org Sat Jan 18 10:00:00 2025",
            "From: Lecteur <lecteur@example.org>",
            "Subject: Re: La lettre du vendredi",
            "",
            "Merci.",
            "",
            "From x@example.org Sun Jan 19 10:00:00 2025",
            "Subject: long",
            "",
            "x".repeat(300),
            "");

    @TempDir
    Path dir;

    @Test
    void eachMessageOfAMailboxIsAnEmailDocument() throws IOException {
        Path box = dir.resolve("lettres.mbox");
        Files.writeString(box, BOX, StandardCharsets.UTF_8);

        Archives.Read read = read(new Expander.Limits(200, 3, 100, 256L << 20), box);

        assertEquals(List.of(box + "!/1 message/rfc822", box + "!/2 message/rfc822", box + "!/3 too-large"), read.summary());
        assertEquals(String.join("\n", "From: Redaction <redaction@example.fr>", "Subject: La lettre du vendredi",
                "Date: Fri, 17 Jan 2025 09:00:00 +0100", "", "Bonjour,", "From the desk: a quoted line that is not an envelope.",
                "", ""), new String(read.document(box + "!/1").bytes(), StandardCharsets.UTF_8));
        assertEquals("From: Lecteur <lecteur@example.org>\nSubject: Re: La lettre du vendredi\n\nMerci.\n\n",
                new String(read.document(box + "!/2").bytes(), StandardCharsets.UTF_8));
    }
}
