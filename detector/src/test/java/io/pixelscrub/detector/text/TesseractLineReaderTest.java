package io.pixelscrub.detector.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.detector.image.DisplayMapper;
import io.pixelscrub.models.Box;
import java.awt.Color;
import java.awt.Font;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TesseractLineReaderTest {

    private static DisplayImage render(Scene scene) {
        return new DisplayMapper().render(scene.rgb8()).get(0);
    }

    private static Box around(Box truth, int pad) {
        return Box.fromCorners(truth.x() - pad, truth.y() - pad, truth.right() + pad, truth.bottom() + pad);
    }

    @Test
    void readsLightOnDarkAndDarkOnLightWithConfidence() {
        try (TesseractLineReader reader = new TesseractLineReader()) {
            for (SceneBackground background : new SceneBackground[] {SceneBackground.BLACK, SceneBackground.WHITE}) {
                Color ink = background == SceneBackground.BLACK ? Color.WHITE : Color.BLACK;
                Scene scene = new Scene(320, 60, background, 1).text("MRN 00451234", "DejaVu Sans", Font.PLAIN, 16, ink, true, 10, 35);
                OcrLine line = reader.read(render(scene), around(scene.drawn().get(0).truth(), 3));
                assertEquals("MRN 00451234", line.text(), "on " + background);
                assertTrue(line.confidence() > 0.6 && line.confidence() <= 1, "confidence " + line.confidence());
                assertTrue(!line.toString().contains("00451234"), "toString must not carry the text");
            }
        }
    }

    @Test
    void upscalesEightPixelText() {
        try (TesseractLineReader reader = new TesseractLineReader()) {
            Scene scene = new Scene(200, 30, SceneBackground.BLACK, 1).text("ID 7730221", "DejaVu Sans", Font.PLAIN, 8, Color.WHITE, true, 5, 18);
            OcrLine line = reader.read(render(scene), around(scene.drawn().get(0).truth(), 2));
            assertTrue(Coverage.editDistance(line.text(), "ID 7730221") <= 1, "read with edit distance " + Coverage.editDistance(line.text(), "ID 7730221"));
        }
    }

    /**
     * Text a few grey levels above its background (a cine frame drawn with a dim palette, the second frame of the
     * Philips CX50 sample: level 6 on level 1) is text all the same: a stretched crop reads it, so a device line is not
     * redacted as unreadable on such a frame and a name on it is read as a name.
     */
    @Test
    void readsTextOnlyFiveLevelsAboveItsBackground() {
        try (TesseractLineReader reader = new TesseractLineReader()) {
            Scene scene = new Scene(240, 40, SceneBackground.BLACK, 1).text("Gen 2D", "DejaVu Sans", Font.PLAIN, 16,
                    new Color(5, 5, 5), false, 10, 27);
            OcrLine line = reader.read(render(scene), around(scene.drawn().get(0).truth(), 3));
            assertEquals("Gen 2D", line.text());
        }
    }

    @Test
    void emptyAreaReadsNothingAndBoxesOutsideAreHarmless() {
        try (TesseractLineReader reader = new TesseractLineReader()) {
            DisplayImage black = render(new Scene(100, 40, SceneBackground.BLACK, 1));
            OcrLine empty = reader.read(black, new Box(10, 10, 60, 20));
            assertTrue(empty.isBlank(), empty.toString() + " " + empty.text().codePoints().boxed().toList());
            assertTrue(reader.read(black, new Box(500, 500, 10, 10)).isBlank());
        }
    }

    @Test
    void missingLanguageDataIsAOneLineUnavailableError() {
        TextEngineUnavailableException e = assertThrows(TextEngineUnavailableException.class,
                () -> new TesseractLineReader(Path.of("/nonexistent/tessdata"), "eng"));
        assertTrue(!e.getMessage().contains("\n"));
    }

    @Test
    void closedReaderRefusesWork() {
        TesseractLineReader reader = new TesseractLineReader();
        reader.close();
        reader.close();
        assertThrows(IllegalStateException.class, () -> reader.read(render(new Scene(10, 10, SceneBackground.BLACK, 1)), new Box(0, 0, 5, 5)));
    }
}
