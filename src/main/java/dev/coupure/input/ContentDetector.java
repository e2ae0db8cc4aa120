package dev.coupure.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * Tells what an input is from its first bytes, with its name as a hint: Apache Tika's default
 * detector, which also picks up, through the service loader, the container detectors of the Tika
 * parser modules on the class path (a DOCX is told from a plain zip by what it holds).
 */
public final class ContentDetector {

    private ContentDetector() {
    }

    /** Built on first use, or ahead of it by {@link #warmUp()}: reading Tika's type database takes a few hundred ms. */
    private static final class Holder {
        static final Detector DETECTOR = new DefaultDetector();
    }

    /** Builds the detector on a background thread, so that its cost overlaps the pipeline's start. */
    public static void warmUp() {
        Thread t = new Thread(() -> Objects.requireNonNull(Holder.DETECTOR), "coupure-detector-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /**
     * @param in a stream that supports mark and reset; left where it was
     * @param name the file or entry name, or null
     * @return the base media type ({@code text/plain}, {@code application/zip}, ...), or null when
     *     nothing more than "bytes" can be said
     */
    public static String detect(InputStream in, String name) throws IOException {
        Metadata metadata = new Metadata();
        if (name != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        MediaType type = Holder.DETECTOR.detect(in, metadata);
        return type == null || type.equals(MediaType.OCTET_STREAM) ? null : type.getBaseType().toString();
    }
}
