package io.pixelscrub.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.analysis.PixelAnalysis;
import io.pixelscrub.scrubber.pipeline.FileScrubber;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What travels between the passes comes back equal: boxes, frames, sources, verdicts, confidences, reasons, text. */
class AnalysisJsonTest {

    @Test
    void analysisRoundTrips() {
        List<Finding> findings = List.of(
                new Finding(new Box(5, 6, 70, 8), Set.of(0, 2), FindingSource.DETECTOR, Verdict.UNKNOWN, 0.1 + 0.2,
                        "text(rgb, detector 0.98): unknown", "ABC 12"),
                new Finding(new Box(0, 0, 0, 0), Set.of(), FindingSource.OVERLAY, Verdict.PHI, 1, "overlay 6000"));
        FileScrubber.Analysed a = new FileScrubber.Analysed(new PixelAnalysis(findings, true, List.of(0x6000, 0x6002), 3),
                "1.2.3|CT|512x512", 1234, new io.pixelscrub.scrubber.timing.StageTimes());
        a.stages().add(io.pixelscrub.scrubber.timing.Stage.OCR, 5_000_000);
        FileScrubber.Analysed back = AnalysisJson.analysed(AnalysisJson.write(a));
        assertEquals(a.pixels(), back.pixels());
        assertEquals(a.seriesKey(), back.seriesKey());
        assertEquals(a.analyseMs(), back.analyseMs());
        assertEquals(0, back.stages().totalNanos(), "timings stay with the task that measured them");
        assertEquals(findings, AnalysisJson.findings(AnalysisJson.write(findings)));
        assertEquals(List.of(), AnalysisJson.findings(null));
    }
}
