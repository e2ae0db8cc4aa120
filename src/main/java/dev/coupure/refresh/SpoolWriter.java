package dev.coupure.refresh;

import dev.coupure.record.ArticleRecord;
import dev.coupure.record.ErrorRecord;
import dev.coupure.story.Sketch;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes a run's spool in the {@link StateFormat}: what each input gave, in input order. */
final class SpoolWriter implements AutoCloseable {

    private final OutputStream out;

    SpoolWriter(Path file, String version, OutputOptions options) throws IOException {
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        line(StateFormat.header(version, options));
    }

    void article(ArticleRecord record, Sketch sketch) {
        line(StateFormat.json(new StateFormat.ArticleLine(sketch, record)));
    }

    void error(ErrorRecord record) {
        line(StateFormat.json(new StateFormat.ErrorLine(record)));
    }

    /** Closes an input: what follows belongs to the next one. */
    void input(String path, InputDigest digest, Map<String, Integer> skipped, InputSignature signature) {
        line(StateFormat.inputLine(path, digest, skipped, signature));
    }

    /** An input's lines taken from the previous state as they are, its closing line included. */
    void copy(byte[] lines) {
        copy(lines, lines.length);
    }

    /** An input's records taken from the previous state, the first {@code length} bytes of its lines: its closing line is written anew. */
    void copy(byte[] lines, int length) {
        try {
            out.write(lines, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(String json) {
        try {
            out.write(json.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
