package io.pixelscrub.detector.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.models.Box;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Text written along a vertical edge (issue #11 point 3: "rotated lines, 90 degrees"), bottom to top and top to bottom,
 * in the shipped fonts at 12-24 px over black, noise and anatomy, is found and its whole extent boxed; horizontal text
 * beside it still is; a column of upright depth-scale numbers is not mistaken for one vertical line.
 * <p>
 * Measured: 23 of the 24 lines fully boxed. The miss is yellow bold mono 18 px "Operator KL" over bright anatomy,
 * written upwards: in the turned picture the detector finds only "perator", which OCR reads unsurely (0.36), and an
 * unsure turned reading makes no line (film edges read the same way; see {@link PixelTextReader}); written
 * horizontally at the same place, the line is found whole. Vertical words under two letter-heights long are not
 * looked for by the turned pass ({@link PixelTextReader#VERTICAL_ASPECT}): in a turned picture, anatomy makes such
 * boxes too; small ones the upright pass boxes as blobs are read turned (below).
 */
class VerticalTextTest {

    private static PixelTextReader reader;

    @BeforeAll
    static void open() {
        reader = PixelTextReader.open(TextEngineConfig.defaults().withDetectorThreads(2));
    }

    @AfterAll
    static void close() {
        reader.close();
    }

    @Test
    void linesAlongEitherEdgeReadingEitherWayAreBoxed() {
        String[] families = {"DejaVu Sans", "Liberation Serif", "Liberation Mono", "DejaVu Sans Condensed"};
        String[] texts = {"SMITH^JOHN 1960", "ACC 4471234", "03/14/2017 ST MARY", "Operator KL"};
        int[] sizes = {12, 14, 18, 24};
        SceneBackground[] backgrounds = {SceneBackground.BLACK, SceneBackground.NOISE, SceneBackground.ANATOMY};
        List<String> misses = new ArrayList<>();
        int drawn = 0;
        for (int i = 0; i < families.length; i++) {
            for (double degrees : new double[] {90, -90}) {
                Scene scene = new Scene(640, 480, backgrounds[i % backgrounds.length], 11 + i);
                int size = sizes[i];
                // One line up the left edge, one down the right edge, one horizontal line for company.
                scene.text(texts[i], families[i], Font.PLAIN, size, Color.WHITE, true, 24 + size,
                        degrees > 0 ? 440 : 40, degrees);
                scene.text(texts[(i + 1) % texts.length], families[i], Font.BOLD, size, new Color(230, 230, 120), true,
                        600 - size, degrees > 0 ? 300 : 150, degrees);
                scene.text("Gain 54 dB", "Liberation Sans", Font.PLAIN, 16, Color.WHITE, true, 250, 40);
                List<Box> boxes = reader.read(scene.grey8()).stream().map(ReadLine::box).toList();
                for (Scene.Drawn d : scene.drawn()) {
                    drawn++;
                    int uncovered = Coverage.uncovered(d.truth(), boxes);
                    String what = String.format("%s %s %d px %.0f deg: %d px of %s outside %s", d.text(),
                            families[i], size, degrees, uncovered, d.truth(), boxes);
                    if (uncovered > 0) {
                        misses.add(what);
                    }
                }
            }
        }
        assertEquals(24, drawn);
        assertTrue(misses.size() <= 1, misses.size() + " line(s) not fully boxed:\n" + String.join("\n", misses));
    }

    /**
     * Short words written sideways in small type (an ID, sex and age beside the image), which the upright pass boxes
     * as blobs and reads as a letter or two, are read turned and boxed as vertical lines.
     */
    @Test
    void shortSmallVerticalWordsAreReadTurned() {
        List<String> misses = new ArrayList<>();
        for (int size : new int[] {9, 11}) {
            for (double degrees : new double[] {90, -90}) {
                Scene scene = new Scene(320, 240, SceneBackground.BLACK, 13);
                scene.text("T4899048", "DejaVu Sans", Font.PLAIN, size, Color.WHITE, true, 20, degrees > 0 ? 200 : 40,
                        degrees);
                scene.text("F41", "Liberation Sans", Font.PLAIN, size, Color.WHITE, true, 200, degrees > 0 ? 200 : 40,
                        degrees);
                List<ReadLine> lines = reader.read(scene.grey8());
                List<Box> vertical = lines.stream().filter(ReadLine::vertical).map(ReadLine::box).toList();
                for (Scene.Drawn d : scene.drawn()) {
                    if (Coverage.uncovered(d.truth(), vertical) > 0) {
                        misses.add(d.text() + " " + size + " px " + degrees + " deg: " + lines);
                    }
                }
            }
        }
        System.out.println("small vertical words not boxed as vertical: " + misses);
        // Measured when written: 6 of 8; "F41" in Liberation Sans 9 px reads as one letter both ways up.
        assertTrue(misses.size() <= 2, misses.size() + " word(s) not read turned:\n" + String.join("\n", misses));
    }

    @Test
    void aColumnOfUprightScaleNumbersIsNoVerticalLine() {
        Scene scene = new Scene(640, 480, SceneBackground.BLACK, 5);
        for (int depth = 0; depth <= 16; depth += 2) {
            scene.text(Integer.toString(depth), "DejaVu Sans", Font.PLAIN, 13, Color.WHITE, true, 600, 40 + depth * 25);
        }
        List<ReadLine> lines = reader.read(scene.grey8());
        assertTrue(lines.stream().noneMatch(ReadLine::vertical),
                "the scale's numbers were read as a vertical line: " + lines);
    }
}
