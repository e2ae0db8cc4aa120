package dev.coupure.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the command line's inputs: files as given, directories recursively in sorted order
 * (so that output order does not depend on the file system), "-" for standard input. Sidecar
 * files ({@code *.meta.json}) and hidden files are not inputs. A path that does not exist
 * becomes an input with a problem, so the batch reports it instead of stopping.
 */
public final class InputWalker {

    public List<InputRef> expand(List<String> arguments) {
        List<InputRef> refs = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals(InputRef.STDIN)) {
                refs.add(new InputRef(InputRef.STDIN, null, null));
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                refs.addAll(walk(argument, path));
            } else if (Files.exists(path)) {
                refs.add(new InputRef(argument, path, null));
            } else {
                refs.add(new InputRef(argument, path, "no such file or directory"));
            }
        }
        return refs;
    }

    private static List<InputRef> walk(String argument, Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(root.relativize(p)) && !Sidecars.isSidecar(p))
                    .map(p -> new InputRef(join(argument, root.relativize(p)), p, null))
                    .sorted((a, b) -> a.path().compareTo(b.path()))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(new InputRef(argument, root, "cannot list directory: " + e.getMessage()));
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
