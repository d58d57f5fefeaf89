package io.pixelscrub.detector.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.models.Box;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tiling, line grouping and probability-map post-processing, without the model. */
class LineGeometryTest {

    @Test
    void tilesCoverEveryPixelAndShareTheOverlap() {
        List<Tile> tiles = Tile.cover(2400, 2000, 1024, 96);
        boolean[] covered = new boolean[2400 * 2000];
        for (Tile t : tiles) {
            assertTrue(t.width() <= 1024 && t.height() <= 1024);
            for (int y = t.y(); y < t.y() + t.height(); y++) {
                for (int x = t.x(); x < t.x() + t.width(); x++) covered[y * 2400 + x] = true;
            }
        }
        for (boolean c : covered) assertTrue(c);
        Tile first = tiles.get(0);
        Tile right = tiles.get(1);
        assertTrue(first.x() + first.width() - right.x() >= 96, "neighbours share at least the overlap");
        assertEquals(1, Tile.cover(640, 480, 1024, 96).size());
    }

    @Test
    void piecesOfOneLineJoinAndStackedLinesStayApart() {
        Box left = new Box(0, 10, 50, 12);
        Box right = new Box(48, 11, 40, 12);  // the same line cut by a tile edge
        Box below = new Box(0, 21, 80, 12);   // the next line, touching in the padding
        List<LineGroups.Group<Box>> groups = LineGroups.of(List.of(left, below, right), b -> b);
        assertEquals(2, groups.size());
        assertTrue(groups.stream().anyMatch(g -> g.box().equals(new Box(0, 10, 88, 13))));
        assertTrue(LineBoxes.sameLine(left, right));
        assertFalse(LineBoxes.sameLine(left, below));
    }

    @Test
    void paddingGrowsWithTheLineAndStaysInTheFrame() {
        Box padded = LineBoxes.padForGlyphs(new Box(10, 10, 100, 20), 0.12, 0.2, 200, 200);
        assertEquals(Box.fromCorners(5, 7, 115, 33), padded);
        assertEquals(new Box(0, 0, 8, 9), LineBoxes.padForGlyphs(new Box(0, 0, 5, 5), 0.12, 0.2, 8, 9).union(new Box(0, 0, 8, 9)));
    }

    @Test
    void probabilityMapKernelsBecomeUnclippedBoxes() {
        int w = 64, h = 32;
        float[] prob = new float[w * h];
        for (int y = 10; y < 14; y++) for (int x = 8; x < 48; x++) prob[y * w + x] = 0.9f; // a text kernel
        for (int y = 24; y < 26; y++) for (int x = 8; x < 20; x++) prob[y * w + x] = 0.4f; // weak: not text
        List<TextBox> boxes = new ProbabilityMapBoxes(0.3f, 0.6f, 1.5).extract(prob, w, h, w, h);
        assertEquals(1, boxes.size());
        Box b = boxes.get(0).box();
        // d = 40*4*1.5 / (2*44) = 2.7 -> 3 px on every side
        assertEquals(Box.fromCorners(5, 7, 51, 17), b);
        assertEquals(0.9, boxes.get(0).score(), 1e-6);
    }

    @Test
    void paddingOfTheTensorIsIgnoredAndRoundBlobsAreNotText() {
        int w = 256, h = 256;
        float[] prob = new float[w * h];
        for (int y = 20; y < 120; y++) for (int x = 20; x < 120; x++) prob[y * w + x] = 0.95f; // 100 x 100 blob
        for (int y = 200; y < 204; y++) for (int x = 100; x < 250; x++) prob[y * w + x] = 0.95f; // in the padding
        assertEquals(List.of(), new ProbabilityMapBoxes(0.3f, 0.6f, 1.5).extract(prob, w, h, 200, 190));
    }
}
