package io.pixelscrub.scrubber.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.classify.HeaderDenyList;
import io.pixelscrub.detector.classify.PhiClassifier;
import io.pixelscrub.detector.text.FrameTextReader;
import io.pixelscrub.detector.text.PixelTextReader;
import io.pixelscrub.detector.text.TextEngineConfig;
import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.codec.Codecs;
import io.pixelscrub.scrubber.codec.FrameSource;
import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import io.pixelscrub.scrubber.pipeline.FileScrubber;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cines are read once (only what changed is searched again), yet PHI shown on a few frames only, or changing every
 * frame, is hidden on every frame that shows it, and nothing far from any drawn text changes. Generated 8-bit
 * ultrasound cines ({@link GeneratedCine}), scrubbed end to end with the real text engines.
 */
class CineCoverageTest {

    /**
     * A redacted box may reach this far, plus the line's height, beyond the pixels a line changed: the detector's box
     * over speckle, its padding and the finding's margin (measured: 18 px beyond an 18 px name over the fan).
     */
    private static final int SLACK = 8;

    private static final GeneratedCine.Patient PATIENT =
            new GeneratedCine.Patient("Halloway^Margaret", "HX4471902", "19620314", "20241107");

    private static PixelAnalyzer analyzer;
    private static FileScrubber scrubber;

    @TempDir
    Path tmp;

    @BeforeAll
    static void engines() {
        PhiClassifier classifier = PhiClassifier.standard();
        PerThread<FrameTextReader> readers = new PerThread<>(() -> PixelTextReader.open(TextEngineConfig.defaults()));
        analyzer = new PixelAnalyzer(DetectionSettings.all(), readers, header -> {
            HeaderDenyList deny = HeaderDenyList.from(header);
            return text -> classifier.classify(text, deny);
        });
        scrubber = new FileScrubber(List.of(), analyzer, RedactionPolicy.PHI, (list, cleaned) -> { });
    }

    @AfterAll
    static void close() {
        analyzer.close();
    }

    /**
     * A still picture (so most frames change only where the text does): the name appears in the header bar on frames
     * 12-14 only, another copy over the picture on frames 20-22, the clock changes every frame, the ID is on every
     * frame, and frames 30-39 are identical to frame 29.
     */
    @Test
    void transientNamesAndAClockOnAStillCineAreHiddenWhereverShown() throws Exception {
        List<GeneratedCine.Item> items = List.of(
                new GeneratedCine.Item(f -> f >= 12 && f <= 14 ? "Halloway, Margaret" : null, 8, 18, 14),
                new GeneratedCine.Item(f -> "ID HX4471902", 8, 36, 14),
                new GeneratedCine.Item(f -> String.format("10:14:%02d", Math.min(f, 29)), 520, 18, 14),
                new GeneratedCine.Item(f -> f >= 20 && f <= 22 ? "Margaret Halloway" : null, 210, 260, 16));
        GeneratedCine cine = GeneratedCine.of(640, 480, 40, false, items);
        assertPhiHiddenAndNothingElse(cine, List.of(0, 1, 2, 3));
    }

    /** The fan changes every frame (every frame is searched whole): a name over it on frames 5-6 only is hidden there. */
    @Test
    void aNameOverALiveFanOnTwoFramesIsHidden() throws Exception {
        List<GeneratedCine.Item> items = List.of(
                new GeneratedCine.Item(f -> "ID HX4471902", 8, 36, 14),
                new GeneratedCine.Item(f -> f == 5 || f == 6 ? "Halloway, Margaret" : null, 230, 300, 18));
        GeneratedCine cine = GeneratedCine.of(640, 480, 10, true, items);
        assertPhiHiddenAndNothingElse(cine, List.of(0, 1));
    }

    private void assertPhiHiddenAndNothingElse(GeneratedCine cine, List<Integer> phiItems) throws Exception {
        Path in = tmp.resolve("cine.dcm");
        Path out = tmp.resolve("out.dcm");
        cine.write(in, PATIENT);
        FileOutcome outcome = scrubber.scrub(in, out);
        assertEquals(cine.frames(), outcome.frames());
        List<Box> near = new ArrayList<>();
        cine.allTruth().forEach(b -> near.add(b.grow(SLACK + b.height())));
        for (var f : outcome.redacted()) {
            assertTrue(near.stream().anyMatch(b -> b.contains(f.box())), "redacted " + f.box() + " is far from any drawn text");
        }
        try (DicomInput result = DicomFileReader.open(out); FrameSource frames = Codecs.decoder(result)) {
            assertEquals(cine.frames(), frames.frameCount());
            for (int f = 0; f < cine.frames(); f++) {
                byte[] pixels = frames.frame(f);
                int frame = f;
                List<Box> redacted = outcome.redacted().stream().filter(r -> r.appliesTo(frame)).map(r -> r.box()).toList();
                for (int item : phiItems) {
                    Box truth = cine.truth(f, item);
                    if (truth == null) {
                        continue;
                    }
                    int shown = 0;
                    for (int y = truth.y(); y < truth.bottom(); y++) {
                        for (int x = truth.x(); x < truth.right(); x++) {
                            shown += (pixels[y * cine.width() + x] & 0xFF) != 0 ? 1 : 0;
                        }
                    }
                    assertEquals(0, shown, "frame " + f + ", PHI item " + item + " at " + truth + ": pixels not blacked out");
                }
                for (int y = 0; y < cine.height(); y++) {
                    for (int x = 0; x < cine.width(); x++) {
                        if ((pixels[y * cine.width() + x] & 0xFF) != cine.pixel(f, x, y)) {
                            int px = x, py = y;
                            assertTrue(redacted.stream().anyMatch(b -> b.contains(px, py)),
                                    "frame " + f + ": pixel (" + x + "," + y + ") changed outside the redacted regions");
                        }
                    }
                }
            }
        }
    }
}
