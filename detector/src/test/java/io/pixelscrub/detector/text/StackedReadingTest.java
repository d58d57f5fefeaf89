package io.pixelscrub.detector.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.detector.image.DisplayMapper;
import io.pixelscrub.models.Box;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #11 point 3: a detector box holding a device line stacked on a PHI line is read line by line, and a band that
 * reads as nothing (speckle, a film edge) is joined to its neighbour instead of sending the whole box back to be read
 * as one line, which read garbage and redacted the device line with the PHI line.
 */
class StackedReadingTest {

    private static final Box BOX = new Box(10, 5, 180, 60);
    /** Ink rows of the two lines and of a thin band of speckle under them. */
    private static final int[][] BANDS = {{10, 24}, {30, 44}, {50, 57}};
    private static final String[] TEXTS = {"CINE 12", "DOE", ""};

    @Test
    void aBandThatReadsNothingJoinsItsNeighbourAndTheLinesStayApart() {
        List<ReadLine> lines = reader().read(List.of(picture()), new LineCache());
        assertEquals(List.of("CINE 12", "DOE"), lines.stream().map(l -> l.ocr().text()).toList());
        assertEquals(BOX.y(), lines.get(0).box().y());
        assertEquals(lines.get(0).box().bottom(), lines.get(1).box().y(), "the pieces still tile the box");
        assertEquals(BOX.bottom(), lines.get(1).box().bottom(), "the speckle band went with the line above it");
    }

    private static PixelTextReader reader() {
        TextLocator locator = new TextLocator() {
            @Override
            public List<TextBox> locate(DisplayImage image) {
                return image.width() == 200 ? List.of(new TextBox(BOX, 0.9)) : List.of(); // nothing turned
            }

            @Override
            public void close() { }
        };
        LineReader ocr = new LineReader() {
            /** The text of the bands wholly inside the box; two lines read as one are garbage. */
            @Override
            public OcrLine read(DisplayImage image, Box box) {
                StringBuilder text = new StringBuilder();
                int words = 0;
                for (int i = 0; i < BANDS.length; i++) {
                    if (box.y() <= BANDS[i][0] && box.bottom() >= BANDS[i][1] && !TEXTS[i].isEmpty()) {
                        text.append(TEXTS[i]);
                        words++;
                    }
                }
                return words > 1 ? new OcrLine("ai Eo 1 eas", 0.2) : new OcrLine(text.toString(), 0.9);
            }

            @Override
            public void close() { }
        };
        return new PixelTextReader(new DisplayMapper(), locator, ocr);
    }

    /** White bars on black, one per band, as wide as a line of text. */
    private static DisplayImage picture() {
        byte[] px = new byte[200 * 80];
        for (int[] band : BANDS) {
            for (int y = band[0]; y < band[1]; y++) {
                for (int x = 14; x < 180; x++) {
                    px[y * 200 + x] = (byte) ((x / 3) % 2 == 0 ? 255 : 0);
                }
            }
        }
        return new DisplayImage(200, 80, 1, px, "test");
    }
}
