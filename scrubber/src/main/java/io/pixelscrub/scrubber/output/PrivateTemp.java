package io.pixelscrub.scrubber.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where a run's temporary files go: decoded originals for the native tools, re-encoded frames, inflated streams. They
 * hold PHI, so they live in one folder per run, {@code TMP/pixelscrub-USER/run-PID-N}, private to the user (0700, in a
 * parent that is 0700 and not a link), removed when the JVM exits. A run killed with {@code kill -9} cannot remove its
 * own: the next run removes every run folder whose process is gone, before it starts.
 */
public final class PrivateTemp {
    private static final Set<PosixFilePermission> PRIVATE = PosixFilePermissions.fromString("rwx------");
    private static PrivateTemp current;

    private final Path base;
    private final Path run;
    private final int sweptFolders;

    /** Opens this process's run folder under {@code base}, removing the folders of processes that are gone. */
    PrivateTemp(Path base) throws IOException {
        this.base = privateFolder(base);
        this.sweptFolders = sweep(this.base);
        this.run = Files.createTempDirectory(this.base, "run-" + ProcessHandle.current().pid() + "-",
                PosixFilePermissions.asFileAttribute(PRIVATE));
    }

    /** This JVM's run folder (made on first use; removed at exit). */
    public static synchronized PrivateTemp run() {
        if (current == null) {
            String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
            try {
                current = new PrivateTemp(Path.of(System.getProperty("java.io.tmpdir")).resolve("pixelscrub-" + user));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make a private temporary folder (" + e.getMessage() + ")", e);
            }
            PrivateTemp made = current;
            Runtime.getRuntime().addShutdownHook(new Thread(made::removeAll, "pixelscrub-temp-cleanup"));
        }
        return current;
    }

    /** A new empty file in the run folder (0600). */
    public static Path file(String prefix, String suffix) throws IOException {
        return Files.createTempFile(run().run, prefix, suffix);
    }

    /** A new empty folder in the run folder (0700). */
    public static Path folder(String prefix) throws IOException {
        return Files.createTempDirectory(run().run, prefix);
    }

    public Path folder() {
        return run;
    }

    /** How many run folders of processes that are gone this run removed. */
    public int sweptFolders() {
        return sweptFolders;
    }

    void removeAll() {
        try {
            deleteTree(run);
        } catch (IOException | UncheckedIOException e) {
            // At exit nothing can be reported; the next run's sweep removes what is left.
        }
    }

    /** The folder, made 0700 if missing; refused if it is a link, not ours, or open to others (someone else's trap). */
    private static Path privateFolder(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createDirectories(dir.getParent());
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PRIVATE));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // made by another pixelscrub at the same moment: checked below like any other
            }
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(dir + " is not a folder (or is a link)");
        }
        String me = System.getProperty("user.name");
        if (me != null && !Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName().equals(me)) {
            throw new IOException(dir + " belongs to another user");
        }
        if (!Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS).equals(PRIVATE)) {
            Files.setPosixFilePermissions(dir, PRIVATE);
        }
        return dir;
    }

    /** Removes run folders whose process has exited (or whose PID now names a process started after the folder). */
    private static int sweep(Path base) throws IOException {
        int removed = 0;
        try (Stream<Path> runs = Files.list(base)) {
            for (Path dir : runs.toList()) {
                Optional<Long> pid = pidOf(dir.getFileName().toString());
                if (pid.isPresent() && isGone(pid.get(), dir)) {
                    deleteTree(dir);
                    removed++;
                }
            }
        }
        return removed;
    }

    private static Optional<Long> pidOf(String name) {
        if (!name.startsWith("run-")) {
            return Optional.empty();
        }
        int dash = name.indexOf('-', 4);
        try {
            return Optional.of(Long.parseLong(dash < 0 ? name.substring(4) : name.substring(4, dash)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isGone(long pid, Path dir) throws IOException {
        Optional<ProcessHandle> p = ProcessHandle.of(pid);
        if (p.isEmpty() || !p.get().isAlive()) {
            return true;
        }
        Optional<Instant> started = p.get().info().startInstant();
        FileTime made = Files.getLastModifiedTime(dir, LinkOption.NOFOLLOW_LINKS);
        // The PID was reused: its process started after the folder last changed (a minute's slack for clock steps).
        return started.isPresent() && started.get().isAfter(made.toInstant().plusSeconds(60));
    }

    /** Removes {@code dir} and everything in it (a folder this class made); nothing when it is gone already. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
