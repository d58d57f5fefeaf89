package io.pixelscrub.scrubber.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The folder of files that could not be processed safely: each keeps its relative path, with a reason file beside it.
 * It holds originals (with PHI), so it lives outside the output tree that gets released.
 */
public final class Quarantine {
    private final Path root;

    public Quarantine(Path root) {
        this.root = root;
    }

    public Path root() { return root; }

    /** Copies the input (never moves it) and writes {@code <name>.reason.txt}; returns the copy's path. */
    public synchronized Path put(Path input, Path relative, String reason) throws IOException {
        Path target = root.resolve(relative.toString());
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temp = AtomicFile.tempFor(target);
        try {
            Files.copy(input, temp, StandardCopyOption.REPLACE_EXISTING);
            AtomicFile.commit(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
        Files.writeString(target.resolveSibling(target.getFileName() + ".reason.txt"), reason + System.lineSeparator(),
                StandardCharsets.UTF_8);
        return target;
    }

    public long count() throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (var s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".reason.txt")).count();
        }
    }
}
