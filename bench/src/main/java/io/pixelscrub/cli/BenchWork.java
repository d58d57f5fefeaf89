package io.pixelscrub.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;

/** What the bench commands share: their JSON output and their temporary work folder. */
final class BenchWork {

    private BenchWork() {
    }

    static void writeJson(Path file, Map<String, Object> doc) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), doc);
        System.out.println("JSON: " + file);
    }

    /** Prints where the work folder is when it is kept; deletes it otherwise. */
    static void finish(Path work, boolean keep) throws IOException {
        if (keep) {
            System.out.println("corpus and outputs: " + work);
            return;
        }
        try (var s = Files.walk(work)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
