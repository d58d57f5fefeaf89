package io.pixelscrub.detector.text;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.detector.image.DisplayMapper;
import io.pixelscrub.models.Box;
import io.pixelscrub.testdata.synthetic.pixels.FontCatalog;
import java.awt.Color;
import java.awt.Font;
import org.junit.jupiter.api.Test;

/** The level a small line is drawn in, read off its strokes' edges, where its crop holds three levels or more. */
class StrokeLevelsTest {

    private static StrokeLevels levels(Scene scene, Box box) {
        DisplayImage image = new DisplayMapper().render(scene.grey8()).get(0);
        return StrokeLevels.of(OcrCrop.luminance(image, box), box.width(), box.height());
    }

    @Test
    void lightTextOnABackdropInsideGreyTissue() {
        for (String family : FontCatalog.families()) {
            Scene scene = new Scene(160, 40, SceneBackground.NOISE, 2);
            scene.backdrop(new Box(0, 0, 160, 40), new Color(120, 120, 120));
            scene.backdrop(new Box(20, 12, 90, 16), Color.BLACK); // the crop holds more tissue than backdrop
            scene.text("Im: 100/289", family, Font.PLAIN, 9, new Color(235, 235, 235), true, 24, 24);
            StrokeLevels l = levels(scene, new Box(2, 4, 140, 32));
            assertNotNull(l, family);
            assertTrue(l.text() > 150 && l.background() < 60, family + ": " + l);
        }
    }

    @Test
    void darkTextOverLightTissue() {
        for (String family : FontCatalog.families()) {
            Scene scene = new Scene(160, 40, SceneBackground.NOISE, 2);
            scene.backdrop(new Box(0, 0, 160, 40), new Color(200, 200, 200));
            scene.text("FOV 43.0 cm", family, Font.PLAIN, 9, new Color(20, 20, 20), true, 24, 24);
            StrokeLevels l = levels(scene, new Box(16, 10, 100, 20));
            assertNotNull(l, family);
            assertTrue(l.text() < 90 && l.background() > 150, family + ": " + l);
        }
    }

    @Test
    void aFlatOrTooFaintCropHasNoLevels() {
        Scene scene = new Scene(100, 30, SceneBackground.BLACK, 2);
        assertNull(levels(scene, new Box(0, 0, 100, 30)));
        scene.text("AB 12", "DejaVu Sans", Font.PLAIN, 10, new Color(14, 14, 14), true, 10, 20);
        assertNull(levels(scene, new Box(0, 0, 100, 30)), "14 grey levels of contrast place no line");
    }
}
