package io.pixelscrub.detector.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.detector.classify.HeaderDenyList;
import io.pixelscrub.detector.classify.LineJudge;
import io.pixelscrub.detector.classify.PhiClassifier;
import io.pixelscrub.detector.image.DisplayMapper;
import io.pixelscrub.models.Box;
import io.pixelscrub.models.MapHeaderView;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #11 points 3 and 4: small lines (9-10 px) stacked so tightly that the detector boxes them as one, drawn over
 * anatomy, where a threshold over the box parts anatomy from background and finds no gap between the lines. The box
 * is cut between its bands of writing ({@link StackedLines#splitByStrokes}), each line read on its own (prepared from
 * the level its text is drawn in where the usual preparation reads nothing surely: {@link StrokeLevels}) and judged
 * on its own: the device lines are kept, the name among them is PHI and covered whole, and no redaction reaches a
 * device line's ink. Real Tesseract, the fonts the repo ships.
 */
class StackedSmallLinesTest {

    private static final String[] LINES = {"Slice 2.0mm", "HOLMBERG", "kV 120 mA 300"};
    private static final int NAME = 1;
    /** Fonts whose 10 px name Tesseract reads on the backdrop (DejaVu Serif and Liberation Mono there stay unknown, so redacted). */
    private static final String[] FONTS = {"DejaVu Sans", "Liberation Sans", "DejaVu Sans Mono"};
    private static final Color TISSUE = new Color(110, 110, 110);
    private static final LineJudge JUDGE = text -> PhiClassifier.standard().classify(text,
            HeaderDenyList.from(MapHeaderView.of("PatientName", "HOLMBERG^ANNA")));

    @Test
    void eachStackedLineIsReadAndJudgedAloneAndOnlyTheNameIsRedacted() {
        for (String font : FONTS) {
            for (SceneBackground background : new SceneBackground[] {SceneBackground.BLACK, SceneBackground.NOISE}) {
                Scene scene = new Scene(200, 90, background, 3);
                // Grey tissue, and a black label backdrop behind the name: three levels in the box, so a threshold
                // over it parts backdrop from tissue and finds no row free of "ink" between the lines.
                scene.backdrop(new Box(0, 0, 200, 90), TISSUE);
                scene.backdrop(new Box(9, 33, 64, 13), Color.BLACK);
                for (int i = 0; i < LINES.length; i++) {
                    scene.text(LINES[i], font, Font.PLAIN, 10, new Color(240, 240, 240), true, 12, 30 + 13 * i);
                }
                List<Scene.Drawn> drawn = scene.drawn();
                Box all = drawn.get(0).truth().union(drawn.get(1).truth()).union(drawn.get(2).truth());
                // The detector's box over the three lines, padded as DBNet pads small text.
                Box box = Box.fromCorners(all.x() - 6, all.y() - 5, all.right() + 6, all.bottom() + 5);
                String what = font + " on " + background;
                List<ReadLine> lines;
                try (PixelTextReader reader = new PixelTextReader(new DisplayMapper(), new PartBoxedLineTest.OneBox(box),
                        new TesseractLineReader())) {
                    lines = reader.read(scene.grey8());
                }
                assertEquals(LINES.length, lines.size(), what + ": one reading a line " + lines);
                List<Finding> findings = TextFindings.judge(lines, 0, JUDGE, FindingSource.DETECTOR);
                for (int i = 0; i < LINES.length; i++) {
                    Box truth = drawn.get(i).truth();
                    Finding f = findings.get(i);
                    assertTrue(f.lineOrBox().contains(truth) || f.box().contains(truth),
                            what + ": line " + i + " is the piece that holds its ink: " + f.box() + ", ink " + truth);
                    if (i == NAME) {
                        assertEquals(Verdict.PHI, f.verdict(), what + ": " + f.reason());
                        assertTrue(f.box().contains(truth), what + ": the name is covered whole: " + f.box() + ", ink " + truth);
                    } else {
                        assertEquals(Verdict.NOT_PHI, f.verdict(), what + ": line " + i + ": " + f.reason());
                        for (Finding other : findings) {
                            if (other.verdict() != Verdict.NOT_PHI) {
                                assertFalse(other.box().intersects(truth), what + ": a redaction " + other.box()
                                        + " reaches the device line at " + truth);
                            }
                        }
                    }
                }
            }
        }
    }
}
