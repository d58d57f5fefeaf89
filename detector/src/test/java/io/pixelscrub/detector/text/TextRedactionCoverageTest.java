package io.pixelscrub.detector.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.detector.classify.TextVerdict;
import io.pixelscrub.detector.image.RawFrame;
import io.pixelscrub.models.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The region the text path redacts (every line it finds, read and judged, with the finding's margin) holds every
 * drawn string with {@link #SPARE} pixel to spare on every side. An exact fit is not enough: ONNX Runtime picks its
 * CPU kernels by instruction set, so the detector's boxes on another machine can sit a pixel off these, and a box
 * that just touches the text here leaks a column of it there. Every line is judged PHI, as {@code --redact all-text}
 * would; which lines the classifier keeps is tested elsewhere.
 */
class TextRedactionCoverageTest {

    /** Pixels the redacted region must reach beyond the last pixel a string touched. */
    static final int SPARE = 1;

    private static PixelTextReader reader;

    @BeforeAll
    static void open() {
        reader = PixelTextReader.open(TextEngineConfig.defaults().withDetectorThreads(2));
    }

    @AfterAll
    static void close() {
        reader.close();
    }

    static Stream<SceneCatalogue.Named> scenes() {
        return SceneCatalogue.all(640, 480).stream();
    }

    /** The boxes a {@code --redact all-text} run would black out on this frame. */
    static List<Box> redacted(RawFrame frame) {
        List<Finding> findings = TextFindings.judge(reader.read(frame), 0,
                text -> new TextVerdict(Verdict.PHI, 1.0, "test: every line"), FindingSource.DETECTOR);
        return findings.stream().filter(f -> f.verdict() != Verdict.NOT_PHI).map(Finding::box).toList();
    }

    static void assertRedactedWithSpare(Scene scene, List<Box> redacted, String what) {
        List<String> missed = new ArrayList<>();
        for (Scene.Drawn d : scene.drawn()) {
            Box needed = d.truth().grow(SPARE).clip(scene.width(), scene.height());
            int uncovered = Coverage.uncovered(needed, redacted);
            if (uncovered > 0) {
                missed.add(d.fontSize() + " px line at " + d.truth() + ": " + uncovered + " of " + needed.area()
                        + " px (text and " + SPARE + " px around it) not redacted");
            }
        }
        assertTrue(missed.isEmpty(), what + ": " + missed + " (redacted " + redacted + ")");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenes")
    void everyLineOfTheColourSceneIsRedacted(SceneCatalogue.Named named) {
        assertRedactedWithSpare(named.scene(), redacted(named.scene().rgb8()), named.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenes")
    void everyLineOfTheGreySceneIsRedacted(SceneCatalogue.Named named) {
        assertRedactedWithSpare(named.scene(), redacted(named.scene().grey8()), named.name());
    }

    @Test
    void largerFrameKeepsEveryLine() {
        for (SceneCatalogue.Named named : SceneCatalogue.all(1024, 768)) {
            assertRedactedWithSpare(named.scene(), redacted(named.scene().rgb8()), named.name() + " at 1024x768");
        }
    }

    @Test
    void tenPixelTextOnA2400x2000FrameIsRedactedAcrossTileSeams() {
        Scene scene = SceneCatalogue.large(2400, 2000);
        assertRedactedWithSpare(scene, redacted(scene.grey8()), "2400x2000");
    }
}
