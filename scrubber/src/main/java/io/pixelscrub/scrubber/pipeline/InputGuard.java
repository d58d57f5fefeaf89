package io.pixelscrub.scrubber.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Never lose input: knows every input file by its real path (symbolic links resolved) and by its file key (so a hard
 * link is recognised too), and says whether a path pixelscrub is about to write, replace or delete is one of them.
 */
public final class InputGuard {
    private final Set<Path> realPaths = new HashSet<>();
    private final Set<Object> fileKeys = new HashSet<>();

    private InputGuard() {
    }

    public static InputGuard of(List<InputFiles.Entry> files) {
        InputGuard g = new InputGuard();
        for (InputFiles.Entry e : files) {
            g.add(e.file());
        }
        return g;
    }

    private void add(Path file) {
        try {
            realPaths.add(file.toRealPath());
            Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            if (key != null) {
                fileKeys.add(key);
            }
        } catch (IOException e) {
            realPaths.add(file.toAbsolutePath().normalize()); // unreadable now: its reading will fail and say so
        }
    }

    /** Whether {@code target} is, or through links resolves to, an input file. */
    public boolean isInput(Path target) {
        Path real = resolve(target.toAbsolutePath().normalize());
        if (realPaths.contains(real)) {
            return true;
        }
        try {
            if (Files.exists(target)) {
                Object key = Files.readAttributes(target, BasicFileAttributes.class).fileKey();
                return key != null && fileKeys.contains(key);
            }
        } catch (IOException e) {
            return true; // cannot tell: refuse
        }
        return false;
    }

    /** The real path of {@code p}: its nearest existing ancestor resolved, the rest appended. */
    private static Path resolve(Path p) {
        Path existing = p;
        Path rest = Path.of("");
        while (existing != null && !Files.exists(existing)) {
            if (Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                break; // a dangling link: compare its own path
            }
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return p;
        }
        try {
            return existing.toRealPath().resolve(rest).normalize();
        } catch (IOException e) {
            return p;
        }
    }
}
