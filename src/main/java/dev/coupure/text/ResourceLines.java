package dev.coupure.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the data files Coupure ships in its jar (lexicons, word lists): UTF-8, one entry per
 * line, blank lines and lines starting with '#' skipped. A missing resource is a packaging bug,
 * so it fails loudly with the resource's name.
 */
public final class ResourceLines {

    private ResourceLines() {
    }

    public static List<String> read(Class<?> anchor, String name) {
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource missing from the jar: " + name + " (next to " + anchor.getName() + ")");
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String stripped = line.strip();
                if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                    lines.add(stripped);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
        return List.copyOf(lines);
    }
}
