package io.pixelscrub.scrubber;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file a fuzz target writes each input to, in a private temp folder removed when the JVM ends: in memory
 * ({@code /dev/shm}) where there is one, since SQLite syncs every commit to disk.
 */
public final class FuzzTempFiles {

    private FuzzTempFiles() {
    }

    public static Path create(String name) {
        try {
            Path shm = Path.of("/dev/shm");
            Path dir = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "pixelscrub-fuzz-")
                    : Files.createTempDirectory("pixelscrub-fuzz-");
            dir.toFile().deleteOnExit();
            Path f = dir.resolve(name);
            f.toFile().deleteOnExit();
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
