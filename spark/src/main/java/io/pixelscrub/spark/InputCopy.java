package io.pixelscrub.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * A task's private copy of an input file: the library reads files by path, Spark hands over bytes (or a path on any
 * Hadoop file system). One owner-only folder per task, removed when the task's partition is done.
 */
final class InputCopy implements AutoCloseable {
    private final Path dir;
    private int n;

    InputCopy() throws IOException {
        this.dir = Files.createTempDirectory("pixelscrub-spark-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    /** The record's bytes as a file, or, without them (a record too large to carry), the file read from its URI. */
    Path of(String uri, byte[] content) throws IOException {
        Path p = dir.resolve("input-" + (n++) + ".dcm");
        if (content != null) {
            Files.write(p, content);
            return p;
        }
        org.apache.hadoop.fs.Path source = new org.apache.hadoop.fs.Path(uri);
        FileSystem fs = source.getFileSystem(new Configuration());
        try (InputStream in = fs.open(source)) {
            Files.copy(in, p);
        }
        return p;
    }

    /** Drops one copy once its file is done. */
    void release(Path copy) throws IOException {
        Files.deleteIfExists(copy);
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
