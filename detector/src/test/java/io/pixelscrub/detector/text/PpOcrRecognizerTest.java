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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PP-OCR recognition model reads small lines in the shipped fonts, and reads nothing on a flat crop. */
class PpOcrRecognizerTest {

    private static PpOcrRecognizer recognizer;

    @BeforeAll
    static void open() {
        recognizer = new PpOcrRecognizer();
    }

    @AfterAll
    static void close() {
        recognizer.close();
    }

    @Test
    void readsSmallLinesInTheShippedFonts() {
        String[] texts = {"Accession 9412", "2007-12-23", "kV 120 mA 300", "SMITH JOHN"};
        List<String> wrong = new ArrayList<>();
        int read = 0;
        for (String family : FontCatalog.families()) {
            for (String text : texts) {
                for (int size : new int[] {10, 12}) {
                    DisplayImage image = draw(text, family, size);
                    OcrLine line = recognizer.read(image, new Box(0, 0, image.width(), image.height()));
                    read++;
                    if (!line.text().replace(" ", "").equals(text.replace(" ", ""))) {
                        wrong.add(family + " " + size + " px: " + text + " read " + line.text() + " " + line.confidence());
                    }
                }
            }
        }
        System.out.println("PP-OCR misreads: " + wrong.size() + " of " + read + "\n" + String.join("\n", wrong));
        assertTrue(wrong.size() <= read / 5, wrong.size() + " of " + read + " misread:\n" + String.join("\n", wrong));
    }

    @Test
    void aFlatCropReadsNothing() {
        DisplayImage flat = new DisplayImage(80, 16, 1, new byte[80 * 16], "test");
        assertEquals(OcrLine.NOTHING, recognizer.read(flat, new Box(0, 0, 80, 16)));
    }

    private static DisplayImage draw(String text, String family, int size) {
        Font font = FontCatalog.font(family, Font.PLAIN, size);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        int width = probe.createGraphics().getFontMetrics(font).stringWidth(text) + 8;
        int height = size + 6;
        BufferedImage im = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = im.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.setFont(font);
        g.drawString(text, 4, size + 1);
        g.dispose();
        byte[] px = ((DataBufferByte) im.getRaster().getDataBuffer()).getData();
        return new DisplayImage(width, height, 1, px, "test");
    }
}
