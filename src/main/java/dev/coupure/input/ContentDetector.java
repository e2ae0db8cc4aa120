package dev.coupure.input;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
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

    /**
     * Built on first use: reading Tika's type database takes a few hundred ms, which a run over
     * plain text and HTML ({@link CommonTypes}) never spends.
     */
    private static final class Holder {
        static final Detector DETECTOR = new DefaultDetector();
    }

    /**
     * @param in a stream that supports mark and reset; left where it was
     * @param name the file or entry name, or null
     * @return the base media type ({@code text/plain}, {@code application/zip}, ...), or null when
     *     nothing more than "bytes" can be said
     */
    public static String detect(InputStream in, String name) throws IOException {
        String common = commonType(in);
        if (common != null) {
            return common;
        }
        Metadata metadata = new Metadata();
        if (name != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        MediaType type;
        if (in instanceof LocalFileStream local) {
            // Given the file, Tika's container detectors look inside a zip without copying it anywhere.
            try (TikaInputStream file = TikaInputStream.get(local.file())) {
                type = Holder.DETECTOR.detect(file, metadata);
            }
        } else {
            type = Holder.DETECTOR.detect(in, metadata);
        }
        return type == null || type.equals(MediaType.OCTET_STREAM) ? null : type.getBaseType().toString();
    }

    private static String commonType(InputStream in) throws IOException {
        in.mark(CommonTypes.HEAD_BYTES);
        try {
            byte[] head = new byte[CommonTypes.HEAD_BYTES];
            int n = fill(in, head);
            return n > 0 ? CommonTypes.of(head, n) : null;
        } finally {
            in.reset();
        }
    }

    /**
     * Reads into {@code buffer} until it is full or the stream ends.
     *
     * @return how many bytes were read
     */
    private static int fill(InputStream in, byte[] buffer) throws IOException {
        int n = 0;
        for (int r; n < buffer.length && (r = in.read(buffer, n, buffer.length - n)) >= 0; ) {
            n += r;
        }
        return n;
    }
}
