package io.pixelscrub.detector.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.models.Box;
import io.pixelscrub.testdata.synthetic.pixels.FontCatalog;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;
import org.junit.jupiter.api.Test;

class StackedLinesTest {

    private static final Box BOX = new Box(10, 5, 180, 60);

    @Test
    void twoTightLinesBecomeTwoBoxesEachHoldingItsGlyphs() {
        DisplayImage image = draw(false, new String[] {"kV 140 mA 380", "Slice 3.0mm"}, 16, 18);
        List<Box> pieces = StackedLines.split(image, BOX);
        assertEquals(2, pieces.size(), "pieces: " + pieces);
        assertTiles(pieces);
        assertTrue(holdsInk(draw(false, new String[] {"kV 140 mA 380", ""}, 16, 18), pieces.get(0)),
                "first line inside the first piece: " + pieces);
        assertTrue(holdsInk(draw(false, new String[] {"", "Slice 3.0mm"}, 16, 18), pieces.get(1)),
                "second line inside the second piece: " + pieces);
    }

    @Test
    void darkTextOnLightIsSplitToo() {
        DisplayImage image = draw(true, new String[] {"Zoom 2.2", "Zoom 3.9", "Gn 21 C 38"}, 12, 14);
        List<Box> pieces = StackedLines.split(image, new Box(10, 5, 180, 56));
        assertEquals(3, pieces.size(), "pieces: " + pieces);
        assertTiles(pieces);
    }

    @Test
    void oneLineWithDotsAndDescendersStaysWhole() {
        for (String text : new String[] {"nii mmi", "gyp jig", "ASCENDING 2.1cm", "Dr. Iijima"}) {
            DisplayImage image = draw(false, new String[] {text}, 20, 0);
            assertEquals(List.of(BOX), StackedLines.split(image, BOX), text);
        }
    }

    @Test
    void linesOverTissueWithABackdropAreSplitByTheirStrokes() {
        for (String family : FontCatalog.families()) {
            Scene scene = new Scene(200, 80, SceneBackground.NOISE, 5);
            scene.backdrop(new Box(0, 0, 200, 80), new Color(110, 110, 110));
            scene.backdrop(new Box(12, 26, 90, 13), Color.BLACK);
            String[] texts = {"Slice 2.0mm", "Yelk Zint 42", "kV 120 mA 300"};
            for (int i = 0; i < texts.length; i++) {
                scene.text(texts[i], family, Font.PLAIN, 9, new Color(240, 240, 240), true, 14, 22 + 12 * i);
            }
            DisplayImage image = new io.pixelscrub.detector.image.DisplayMapper().render(scene.grey8()).get(0);
            Box box = new Box(8, 8, 120, 48);
            assertEquals(List.of(box), StackedLines.split(image, box), family + ": the ink profile finds no gap here");
            List<Box> pieces = StackedLines.splitByStrokes(image, box);
            assertEquals(3, pieces.size(), family + ": " + pieces);
            assertEquals(box.y(), pieces.get(0).y());
            assertEquals(box.bottom(), pieces.get(2).bottom());
            for (int i = 0; i < 3; i++) {
                assertEquals(box.x(), pieces.get(i).x());
                assertEquals(box.width(), pieces.get(i).width());
                assertTrue(pieces.get(i).contains(scene.drawn().get(i).truth()),
                        family + ": line " + i + " " + scene.drawn().get(i).truth() + " in " + pieces);
                if (i > 0) {
                    assertEquals(pieces.get(i - 1).bottom(), pieces.get(i).y(), family + ": pieces meet " + pieces);
                }
            }
        }
    }

    @Test
    void oneSmallLineOverTissueIsNotSplitByItsStrokes() {
        for (String text : new String[] {"gyp jig 12", "ASCENDING 2.1cm", "Dr. Iijima"}) {
            Scene scene = new Scene(200, 80, SceneBackground.NOISE, 5);
            scene.backdrop(new Box(0, 0, 200, 80), new Color(110, 110, 110));
            scene.text(text, "DejaVu Sans", Font.PLAIN, 10, new Color(240, 240, 240), true, 14, 40);
            DisplayImage image = new io.pixelscrub.detector.image.DisplayMapper().render(scene.grey8()).get(0);
            Box box = new Box(8, 20, 120, 30);
            assertEquals(List.of(box), StackedLines.splitByStrokes(image, box), text);
        }
    }

    /** Lines drawn at baseline 5 + size + i * step: light on dark unless {@code darkText}. */
    private static DisplayImage draw(boolean darkText, String[] lines, int size, int step) {
        BufferedImage im = new BufferedImage(200, 80, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = im.createGraphics();
        g.setColor(darkText ? Color.WHITE : Color.BLACK);
        g.fillRect(0, 0, 200, 80);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(darkText ? Color.BLACK : Color.WHITE);
        g.setFont(FontCatalog.font("DejaVu Sans", Font.PLAIN, size));
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], 14, 5 + size + i * step);
        }
        g.dispose();
        byte[] px = ((DataBufferByte) im.getRaster().getDataBuffer()).getData();
        return new DisplayImage(200, 80, 1, px, "test");
    }

    private static void assertTiles(List<Box> pieces) {
        assertEquals(BOX.y(), pieces.get(0).y());
        for (int i = 0; i + 1 < pieces.size(); i++) {
            assertEquals(pieces.get(i).bottom(), pieces.get(i + 1).y(), "pieces meet: " + pieces);
        }
        for (Box p : pieces) {
            assertEquals(BOX.x(), p.x());
            assertEquals(BOX.width(), p.width());
        }
    }

    /** Every pixel of the (one-line) picture's ink lies in the piece. */
    private static boolean holdsInk(DisplayImage image, Box piece) {
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                int v = image.pixels()[y * image.width() + x] & 0xFF;
                if (v > 0 && !piece.contains(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
