package io.pixelscrub.detector.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.detector.image.DisplayMapper;
import io.pixelscrub.models.Box;
import io.pixelscrub.testdata.synthetic.pixels.FontCatalog;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two stacked lines in one detector box, the lower one unreadable: it is left apart as a line of its own (redacted as
 * unreadable), and the upper line keeps its own reading. Joined, as a wordless speckle band is, the two lines read as
 * nothing together and the readable line was lost with them.
 */
class UnreadableLineApartTest {

    private static final int W = 240;
    private static final int H = 80;
    private static final int SPLIT_ROW = 34;

    @Test
    void aLineOcrCannotReadDoesNotTakeItsNeighbourDown() {
        DisplayImage image = draw();
        Box box = new Box(2, 6, 220, 56);
        TextLocator locator = new TextLocator() {
            @Override public List<TextBox> locate(DisplayImage view) {
                return view.width() == W ? List.of(new TextBox(box, 0.95)) : List.of();
            }
            @Override public void close() { }
        };
        // OCR reads the upper line alone and nothing in any box that reaches the lower one.
        LineReader reader = new LineReader() {
            @Override public OcrLine read(DisplayImage view, Box b) {
                return b.bottom() <= SPLIT_ROW + 2 ? new OcrLine("kV 140 mA 380", 0.95) : OcrLine.NOTHING;
            }
            @Override public void close() { }
        };
        try (PixelTextReader pixels = new PixelTextReader(new DisplayMapper(), locator, reader)) {
            List<ReadLine> lines = pixels.read(List.of(image), new LineCache());
            assertEquals(2, lines.size(), "two lines: " + lines.stream().map(ReadLine::box).toList());
            ReadLine upper = lines.get(0);
            assertEquals("kV 140 mA 380", upper.ocr().text());
            assertTrue(upper.box().bottom() <= SPLIT_ROW + 2, "the upper line's box stops above the lower line");
            assertTrue(lines.get(1).ocr().isBlank(), "the lower line stays unreadable, on its own");
            assertTrue(lines.get(1).box().bottom() >= 52, "and its box holds it");
        }
    }

    /** `kV 140 mA 380` over `Slice 2.0mm`, 14 px text 20 px apart, white on black. */
    private static DisplayImage draw() {
        BufferedImage im = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = im.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, W, H);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.setFont(FontCatalog.font("DejaVu Sans", false, 14));
        g.drawString("kV 140 mA 380", 10, 28);
        g.drawString("Slice 2.0mm", 10, 48);
        g.dispose();
        return new DisplayImage(W, H, 1, ((DataBufferByte) im.getRaster().getDataBuffer()).getData(), "test");
    }
}
