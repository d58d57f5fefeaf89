package io.pixelscrub.detector.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.models.Box;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoxComplementTest {

    @Test
    void coversExactlyTheComplementPixelByPixel() {
        int cols = 23;
        int rows = 17;
        List<List<Box>> cases = List.of(
                List.of(),
                List.of(new Box(0, 0, 23, 17)),
                List.of(new Box(3, 2, 10, 5)),
                List.of(new Box(3, 2, 10, 5), new Box(8, 4, 12, 9), new Box(0, 15, 2, 2)),
                List.of(new Box(-5, -5, 10, 10), new Box(20, 10, 10, 10)), // partly outside the image
                List.of(new Box(5, 5, 3, 3), new Box(5, 5, 3, 3), new Box(1, 12, 20, 1)));
        for (List<Box> keep : cases) {
            List<Box> out = BoxComplement.of(keep, cols, rows);
            for (int y = 0; y < rows; y++) {
                for (int x = 0; x < cols; x++) {
                    final int px = x;
                    final int py = y;
                    boolean kept = keep.stream().anyMatch(b -> b.contains(px, py));
                    long hits = out.stream().filter(b -> b.contains(px, py)).count();
                    assertEquals(kept ? 0 : 1, hits, "pixel " + x + "," + y + " keep=" + keep + " out=" + out);
                }
            }
            assertTrue(out.stream().allMatch(b -> !b.isEmpty() && b.x() >= 0 && b.y() >= 0 && b.right() <= cols && b.bottom() <= rows));
        }
    }

    @Test
    void mergesIntoFewRectangles() {
        assertEquals(List.of(new Box(0, 0, 23, 17)), BoxComplement.of(List.of(), 23, 17));
        // one keep box in the middle: top band, left, right, bottom band
        assertEquals(4, BoxComplement.of(List.of(new Box(5, 5, 10, 5)), 23, 17).size());
        // a keep box touching the left, top and bottom edges: one rectangle to its right
        assertEquals(List.of(new Box(5, 0, 18, 17)), BoxComplement.of(List.of(new Box(0, 0, 5, 17)), 23, 17));
    }
}
