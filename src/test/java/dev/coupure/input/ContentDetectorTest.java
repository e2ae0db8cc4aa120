package dev.coupure.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a file is, told from its first bytes, or by Tika looking into the file itself. */
class ContentDetectorTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @TempDir
    Path dir;

    @Test
    void aWordDocumentOnDiskIsToldFromAPlainZipByWhatItHolds() throws IOException {
        Path docx = write("clipping.docx", Archives.zip(Archives.entries(
                "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"" + DOCX + ".main+xml\"/></Types>",
                "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>",
                "word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>")));
        Path zip = write("bundle.zip", Archives.zip(Archives.entries("a.txt", "Le conseil a voté le budget.")));
        assertEquals(DOCX, detectAndKeepPlace(docx));
        assertEquals("application/zip", detectAndKeepPlace(zip));
    }

    @Test
    void textAndPagesAreToldWithoutTika() throws IOException {
        assertEquals("text/plain", detectAndKeepPlace(write("dump.txt",
                "Le conseil municipal a voté le budget.\n\nPartager".getBytes(StandardCharsets.UTF_8))));
        assertEquals("text/html", detectAndKeepPlace(write("page.html",
                "<!DOCTYPE html><html><body><p>Le budget</p></body></html>".getBytes(StandardCharsets.UTF_8))));
    }

    /** Detects a file's type through the stream the reader opens, and checks the stream is left at its start. */
    private static String detectAndKeepPlace(Path file) throws IOException {
        try (InputStream in = new LocalFileStream(file)) {
            String type = ContentDetector.detect(in, file.getFileName().toString());
            assertArrayEquals(Files.readAllBytes(file), in.readAllBytes(), "the stream is where it was");
            return type;
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
