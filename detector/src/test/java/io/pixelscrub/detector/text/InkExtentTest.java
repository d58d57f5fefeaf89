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
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue #11 point 4, over-redaction: a redacted line on a clean background blacks out the rows of its ink and
 * {@link InkExtent#PAD} pixels above and below,
 * not its padded box and margin; every ink pixel stays inside.
 */
class InkExtentTest {

    @Test
    void aClearLineIsRedactedToItsInkWithEveryInkPixelInside() {
        for (boolean dark : new boolean[] {false, true}) {
            DisplayImage image = draw("DOE^JOHN 12/03/1961", dark, null);
            Box ink = inkBounds(image, dark);
            // the detector's box: the ink padded by an eighth of its height above and below, a fifth at the ends
            int h = ink.height();
            Box line = Box.fromCorners(ink.x() - h / 5, ink.y() - h / 8, ink.right() + h / 5, ink.bottom() + h / 8);
            Box grown = line.grow(TextFindings.margin(line.height()));
            Box redacted = InkExtent.of(image, line, grown);
            assertTrue(redacted.contains(ink), "every ink pixel inside: " + redacted + " ink " + ink);
            assertTrue(grown.contains(redacted), redacted + " within " + grown);
            assertTrue(redacted.height() < 0.8 * grown.height(), "lower than the grown box: " + redacted + " " + grown);
            assertEquals(grown.x(), redacted.x(), "the ends keep their margin");
            assertEquals(grown.right(), redacted.right(), "the ends keep their margin");
        }
    }

    @Test
    void lettersTheDetectorCutShortAreStillInside() {
        DisplayImage image = draw("PATIENT NAME", false, null);
        Box ink = inkBounds(image, false);
        Box line = Box.fromCorners(ink.x() + 2, ink.y(), ink.right() - 2, ink.bottom()); // ends cut off by 2 px
        Box redacted = InkExtent.of(image, line, line.grow(TextFindings.margin(line.height())));
        assertTrue(redacted.contains(ink), redacted + " ink " + ink);
    }

    /** Synthetic seed 41: a clock in low grey just above a bright name stays under the name's redaction. */
    @Test
    void aLowGreyLineBesideABrightOneIsInk() {
        DisplayImage image = draw("DOE^JOHN", false, null);
        Box ink = inkBounds(image, false);
        Box line = ink.grow(2);
        Box grown = line.grow(TextFindings.margin(line.height()));
        int row = grown.y() + 1;
        for (int x = grown.x() + 10; x < grown.x() + 40; x++) {
            image.pixels()[row * image.width() + x] = (byte) 40; // the bottom of a low-grey line's glyphs
        }
        assertTrue(InkExtent.of(image, line, grown).y() <= row);
    }

    @Test
    void overNoiseNothingIsTakenBack() {
        DisplayImage image = draw("DOE^JOHN", false, new Random(3));
        Box ink = inkBounds(draw("DOE^JOHN", false, null), false);
        Box line = ink.grow(3);
        Box grown = line.grow(TextFindings.margin(line.height()));
        assertEquals(grown, InkExtent.of(image, line, grown));
    }

    private static DisplayImage draw(String text, boolean darkText, Random noise) {
        BufferedImage im = new BufferedImage(400, 80, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = im.createGraphics();
        g.setColor(darkText ? Color.WHITE : Color.BLACK);
        g.fillRect(0, 0, 400, 80);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(darkText ? Color.BLACK : Color.WHITE);
        g.setFont(FontCatalog.font("DejaVu Sans", Font.PLAIN, 20));
        g.drawString(text, 40, 45);
        g.dispose();
        byte[] px = ((DataBufferByte) im.getRaster().getDataBuffer()).getData();
        if (noise != null) {
            for (int i = 0; i < px.length; i++) {
                px[i] = (byte) Math.max(0, Math.min(255, (px[i] & 0xFF) + noise.nextInt(201) - 100));
            }
        }
        return new DisplayImage(400, 80, 1, px, "test");
    }

    /** The bounding box of every pixel the text changed. */
    private static Box inkBounds(DisplayImage image, boolean darkText) {
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1;
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                int v = image.pixels()[y * image.width() + x] & 0xFF;
                if (darkText ? v < 255 : v > 0) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return Box.fromCorners(x0, y0, x1 + 1, y1 + 1);
    }
}
