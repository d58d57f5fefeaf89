package io.pixelscrub.detector.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.detector.image.DisplayMapper;
import io.pixelscrub.models.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The default DBNet locator on the primary rendering: every drawn string must lie wholly inside the found boxes. */
class TextLocatorCoverageTest {

    private static DbnetTextLocator locator;
    private static final DisplayMapper MAPPER = new DisplayMapper();

    @BeforeAll
    static void open() {
        locator = new DbnetTextLocator(DbnetSettings.defaults().withThreads(2));
    }

    @AfterAll
    static void close() {
        locator.close();
    }

    static Stream<SceneCatalogue.Named> scenes() {
        return SceneCatalogue.all(640, 480).stream();
    }

    static List<Box> boxes(DisplayImage image) {
        return locator.locate(image).stream().map(TextBox::box).toList();
    }

    static void assertCovered(Scene scene, List<Box> boxes, String what) {
        List<String> missed = new ArrayList<>();
        for (Scene.Drawn d : scene.drawn()) {
            int uncovered = Coverage.uncovered(d.truth(), boxes);
            if (uncovered > 0) {
                missed.add(d.fontSize() + " px line at " + d.truth() + ": " + uncovered + " of " + d.truth().area() + " px uncovered");
            }
        }
        assertTrue(missed.isEmpty(), what + ": " + missed + " (boxes " + boxes + ")");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenes")
    void everyLineOfTheColourSceneIsCovered(SceneCatalogue.Named named) {
        List<Box> boxes = boxes(MAPPER.render(named.scene().rgb8()).get(0));
        assertCovered(named.scene(), boxes, named.name());
        assertEquals(0, Coverage.falsePositives(boxes, named.scene().drawn()), "boxes away from any text: " + boxes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenes")
    void everyLineOfTheGreySceneIsCovered(SceneCatalogue.Named named) {
        assertCovered(named.scene(), boxes(MAPPER.render(named.scene().grey8()).get(0)), named.name());
    }

    @Test
    void largerFrameKeepsEveryLine() {
        for (SceneCatalogue.Named named : SceneCatalogue.all(1024, 768)) {
            assertCovered(named.scene(), boxes(MAPPER.render(named.scene().rgb8()).get(0)), named.name() + " at 1024x768");
        }
    }

    @Test
    void tenPixelTextOnA2400x2000FrameIsFoundAcrossTileSeams() {
        Scene scene = SceneCatalogue.large(2400, 2000);
        assertCovered(scene, boxes(MAPPER.render(scene.grey8()).get(0)), "2400x2000");
    }

    @Test
    void textFreeFramesGiveFewSmallBoxes() {
        int total = 0;
        for (SceneCatalogue.Named named : SceneCatalogue.textFree(640, 480)) {
            List<Box> boxes = boxes(MAPPER.render(named.scene().grey8()).get(0));
            total += boxes.size();
            for (Box b : boxes) {
                assertTrue(b.area() < 640 * 480 / 100, named.name() + ": a large false box " + b);
            }
        }
        assertTrue(total <= 5, total + " boxes on 5 text-free frames");
    }

    @Test
    void boxesStayInsideTheFrame() {
        Scene scene = SceneCatalogue.smallText(640, 480); // text touches the left edge
        for (Box b : boxes(MAPPER.render(scene.grey8()).get(0))) {
            assertTrue(b.x() >= 0 && b.y() >= 0 && b.right() <= 640 && b.bottom() <= 480, b.toString());
        }
    }
}
