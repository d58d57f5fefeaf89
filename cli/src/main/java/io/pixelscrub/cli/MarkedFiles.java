package io.pixelscrub.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelscrub.scrubber.pipeline.InputFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The list of files a reviewer marked "needs attention" on the review site ({@code pixelscrub-marks/1}: an object
 * with {@code files[].input}), or a plain JSON array of paths; {@code --only LIST} keeps just those inputs.
 */
final class MarkedFiles {
    static final String SCHEMA = "pixelscrub-marks/1";

    private MarkedFiles() {
    }

    static Set<Path> read(Path list) throws IOException {
        JsonNode root = new ObjectMapper().readTree(list.toFile());
        JsonNode files = root.isArray() ? root : root.path("files");
        if (!files.isArray()) {
            throw new IOException("not a list of marked files (" + SCHEMA + " or a JSON array of paths): " + list);
        }
        Set<Path> out = new HashSet<>();
        for (JsonNode f : files) {
            String p = f.isTextual() ? f.asText() : f.path("input").asText("");
            if (!p.isEmpty()) {
                out.add(Path.of(p).toAbsolutePath().normalize());
            }
        }
        return out;
    }

    /** The entries whose file is on the list (paths compared absolute and normalised). */
    static List<InputFiles.Entry> keep(List<InputFiles.Entry> files, Set<Path> only) {
        return files.stream().filter(e -> only.contains(e.file().toAbsolutePath().normalize())).toList();
    }
}
