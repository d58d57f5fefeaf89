package io.pixelscrub.spark;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelscrub.detector.Finding;
import io.pixelscrub.scrubber.pipeline.FileScrubber;
import io.pixelscrub.scrubber.timing.StageTimes;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A file's first-pass analysis, and the regions its series adds, as JSON text in a column: what goes from the
 * analysing task through the series grouping to the writing task. Findings keep their OCR text, as the CLI keeps
 * them in memory between its passes (the report's text sketches and --report-text need it); Spark may spill these
 * rows to its local disks, so point spark.local.dir at private storage or turn on spark.io.encryption.enabled.
 */
final class AnalysisJson {
    // Records are read through their canonical constructors; derived accessors (Box.isEmpty) are written and ignored.
    // A file's stage timings stay with the task that measured them: the writing task starts its own.
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(FileScrubber.Analysed.class, WithoutStages.class);
    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() { };

    private AnalysisJson() {
    }

    @JsonIgnoreProperties("stages")
    private abstract static class WithoutStages {
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FileScrubber.Analysed analysed(String json) {
        try {
            FileScrubber.Analysed a = JSON.readValue(json, FileScrubber.Analysed.class);
            return new FileScrubber.Analysed(a.pixels(), a.seriesKey(), a.analyseMs(), new StageTimes());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Finding> findings(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, FINDINGS);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
