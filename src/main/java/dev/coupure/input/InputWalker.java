package dev.coupure.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the command line's inputs: files as given, directories recursively in sorted order
 * (so that output order does not depend on the file system), "-" for standard input. Inside
 * directories only files whose name matches the pattern are inputs (other files are counted as
 * skipped, so the summary can say so); sidecars ({@code *.meta.json}) and hidden files never are.
 * A path that does not exist becomes an input with a problem, so the batch reports it instead of
 * stopping. Files named on the command line are always inputs.
 */
public final class InputWalker {

    /** The default pattern: text dumps and saved web pages. */
    public static final String DEFAULT_GLOB = "*.{txt,text,html,htm,xhtml,shtml}";

    private final PathMatcher include;
    private int skipped;

    /** @param glob a file-name pattern in {@link java.nio.file.FileSystem#getPathMatcher glob} syntax */
    public InputWalker(String glob) {
        this.include = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    }

    /** Files seen in directories that did not match the pattern, so far. */
    public int skipped() {
        return skipped;
    }

    public List<InputRef> expand(List<String> arguments) {
        List<InputRef> refs = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals(InputRef.STDIN)) {
                refs.add(new InputRef(InputRef.STDIN, null));
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                refs.addAll(walk(argument, path));
            } else if (Files.exists(path)) {
                refs.add(new InputRef(argument, path));
            } else {
                refs.add(new InputRef(argument, path, "not-found", "no such file or directory"));
            }
        }
        return refs;
    }

    private List<InputRef> walk(String argument, Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> candidates = files.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(root.relativize(p)) && !Sidecars.isSidecar(p))
                    .toList();
            List<InputRef> refs = new ArrayList<>();
            for (Path p : candidates) {
                if (include.matches(p.getFileName())) {
                    refs.add(new InputRef(join(argument, root.relativize(p)), p));
                } else {
                    skipped++;
                }
            }
            refs.sort((a, b) -> a.path().compareTo(b.path()));
            return refs;
        } catch (IOException | UncheckedIOException e) {
            return List.of(new InputRef(argument, root, "unreadable", "cannot list directory: " + e.getMessage()));
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String join(String argument, Path relative) {
        String inside = relative.toString().replace('\\', '/');
        return argument.endsWith("/") ? argument + inside : argument + "/" + inside;
    }
}
