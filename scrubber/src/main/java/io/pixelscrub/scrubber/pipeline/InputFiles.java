package io.pixelscrub.scrubber.pipeline;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Expands the user's inputs into files, each with the relative path it keeps under the output folder.
 *
 * <p>Folders are walked following symbolic links, so a linked folder or file is processed like any other (an archive
 * laid out with links is not silently cut short). What cannot be read does not stop the walk: a folder or file the
 * user may not read, a link that leads back to a folder above it, a link whose target is missing or a chain of links
 * that never ends each becomes one {@link Unreadable} with its reason, and the walk goes on. Other special files
 * (FIFOs, sockets, devices) are left alone: opening a FIFO could block forever.
 */
public final class InputFiles {

    public record Entry(Path file, Path relative) {
    }

    /**
     * A path found while walking an input that could not be read: a file, a folder (with everything in it), or a
     * symbolic link. {@code reason} is one line with no file content.
     */
    public record Unreadable(Path path, Path relative, String reason) {
    }

    /** What an expansion found: the files to process, in path order, and what could not be read, in path order. */
    public record Found(List<Entry> files, List<Unreadable> unreadable) {
        public Found {
            files = List.copyOf(files);
            unreadable = List.copyOf(unreadable);
        }
    }

    private InputFiles() {
    }

    /**
     * One input: paths relative to it. Several inputs: each under its own name, so trees cannot collide.
     * Files under {@code exclude} (the output folder, when the user allowed it inside the input) are skipped.
     * An IN path that does not exist or cannot be read is the user's mistake: an IOException, before anything else.
     */
    public static Found expand(List<Path> inputs, List<Path> exclude) throws IOException {
        List<Entry> files = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        List<Path> excluded = new ArrayList<>();
        for (Path e : exclude) {
            excluded.add(e.toAbsolutePath().normalize());
            excluded.add(realPath(e));
        }
        boolean single = inputs.size() == 1;
        for (Path input : inputs) {
            Path in = input.toAbsolutePath().normalize();
            if (!Files.exists(in)) {
                throw new IOException("input does not exist: " + input);
            }
            if (!Files.isReadable(in)) {
                throw new IOException("cannot read input (permission denied): " + input);
            }
            if (Files.isDirectory(in)) {
                Path prefix = single ? Path.of("") : in.getFileName();
                Files.walkFileTree(in, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new Walker(in, prefix, excluded, files, unreadable));
            } else {
                files.add(new Entry(in, in.getFileName()));
            }
        }
        files.sort(Comparator.comparing(Entry::file));
        unreadable.sort(Comparator.comparing(Unreadable::path));
        return new Found(files, unreadable);
    }

    /** One input folder's walk: files are collected, and anything that cannot be read is noted and stepped over. */
    private static final class Walker extends SimpleFileVisitor<Path> {
        private final Path root;
        private final Path prefix;
        private final List<Path> excluded;
        private final List<Entry> files;
        private final List<Unreadable> unreadable;

        Walker(Path root, Path prefix, List<Path> excluded, List<Entry> files, List<Unreadable> unreadable) {
            this.root = root;
            this.prefix = prefix;
            this.excluded = excluded;
            this.files = files;
            this.unreadable = unreadable;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            // Through a link, a folder's path need not start with the excluded one: its real path is compared too.
            return isExcluded(dir) || !excluded.isEmpty() && isExcluded(realPath(dir)) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (isExcluded(file) || !excluded.isEmpty() && isExcluded(realPath(file))) {
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isSymbolicLink()) {   // following it failed: the walker fell back to the link itself
                note(file, brokenLink(file));
            } else if (attrs.isRegularFile()) {
                if (Files.isReadable(file)) {
                    files.add(new Entry(file, relative(file)));
                } else {
                    note(file, "cannot be read (permission denied)");
                }
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (!isExcluded(file)) {
                note(file, reason(file, e));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {   // the folder could be opened but not listed to the end
                note(dir, "folder could not be listed to the end (" + describe(e) + "): the files after the error were not read");
            }
            return FileVisitResult.CONTINUE;
        }

        private void note(Path p, String reason) {
            unreadable.add(new Unreadable(p, relative(p), reason));
        }

        private Path relative(Path p) {
            return prefix.resolve(root.relativize(p));
        }

        private boolean isExcluded(Path p) {
            return !excluded.isEmpty() && excluded.stream().anyMatch(p::startsWith);
        }
    }

    private static String reason(Path p, IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop (it leads back to a folder above it): not followed";
        }
        if (e instanceof AccessDeniedException) {
            return Files.isDirectory(p) ? "folder cannot be read (permission denied): nothing in it was processed"
                    : "cannot be read (permission denied)";
        }
        if (Files.isSymbolicLink(p)) {
            return brokenLink(p);
        }
        return "cannot be read (" + describe(e) + ")";
    }

    /** A link the walk could not follow: its target is missing, or it is part of a chain of links that never ends. */
    private static String brokenLink(Path link) {
        try {
            link.toRealPath();
            return "symbolic link that cannot be followed";
        } catch (NoSuchFileException e) {
            return "broken symbolic link (its target does not exist)";
        } catch (AccessDeniedException e) {
            return "symbolic link whose target cannot be reached (permission denied)";
        } catch (IOException e) {
            String why = describe(e);
            return why.contains("symbolic links") ? "symbolic link loop (a chain of links that never ends)"
                    : "symbolic link that cannot be followed (" + why + ")";
        }
    }

    /** The kind of failure, never a message that could quote more than the operating system's words. */
    private static String describe(IOException e) {
        return e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
    }

    /**
     * True when {@code output} lies inside (or is) one of the inputs, symbolic links resolved on both sides: refused
     * unless the user asks for it.
     */
    public static boolean outputInsideInput(List<Path> inputs, Path output) {
        Path o = realPath(output);
        for (Path input : inputs) {
            Path i = realPath(input);
            if (Files.isDirectory(i) && o.startsWith(i)) {
                return true;
            }
        }
        return false;
    }

    /** The real path of {@code p}, or of its nearest existing ancestor with the rest appended. */
    static Path realPath(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }
}
