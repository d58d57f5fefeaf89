package io.pixelscrub.detector.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.models.Box;
import io.pixelscrub.testdata.synthetic.pixels.FontCatalog;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.junit.jupiter.api.Test;

/**
 * Light text on a dark backdrop box over light anatomy, read on a box that reaches a few pixels past the backdrop:
 * the crop's border is anatomy, which the border rule takes for the background, but the writing's own rows say the
 * backdrop is; read so, the line reads (read the other way up, the backdrop became "text" and OCR read nothing).
 */
class BackdropReadingTest {

    private static final String LINE = "FOV 43.0 cm";

    @Test
    void theBackgroundIsWhatSurroundsTheStrokesNotTheCropsBorder() {
        for (int size : new int[] {9, 12, 16}) {
            DisplayImage image = draw(size);
            Box box = new Box(0, 30 - size - 4, 12 + size * 6, size + 10);
            Box cut = box.clip(image.width(), image.height());
            int[] lum = OcrCrop.luminance(image, cut);
            assertEquals(false, OcrCrop.backgroundIsDark(lum, cut.width(), cut.height()),
                    size + " px: the border alone says light background");
            assertEquals(Boolean.TRUE, OcrCrop.backgroundAroundWritingIsDark(image, cut, lum),
                    size + " px: the writing's rows say dark background");
            try (TesseractLineReader reader = new TesseractLineReader()) {
                OcrLine read = reader.read(image, box);
                assertTrue(Coverage.editDistance(read.text(), LINE) <= 2, size + " px read with edit distance "
                        + Coverage.editDistance(read.text(), LINE));
            }
        }
    }

    @Test
    void darkTextOnLightKeepsItsReading() {
        BufferedImage im = new BufferedImage(200, 50, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = im.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 50);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(FontCatalog.font("DejaVu Sans", true, 16));
        g.drawString("MRN 00451234", 8, 30);
        g.dispose();
        DisplayImage image = new DisplayImage(200, 50, 1, ((DataBufferByte) im.getRaster().getDataBuffer()).getData(), "t");
        Box cut = new Box(4, 12, 150, 24);
        int[] lum = OcrCrop.luminance(image, cut);
        assertNotEquals(Boolean.TRUE, OcrCrop.backgroundAroundWritingIsDark(image, cut, lum),
                "bold dark strokes on white are never taken for the background");
        assertEquals(false, OcrCrop.backgroundIsDark(lum, cut.width(), cut.height()));
    }

    /** The line in light grey on a dark backdrop box one pixel larger than its text, over light grey anatomy. */
    private static DisplayImage draw(int size) {
        BufferedImage im = new BufferedImage(200, 50, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = im.createGraphics();
        g.setColor(new Color(140, 140, 140));
        g.fillRect(0, 0, 200, 50);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(FontCatalog.font("DejaVu Sans", false, size));
        FontMetrics m = g.getFontMetrics();
        g.setColor(new Color(40, 40, 40));
        g.fillRect(3, 30 - m.getAscent() + 1, m.stringWidth(LINE) + 4, m.getAscent() + 1);
        g.setColor(new Color(150, 150, 150));
        g.drawString(LINE, 5, 30);
        g.dispose();
        return new DisplayImage(200, 50, 1, ((DataBufferByte) im.getRaster().getDataBuffer()).getData(), "test");
    }
}
