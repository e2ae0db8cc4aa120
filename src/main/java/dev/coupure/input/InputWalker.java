package dev.coupure.input;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands the command line's inputs: files as given, directories recursively in sorted order (so
 * that output order does not depend on the file system), "-" for standard input. In a directory
 * every regular file is an input, whatever its name: what it is is told from its content later.
 * Only hidden files and sidecars ({@code *.meta.json}) are never inputs, and, when the user gives
 * a {@code --glob}, the files it filters out (counted as skipped). Symbolic links are followed.
 * What cannot be read becomes an input with a problem, so the batch reports it instead of
 * stopping: a missing path, a FIFO, socket or device (never opened: reading a FIFO could wait
 * forever), a symbolic link loop, a directory that cannot be listed.
 */
public final class InputWalker {

    /** Hops after which a chain of symbolic links counts as a loop, as the kernel's ELOOP. */
    private static final int MAX_LINK_HOPS = 40;

    private final PathMatcher include;
    private final Skips skips;

    /**
     * @param glob a file-name pattern in {@link java.nio.file.FileSystem#getPathMatcher glob} syntax that
     *     files inside directories must match, or null for every file
     * @param skips where files filtered out are counted
     */
    public InputWalker(String glob, Skips skips) {
        if (glob != null && glob.isBlank()) {
            throw new IllegalArgumentException("an empty pattern matches no file");
        }
        this.include = glob == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + glob);
        this.skips = skips;
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
            } else {
                refs.add(file(argument, path));
            }
        }
        return refs;
    }

    /** A path named on the command line or met in a walk, which is not a directory. */
    private static InputRef file(String reported, Path path) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Files.isSymbolicLink(path) ? brokenLink(reported, path)
                    : new InputRef(reported, path, "not-found", "no such file or directory");
        } catch (FileSystemException e) {
            return Files.isSymbolicLink(path) ? brokenLink(reported, path)
                    : new InputRef(reported, path, "unreadable", describe(e));
        } catch (IOException e) {
            return new InputRef(reported, path, "unreadable", describe(e));
        }
        if (!attributes.isRegularFile()) {
            String what = attributes.isOther() ? "a FIFO, socket or device" : "not a regular file";
            return new InputRef(reported, path, "not-regular", what + ": never opened (read a stream with - for standard input)");
        }
        return new InputRef(reported, path, FileStat.of(attributes));
    }

    /** A symbolic link whose target cannot be reached: a loop, or a target that does not exist. */
    private static InputRef brokenLink(String reported, Path link) {
        Set<Path> seen = new HashSet<>();
        Path current = link.toAbsolutePath().normalize();
        try {
            for (int hop = 0; hop < MAX_LINK_HOPS && Files.isSymbolicLink(current); hop++) {
                if (!seen.add(current)) {
                    break;
                }
                current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
            }
        } catch (IOException e) {
            return new InputRef(reported, link, "unreadable", "symbolic link: " + describe(e));
        }
        if (Files.isSymbolicLink(current)) {
            return new InputRef(reported, link, "symlink-loop", "symbolic link loop through " + current);
        }
        return new InputRef(reported, link, "not-found", "symbolic link to " + current + ", which does not exist");
    }

    private List<InputRef> walk(String argument, Path root) {
        List<InputRef> refs = new ArrayList<>();
        // The files of each directory open, kept until its end: only then is it known whether it holds a sidecar.
        Deque<Listing> open = new ArrayDeque<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root) || !isHidden(dir)) {
                        open.push(new Listing());
                        return FileVisitResult.CONTINUE;
                    }
                    return FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (Sidecars.isSidecarName(name)) {
                        open.peek().sidecars = true;
                    } else if (!isHidden(file) && accepts(name)) {
                        String reported = join(argument, root.relativize(file));
                        // the walk's attributes are the file's (links followed): only what is not a regular file is looked at again
                        open.peek().files.add(attrs.isRegularFile() ? new InputRef(reported, file, FileStat.of(attrs)) : InputWalker.file(reported, file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (isHidden(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String reported = join(argument, root.relativize(file));
                    refs.add(e instanceof FileSystemLoopException
                            ? new InputRef(reported, file, "symlink-loop", "symbolic link loop: this directory contains itself")
                            : new InputRef(reported, file, "unreadable", "cannot list directory: " + describe(e)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Listing listing = open.pop();
                    for (InputRef ref : listing.files) {
                        refs.add(listing.sidecars ? ref : ref.withoutSidecars());
                    }
                    return super.postVisitDirectory(dir, e);
                }
            });
        } catch (IOException e) {
            refs.add(new InputRef(argument, root, "unreadable", "cannot list directory: " + describe(e)));
        }
        refs.sort((a, b) -> a.path().compareTo(b.path()));
        return refs;
    }

    /** The inputs found in one directory so far, and whether a sidecar was among its files. */
    private static final class Listing {
        final List<InputRef> files = new ArrayList<>();
        boolean sidecars;
    }

    /**
     * Whether a file found in a directory, not hidden, is an input: not a sidecar, and matching
     * the --glob when there is one (else counted as skipped). For walks of other file systems too.
     */
    public boolean accepts(String fileName) {
        if (Sidecars.isSidecarName(fileName)) {
            return false;
        }
        if (include != null && !include.matches(Path.of(fileName))) {
            skips.add(Skips.GLOB);
            return false;
        }
        return true;
    }

    /** Hidden files and directories are never walked into: their names start with a dot. */
    public static boolean isHidden(String name) {
        return name.startsWith(".");
    }

    private static boolean isHidden(Path path) {
        return path.getFileName() != null && isHidden(path.getFileName().toString());
    }

    private static String describe(IOException e) {
        return e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getClass().getSimpleName() + " " + e.getMessage();
    }

    private static String join(String argument, Path relative) {
        return join(argument, relative.toString().replace('\\', '/'));
    }

    /** The path a file inside a directory named on the command line is reported under. */
    public static String join(String argument, String inside) {
        return argument.endsWith("/") ? argument + inside : argument + "/" + inside;
    }
}
