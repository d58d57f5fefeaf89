package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.analysis.DetectionSettings;
import io.pixelscrub.scrubber.analysis.PixelAnalysis;
import io.pixelscrub.scrubber.analysis.PixelAnalyzer;
import io.pixelscrub.scrubber.analysis.RedactionPolicy;
import io.pixelscrub.scrubber.dicom.AttributeListHeaderView;
import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.run.TextStack;
import io.pixelscrub.testdata.synthetic.CorpusSpec;
import io.pixelscrub.testdata.synthetic.OneSyntheticCase;
import io.pixelscrub.testdata.synthetic.truth.CaseTruth;
import io.pixelscrub.testdata.synthetic.truth.TextTruth;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vertical PHI lines in generated cines that were visible on every frame, each written alone by the generator (whose
 * output {@code GeneratorFingerprintTest} pins) and analysed as {@code scrub} does; every pixel of the line must be
 * covered on every frame.
 */
class GeneratedVerticalLinesTest {

    /**
     * Synthetic seed 3141, case 51: {@code Accession 9412} up the right edge of an 18-frame cine, ending just above a
     * column of upright device lines that reach the same edge. Turned, the detector's box of the vertical line and the
     * boxes of the upright lines' ends made one group, which read as nothing, and the upright pass had boxed the
     * vertical line's lower half as blobs it could not read, taken as covering it: half visible on every frame. Now a
     * turned group that reads no sure word is read box by box, and upright boxes that read nothing cover nothing.
     */
    @Test
    void aVerticalAccessionNumberBesideAColumnOfUprightLinesIsHiddenWhole(@TempDir Path dir) throws Exception {
        assertHiddenOnEveryFrame(OneSyntheticCase.write(CorpusSpec.defaults(3141, 96), 51, dir), dir);
    }

    /**
     * Synthetic seed 8888, case 33: the study date {@code 2007-12-23} in 12 px type up the right side of a 20-frame
     * palette cine. Tesseract read it {@code 20} F-12-23} at 0.07 either way up, so no line was made; the PP-OCR
     * recognition model reads it exactly, and the reading, the file's own study date, is PHI.
     */
    @Test
    void aSmallVerticalStudyDateIsReadByTheSecondEngineAndHidden(@TempDir Path dir) throws Exception {
        assertHiddenOnEveryFrame(OneSyntheticCase.write(CorpusSpec.defaults(8888, 96), 33, dir), dir);
    }

    private static void assertHiddenOnEveryFrame(CaseTruth c, Path dir) throws Exception {
        List<TextTruth> vertical = c.texts().stream().filter(t -> t.isPhi() && Math.abs(t.rotation()) == 90).toList();
        assertEquals(1, vertical.size(), "the case as generated: " + c.texts());
        io.pixelscrub.testdata.synthetic.truth.Box t = vertical.get(0).box();
        Box truth = new Box(t.x(), t.y(), t.width(), t.height());
        DetectionSettings settings = new DetectionSettings(false, true, true, RedactionPolicy.PHI,
                DetectionSettings.DEFAULT_MAX_FRAMES);
        List<Finding> redacted;
        try (PixelAnalyzer analyzer = new PixelAnalyzer(settings, TextStack.readers(1), TextStack.judges());
             DicomInput in = DicomFileReader.open(dir.resolve(c.file()))) {
            PixelAnalysis a = analyzer.analyze(in, new AttributeListHeaderView(in.header()));
            redacted = a.findings().stream().filter(f -> f.verdict() != Verdict.NOT_PHI).toList();
        }
        for (int frame = 0; frame < c.frames(); frame++) {
            int f = frame;
            long covered = 0;
            for (int y = truth.y(); y < truth.bottom(); y++) {
                for (int x = truth.x(); x < truth.right(); x++) {
                    int px = x;
                    int py = y;
                    if (redacted.stream().anyMatch(r -> r.appliesTo(f) && r.box().contains(px, py))) {
                        covered++;
                    }
                }
            }
            assertEquals(truth.area(), covered, "frame " + frame + ": " + vertical.get(0).text() + " at " + truth
                    + " covered " + covered + " px of " + truth.area() + " by " + redacted);
        }
        assertTrue(c.frames() > 1);
    }
}
