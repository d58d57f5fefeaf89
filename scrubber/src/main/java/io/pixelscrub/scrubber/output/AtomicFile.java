package io.pixelscrub.scrubber.output;

import io.pixelscrub.scrubber.limit.FileBudget;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Temp file beside the target, then fsync and rename: a crash never leaves a half-written output under its real name.
 * The temp file is created like any file the user makes (mode 0666 less the umask), so the output gets the permissions
 * the user's umask gives, not the 0600 of a JDK temp file. An output is renamed into place only while the file being
 * processed is within its time limit ({@link FileBudget}).
 */
public final class AtomicFile {

    /** Temp files being written now, so that a batch can remove those a worker it gave up on left behind. */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    private AtomicFile() {
    }

    /** Writes what {@code writer} puts into a temp file, then renames it to {@code target}. */
    public interface TempWriter<E extends Exception> {
        void write(Path temp) throws IOException, E;
    }

    public static <E extends Exception> void write(Path target, TempWriter<E> writer) throws IOException, E {
        Path temp = tempFor(target);
        try {
            writer.write(temp);
            commit(temp, target);
        } finally {
            Files.deleteIfExists(temp);
            LIVE.remove(temp);
        }
    }

    private static Path tempFor(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".partial");
        LIVE.add(temp);
        return Files.createFile(temp);
    }

    private static void commit(Path temp, Path target) throws IOException {
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        FileBudget budget = FileBudget.current();
        if (!budget.beginCommit()) {
            throw new IOException("the file's time limit ran out before its output was written");
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            budget.endCommit();
        }
    }

    /** Removes temp files under {@code root} that a worker still holds (one the batch gave up on). */
    public static void sweep(Path root) {
        Path r = root.toAbsolutePath().normalize();
        for (Path p : LIVE) {
            if (p.toAbsolutePath().normalize().startsWith(r)) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // the worker deletes it itself when it ends
                }
            }
        }
    }
}
