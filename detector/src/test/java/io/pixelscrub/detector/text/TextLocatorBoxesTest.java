package io.pixelscrub.detector.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.detector.image.DisplayMapper;
import io.pixelscrub.models.Box;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The default DBNet locator on the primary rendering: no box away from text, few on text-free frames, none outside the
 * frame. That every drawn string ends up redacted is {@link TextRedactionCoverageTest}'s job: it tests the region
 * the whole text path redacts, not the locator's raw boxes.
 */
class TextLocatorBoxesTest {

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

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenes")
    void noBoxAwayFromTheText(SceneCatalogue.Named named) {
        List<Box> boxes = boxes(MAPPER.render(named.scene().rgb8()).get(0));
        assertEquals(0, Coverage.falsePositives(boxes, named.scene().drawn()), "boxes away from any text: " + boxes);
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
