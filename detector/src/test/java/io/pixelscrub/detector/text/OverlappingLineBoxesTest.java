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
import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.detector.image.DisplayMapper;
import io.pixelscrub.detector.image.RawFrame;
import io.pixelscrub.models.Box;
import io.pixelscrub.models.MapHeaderView;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #11, point 4: small lines stacked closely get one detector box each, but each box is two to three times its
 * text's height, so the boxes overlap each other's letters. A PHI line's redaction must then stop at its own writing
 * ({@link OwnInk}, {@link NeighbourMargins}) and leave the device line under or over it whole, while the PHI line
 * stays covered whole. Real Tesseract, the fonts the repo ships, light text on black and on a gradient, dark text on
 * white, and yellow text on black.
 */
class OverlappingLineBoxesTest {

    private static final String NAME = "HOLMBERG";
    private static final String DEVICE = "kV 120 mA 300";
    private static final String[] FONTS = {"DejaVu Sans", "Liberation Sans", "DejaVu Sans Mono"};
    private static final LineJudge JUDGE = text -> PhiClassifier.standard().classify(text,
            HeaderDenyList.from(MapHeaderView.of("PatientName", "HOLMBERG^ANNA")));
    /** Rows DBNet's box of 11 px text reaches above and below the letters (23-26 px boxes on the synthetic corpora). */
    private static final int PAD_Y = 7;
    private static final int PAD_X = 5;

    private record Look(String name, SceneBackground background, Color text, boolean colour) { }

    private static final Look[] LOOKS = {
        new Look("light on black", SceneBackground.BLACK, new Color(235, 235, 235), false),
        new Look("light on a gradient", SceneBackground.GRADIENT, new Color(245, 245, 245), false),
        new Look("dark on white", SceneBackground.WHITE, new Color(20, 20, 20), false),
        new Look("yellow on black", SceneBackground.BLACK, new Color(230, 220, 40), true),
    };

    @Test
    void aPhiLineIsRedactedWithinItsOwnRowsAndTheDeviceLineInTheOverlapIsKept() {
        for (String font : FONTS) {
            for (Look look : LOOKS) {
                for (boolean nameFirst : new boolean[] {true, false}) {
                    String what = font + ", " + look.name() + (nameFirst ? ", name above" : ", name below");
                    Scene scene = new Scene(220, 80, look.background(), 5);
                    String[] texts = nameFirst ? new String[] {NAME, DEVICE} : new String[] {DEVICE, NAME};
                    scene.text(texts[0], font, Font.PLAIN, 11, look.text(), true, 14, 32);
                    scene.text(texts[1], font, Font.PLAIN, 11, look.text(), true, 14, 46);
                    Box nameInk = scene.drawn().get(nameFirst ? 0 : 1).truth();
                    Box deviceInk = scene.drawn().get(nameFirst ? 1 : 0).truth();
                    List<Box> boxes = scene.drawn().stream().map(d -> padded(d.truth())).toList();
                    assertTrue(boxes.get(0).intersects(scene.drawn().get(1).truth())
                            && boxes.get(1).intersects(scene.drawn().get(0).truth()),
                            what + ": each box reaches into the other line's letters, as the detector's do");
                    List<Finding> findings = judged(look.colour() ? scene.rgb8() : scene.grey8(), boxes);
                    Finding name = findings.stream().filter(f -> f.lineOrBox().contains(nameInk)).findFirst().orElseThrow();
                    // PHI, or unknown where the name reads poorly (on the gradient): redacted either way.
                    assertTrue(name.verdict() != Verdict.NOT_PHI, what + ": " + name.reason());
                    assertTrue(name.box().contains(nameInk), what + ": the name is covered whole: " + name.box()
                            + ", ink " + nameInk);
                    Finding device = findings.stream().filter(f -> f.lineOrBox().contains(deviceInk)).findFirst().orElseThrow();
                    assertEquals(Verdict.NOT_PHI, device.verdict(), what + ": read '" + device.text() + "': " + device.reason());
                    for (Finding f : findings) {
                        if (f.verdict() != Verdict.NOT_PHI) {
                            assertFalse(f.box().intersects(deviceInk), what + ": a redaction " + f.box()
                                    + " reaches the device line at " + deviceInk);
                        }
                    }
                }
            }
        }
    }

    /** The ink of each of two overlapping boxes stops short of the other line's, and holds its own line whole. */
    @Test
    void eachLinesWritingIsPlacedApartFromItsNeighbours() {
        for (String font : FONTS) {
            Scene scene = new Scene(220, 80, SceneBackground.NOISE, 9);
            scene.text(NAME, font, Font.PLAIN, 11, Color.WHITE, true, 14, 32);
            scene.text(DEVICE, font, Font.PLAIN, 11, Color.WHITE, true, 14, 46);
            Box top = scene.drawn().get(0).truth();
            Box bottom = scene.drawn().get(1).truth();
            DisplayImage view = new DisplayMapper().render(scene.grey8()).get(0);
            List<Box> inks = OwnInk.of(List.of(view, view), List.of(padded(top), padded(bottom)));
            // Within the pad a redaction keeps beyond the writing: the faintest antialiased row may show no step.
            int pad = NeighbourMargins.INK_PAD;
            assertTrue(inks.get(0).grow(pad).contains(top), font + ": " + inks.get(0) + " holds " + top);
            assertTrue(inks.get(1).grow(pad).contains(bottom), font + ": " + inks.get(1) + " holds " + bottom);
            assertTrue(inks.get(0).bottom() <= inks.get(1).y(), font + ": " + inks + " apart");
        }
    }

    /**
     * A line the detector did not box, between two boxed lines whose boxes reach into it: it is nobody's writing, so
     * it stays in both boxes' writing and no redaction is clipped away from it.
     */
    @Test
    void anUnboxedLineBetweenTwoBoxesStaysInBoth() {
        for (String font : FONTS) {
            Scene scene = new Scene(220, 90, SceneBackground.BLACK, 3);
            scene.text(NAME, font, Font.PLAIN, 11, Color.WHITE, true, 14, 30);
            scene.text("ANNA 1972", font, Font.PLAIN, 11, Color.WHITE, true, 14, 44);
            scene.text(DEVICE, font, Font.PLAIN, 11, Color.WHITE, true, 14, 58);
            Box unboxed = scene.drawn().get(1).truth();
            Box above = padded(scene.drawn().get(0).truth());
            Box below = padded(scene.drawn().get(2).truth());
            assertTrue(above.intersects(unboxed) && below.intersects(unboxed), font + ": both boxes reach the line");
            DisplayImage view = new DisplayMapper().render(scene.grey8()).get(0);
            List<Box> inks = OwnInk.of(List.of(view, view), List.of(above, below));
            assertTrue(inks.get(0).bottom() >= Math.min(above.bottom(), unboxed.bottom()),
                    font + ": the box above keeps the unboxed line's rows: " + inks.get(0) + ", line " + unboxed);
            assertTrue(inks.get(1).y() <= Math.max(below.y(), unboxed.y()),
                    font + ": the box below keeps the unboxed line's rows: " + inks.get(1) + ", line " + unboxed);
        }
    }

    private static Box padded(Box ink) {
        return Box.fromCorners(ink.x() - PAD_X, ink.y() - PAD_Y, ink.right() + PAD_X, ink.bottom() + PAD_Y);
    }

    private static List<Finding> judged(RawFrame frame, List<Box> boxes) {
        List<ReadLine> lines;
        try (PixelTextReader reader = new PixelTextReader(new DisplayMapper(), new Boxes(boxes), new TesseractLineReader())) {
            lines = reader.read(frame);
        }
        return TextFindings.judge(new ArrayList<>(lines), 0, JUDGE, FindingSource.DETECTOR);
    }

    /** A locator that finds the given boxes in the upright picture and nothing turned. */
    private record Boxes(List<Box> boxes) implements TextLocator {
        @Override
        public List<TextBox> locate(DisplayImage image) {
            return image.width() > image.height() ? boxes.stream().map(b -> new TextBox(b, 0.9)).toList() : List.of();
        }

        @Override
        public void close() { }
    }
}
