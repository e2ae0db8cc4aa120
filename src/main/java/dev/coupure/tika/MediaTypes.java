package dev.coupure.tika;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * What an input is, by its content with its name as a hint, as Tika's detector says. Magic bytes
 * and the name come first; the container detectors, which look inside a zip or an OLE2 file to
 * tell a Word file from a spreadsheet and load POI to do it, run only for containers, so that a
 * run over text dumps does not pay for them.
 */
public final class MediaTypes {

    private static final MediaType ZIP = MediaType.application("zip");
    private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");

    private MediaTypes() {
    }

    /**
     * Loaded on first use: reading Tika's type table takes a few hundred milliseconds, which a run
     * over text dumps and web pages, told apart without it, never spends.
     */
    private static final class Magic {
        static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    }

    private static final class Containers {
        static final Detector DETECTOR = new DefaultDetector(Magic.TYPES);
    }

    /**
     * The input's media type without parameters ("application/pdf", "text/plain"), or null when
     * the content says nothing Tika recognizes.
     *
     * @param name the input's file name or path, a hint only: the content wins where they disagree
     */
    public static String detect(byte[] bytes, String name) {
        Metadata metadata = new Metadata();
        if (name != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            MediaType type = Magic.TYPES.detect(in, metadata);
            if (isA(type, ZIP) || isA(type, OLE2)) {
                type = Containers.DETECTOR.detect(in, metadata);
            }
            return type.equals(MediaType.OCTET_STREAM) ? null : type.getBaseType().toString();
        } catch (IOException e) {
            // Reading a byte array cannot fail; a detector that says so has a bug.
            throw new UncheckedIOException(e);
        }
    }

    /** Text of some kind (plain text, XML, JSON, e-mail, RTF ...): what a text dump may be. */
    public static boolean isText(String type) {
        return type != null && isA(MediaType.parse(type), MediaType.TEXT_PLAIN);
    }

    private static boolean isA(MediaType type, MediaType ancestor) {
        // The plain case first: a run over text dumps never needs Tika's type table.
        return type.equals(ancestor) || Magic.TYPES.getMediaTypeRegistry().isSpecializationOf(type, ancestor);
    }
}
