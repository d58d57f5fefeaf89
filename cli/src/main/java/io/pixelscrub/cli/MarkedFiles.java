package io.pixelscrub.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.pixelscrub.scrubber.pipeline.InputFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The list of files a reviewer marked "needs attention" on the review site ({@code pixelscrub-marks/2}: an object with
 * {@code files[].input} and {@code attributes[]}; the older {@code pixelscrub-marks/1} has files only), or a plain JSON
 * array of paths; {@code --only LIST} keeps just those inputs. The marked attributes are read by {@link ProfileOverrides}.
 */
final class MarkedFiles {
    static final String SCHEMA = "pixelscrub-marks/1";
    static final String SCHEMA_2 = "pixelscrub-marks/2";

    private MarkedFiles() {
    }

    /** The inputs on {@code list}; a list that cannot be read, or that names none of the inputs, is one line, exit 2. */
    static InputFiles.Found only(InputFiles.Found found, Path list) throws IOException {
        Set<Path> marked = read(list);
        List<InputFiles.Entry> kept = keep(found.files(), marked);
        if (kept.isEmpty()) {
            throw new UserInputException("none of the " + marked.size() + " file(s) on the --only list is among the inputs: " + list);
        }
        // An unreadable path still counts when it is, or may hold, a listed file.
        List<InputFiles.Unreadable> unreadable = found.unreadable().stream()
                .filter(u -> marked.stream().anyMatch(m -> m.startsWith(u.path().toAbsolutePath().normalize()))).toList();
        return new InputFiles.Found(kept, unreadable);
    }

    static Set<Path> read(Path list) throws IOException {
        JsonNode root = JsonFiles.read(list, "--only list");
        String schema = root.path("schema").asText("");
        if (!root.isArray() && !schema.isEmpty() && !schema.equals(SCHEMA) && !schema.equals(SCHEMA_2)) {
            throw new UserInputException("unknown marks schema " + schema + " (this version reads " + SCHEMA + " and " + SCHEMA_2 + "): " + list);
        }
        JsonNode files = root.isArray() ? root : root.path("files");
        if (!files.isArray()) {
            throw new UserInputException("not a list of marked files (" + SCHEMA + " or a JSON array of paths): " + list);
        }
        Set<Path> out = new HashSet<>();
        for (JsonNode f : files) {
            String p = f.isTextual() ? f.asText() : f.path("input").asText("");
            if (!p.isEmpty()) {
                try {
                    out.add(Path.of(p).toAbsolutePath().normalize());
                } catch (java.nio.file.InvalidPathException e) {
                    throw new UserInputException("the --only list holds something that is not a path: " + list);
                }
            }
        }
        return out;
    }

    /** The entries whose file is on the list (paths compared absolute and normalised). */
    static List<InputFiles.Entry> keep(List<InputFiles.Entry> files, Set<Path> only) {
        return files.stream().filter(e -> only.contains(e.file().toAbsolutePath().normalize())).toList();
    }
}
