package io.pixelscrub.detector.text;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.detector.classify.HeaderDenyList;
import io.pixelscrub.detector.classify.LineJudge;
import io.pixelscrub.detector.classify.PhiClassifier;
import io.pixelscrub.detector.classify.TextVerdict;
import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.detector.image.DisplayMapper;
import io.pixelscrub.models.Box;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #11 points 2-3: a line the detector found in part is redacted to the real ends of its ink, also where the
 * ground beside it is speckle, tissue lighter than its letters or a grey bar, and nothing far outside the line
 * changes; a short piece of writing is not let go as too short on a misreading. The detector is a stand-in that
 * boxes a piece of the line ({@link PartBoxedLineTest.OneBox}); the reader reads a fixed text.
 */
class LineCoverTest {

    private static final LineJudge PHI = text -> new TextVerdict(Verdict.PHI, 0.9, "test");
    private static final LineJudge STANDARD = text -> PhiClassifier.standard().classify(text, HeaderDenyList.empty());

    /**
     * Speckle (noise of sigma 18 grey levels) and a body-like picture with organs and a bone ring under the line. The
     * letters are a grey the bone is not: where a structure of the letters' own grey crosses the rows above and
     * below the line, its end cannot be told from the structure and the cover stops there ({@link LineEnds}).
     */
    @Test
    void aLineOverSpeckleOrTissueBoxedInPartIsRedactedToBothEnds() {
        for (SceneBackground background : new SceneBackground[] {SceneBackground.NOISE, SceneBackground.ANATOMY}) {
            for (String font : new String[] {"DejaVu Serif", "Liberation Sans", "DejaVu Sans Mono"}) {
                for (boolean antialias : new boolean[] {false, true}) {
                    Scene scene = new Scene(360, 120, background, 5)
                            .text("ID: D6888971", font, Font.PLAIN, 16, new Color(200, 200, 200), antialias, 40, 60);
                    String what = background + " " + font + (antialias ? " antialiased" : "");
                    Box truth = scene.drawn().get(0).truth();
                    Box middle = Box.fromCorners(truth.x() + truth.width() / 3, truth.y() - 4,
                            truth.x() + 2 * truth.width() / 3, truth.bottom() + 4);
                    assertCoveredWithin(scene, middle, truth, 16, PHI, what);
                }
            }
        }
    }

    /**
     * A grey line running from a black ground onto tissue lighter than its letters (its letters are then darker than
     * what is around them there): boxed over the black part only, it is still covered over the tissue.
     */
    @Test
    void aLineRunningOntoTissueLighterThanItsLettersIsFollowed() {
        for (String font : new String[] {"DejaVu Serif", "Liberation Mono"}) {
            for (boolean antialias : new boolean[] {false, true}) {
                Scene scene = new Scene(360, 120, SceneBackground.BLACK, 3)
                        .backdrop(new Box(0, 0, 120, 120), new Color(185, 185, 185))
                        .text("ID: D6888971", font, Font.PLAIN, 16, new Color(140, 140, 140), antialias, 60, 60);
                Box truth = scene.drawn().get(0).truth();
                Box onBlack = Box.fromCorners(130, truth.y() - 4, truth.right() + 3, truth.bottom() + 4);
                assertCoveredWithin(scene, onBlack, truth, 16, PHI, font + (antialias ? " antialiased" : ""));
            }
        }
    }

    /**
     * A time on a grey bar over speckle, boxed inside its first digit and read as that digit: the allow-list explains
     * a lone digit, but the line's ink runs on past the box, so the verdict is open (redacted) and covers the line.
     */
    @Test
    void aTimeOnABarBoxedInsideADigitIsRedactedWhole() {
        for (String font : new String[] {"Liberation Sans", "DejaVu Sans"}) {
            Scene scene = new Scene(320, 120, SceneBackground.NOISE, 9)
                    .backdrop(new Box(100, 44, 70, 24), new Color(70, 70, 70))
                    .text("10:24", font, Font.BOLD, 13, new Color(110, 110, 110), true, 108, 61);
            Box truth = scene.drawn().get(0).truth();
            // The middle rows of the first two digits.
            Box inside = new Box(truth.x() + 2, truth.y() + 3, truth.width() / 3, truth.height() - 5);
            Finding f = assertCoveredWithin(scene, inside, truth, 13, STANDARD, font, new OcrLine("0", 0.96));
            assertNotEquals(Verdict.NOT_PHI, f.verdict(), font + ": " + f.reason());
        }
    }

    /**
     * A sex and age written top to bottom ({@code 19F}), which the detector boxes about as wide as tall and OCR reads
     * as one unsure digit: its letters stand side by side in the turned picture, so it is writing, not a blob too
     * short to identify anyone.
     */
    @Test
    void aShortVerticalSexAndAgeIsNotLetGo() {
        for (String font : new String[] {"Liberation Sans", "DejaVu Sans"}) {
            Scene scene = new Scene(320, 200, SceneBackground.BLACK, 4)
                    .text("19F", font, Font.PLAIN, 12, new Color(0, 220, 220), false, 280, 80, -90);
            Box truth = scene.drawn().get(0).truth();
            int side = Math.max(truth.width(), truth.height()) + 2;
            Box square = new Box(truth.x() + truth.width() / 2 - side / 2, truth.y() - 1, side, side);
            PixelTextReader reader = new PixelTextReader(new DisplayMapper(), new PartBoxedLineTest.OneBox(square),
                    new Fixed(new OcrLine("8", 0.54), new OcrLine("3", 0.4)));
            List<ReadLine> lines = reader.read(scene.grey8()).stream().filter(l -> !l.vertical()).toList();
            assertTrue(lines.size() == 1, font + ": " + lines);
            Finding f = TextFindings.judge(lines, 0, STANDARD, FindingSource.DETECTOR).get(0);
            assertNotEquals(Verdict.NOT_PHI, f.verdict(), font + ": " + f.reason());
            assertTrue(f.box().contains(truth), font + ": redacted " + f.box() + ", ink " + truth);
        }
    }

    private static Finding assertCoveredWithin(Scene scene, Box detected, Box truth, int letterHeight, LineJudge judge,
                                               String what) {
        return assertCoveredWithin(scene, detected, truth, letterHeight, judge, what, new OcrLine("ID 123456", 0.95));
    }

    /**
     * The line found as {@code detected} and read as {@code reading} is redacted over all of {@code truth}, and no
     * farther than a letter height and the margin beyond it: the rest of the picture is unchanged.
     */
    private static Finding assertCoveredWithin(Scene scene, Box detected, Box truth, int letterHeight, LineJudge judge,
                                               String what, OcrLine reading) {
        PixelTextReader reader = new PixelTextReader(new DisplayMapper(), new PartBoxedLineTest.OneBox(detected),
                new Fixed(reading, OcrLine.NOTHING));
        List<ReadLine> lines = reader.read(scene.grey8());
        assertTrue(lines.size() == 1, what + ": " + lines);
        Finding f = TextFindings.judge(lines, 0, judge, FindingSource.DETECTOR).get(0);
        Box redacted = f.box();
        assertTrue(redacted.contains(truth), what + ": redacted " + redacted + ", ink " + truth);
        Box bound = truth.grow(2 * letterHeight);
        assertTrue(bound.contains(redacted), what + ": redacted " + redacted + " reaches far past the ink " + truth);
        return f;
    }

    /** A reader that reads {@code first}, and {@code second} when asked again. */
    private record Fixed(OcrLine first, OcrLine second) implements LineReader {
        @Override
        public OcrLine read(DisplayImage image, Box box) {
            return first;
        }

        @Override
        public OcrLine readAgain(DisplayImage image, Box box) {
            return second;
        }

        @Override
        public void close() { }
    }
}
