package io.pixelscrub.scrubber.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The folder of files that could not be processed safely: each keeps its relative path, with a reason file beside it.
 * It holds originals (with PHI), so it lives outside the output tree that gets released. Both files are written
 * atomically (a temp file renamed into place), so neither a crash nor a symbolic link at the target can leave a
 * partial copy or write through to another file.
 */
public final class Quarantine {
    public static final String REASON_SUFFIX = ".reason.txt";

    private final Path root;

    public Quarantine(Path root) {
        this.root = root;
    }

    public Path root() { return root; }

    /** Where {@code relative} goes in the quarantine. */
    public Path target(Path relative) {
        return root.resolve(relative.toString());
    }

    public static Path reasonFile(Path copy) {
        return copy.resolveSibling(copy.getFileName() + REASON_SUFFIX);
    }

    /** Copies the input (never moves it) and writes {@code <name>.reason.txt}; returns the copy's path. */
    public synchronized Path put(Path input, Path relative, String reason) throws IOException {
        Path target = target(relative);
        AtomicFile.write(target, temp -> Files.copy(input, temp, StandardCopyOption.REPLACE_EXISTING));
        try {
            AtomicFile.write(reasonFile(target), temp -> Files.writeString(temp, reason + System.lineSeparator(), StandardCharsets.UTF_8));
        } catch (IOException e) {   // a copy without its reason (the disk filled up) would be a file nobody can explain
            Files.deleteIfExists(target);
            throw e;
        }
        return target;
    }

    /** Removes an earlier run's copy of {@code relative}, now that it was processed: a file is in OUT or here, not both. */
    public synchronized void release(Path relative) throws IOException {
        Path target = target(relative);
        Files.deleteIfExists(target);
        Files.deleteIfExists(reasonFile(target));
    }

    public long count() throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (var s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(REASON_SUFFIX))
                    .filter(p -> !p.getFileName().toString().endsWith(".partial")).count();
        }
    }
}
