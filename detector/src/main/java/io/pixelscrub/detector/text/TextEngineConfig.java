package io.pixelscrub.detector.text;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to build a {@link PixelTextReader}: the detector's settings, and where Tesseract finds its language data
 * (empty: {@code TESSDATA_PREFIX}, then the system's usual places).
 */
public record TextEngineConfig(DbnetSettings detection, Optional<Path> tessdata, String language) {

    public TextEngineConfig {
        Objects.requireNonNull(detection, "detection");
        Objects.requireNonNull(tessdata, "tessdata");
        Objects.requireNonNull(language, "language");
    }

    /** PP-OCRv3, one detector thread per worker, English OCR. */
    public static TextEngineConfig defaults() {
        return new TextEngineConfig(DbnetSettings.defaults(), Optional.empty(), "eng");
    }

    public TextEngineConfig withDetectorThreads(int threads) {
        return new TextEngineConfig(detection.withThreads(threads), tessdata, language);
    }

    public TextEngineConfig withModel(DbnetModel model) {
        return new TextEngineConfig(detection.withModel(model), tessdata, language);
    }
}
