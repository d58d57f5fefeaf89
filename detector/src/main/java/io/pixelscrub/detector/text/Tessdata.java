package io.pixelscrub.detector.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds a tessdata folder holding a language's traineddata: TESSDATA_PREFIX first, then the usual system places. */
public final class Tessdata {

    static final List<String> SYSTEM_PLACES = List.of(
            "/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata",
            "/usr/local/share/tessdata", "/opt/homebrew/share/tessdata");

    private Tessdata() { }

    public static Optional<Path> find(String language) {
        List<Path> candidates = new ArrayList<>();
        String prefix = System.getenv("TESSDATA_PREFIX");
        if (prefix != null && !prefix.isBlank()) {
            candidates.add(Path.of(prefix));
            candidates.add(Path.of(prefix, "tessdata"));
        }
        SYSTEM_PLACES.forEach(p -> candidates.add(Path.of(p)));
        return candidates.stream().filter(p -> Files.isRegularFile(p.resolve(language + ".traineddata"))).findFirst();
    }
}
