package io.pixelscrub.cli.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The folders and files a report names (thumbnails, originals, released headers), as {@code review} may read them. A
 * report is input from outside: its paths must not make the site copy other files ({@code ../../etc}, an absolute
 * path, a symbolic link out of the report's folder). A folder counts only when it lies inside the report's folder,
 * with symbolic links resolved; a file only when its name is a plain name and it is a regular file, not a link.
 * Anything else is treated as missing, as a thumbnail that is not there is.
 */
final class ReportFolders {

    private static final String PLAIN_NAME = "[A-Za-z0-9][A-Za-z0-9._-]*";

    private ReportFolders() {
    }

    /** The folder {@code relative} names, or null when it is absolute, leaves the report's folder or is not a path. */
    static Path folder(Path reportDir, String relative) {
        if (relative == null || relative.isEmpty()) {
            return null;
        }
        try {
            Path rel = Path.of(relative);
            Path dir = reportDir.resolve(rel).normalize();
            if (rel.isAbsolute() || !dir.startsWith(reportDir) || dir.equals(reportDir)) {
                return null;
            }
            if (Files.exists(dir) && !dir.toRealPath().startsWith(reportDir.toRealPath())) {
                return null;   // a link that leads out of the report's folder
            }
            return dir;
        } catch (InvalidPathException | IOException e) {
            return null;
        }
    }

    /** The file {@code name} in {@code folder} when it is a plain name of a regular file there (not a link), else null. */
    static Path plainFile(Path folder, String name) {
        if (folder == null || name == null || !name.matches(PLAIN_NAME)) {
            return null;
        }
        Path file = folder.resolve(name);
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? file : null;
    }
}
