package io.pixelscrub.testdata;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root (the folder holding testdata/real) for tests in any module. */
public final class RepositoryRoot {

    private RepositoryRoot() {
    }

    /** The surefire property {@code pixelscrub.root}, else the nearest ancestor of the working directory with testdata/real. */
    public static Path find() {
        String prop = System.getProperty("pixelscrub.root");
        if (prop != null && Files.isDirectory(Path.of(prop, "testdata", "real"))) {
            return Path.of(prop);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("testdata").resolve("real"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find testdata/real above " + Path.of("").toAbsolutePath());
    }
}
