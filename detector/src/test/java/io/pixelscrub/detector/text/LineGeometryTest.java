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

    /**
     * Over picture sizes around one, two and three tiles a side: every pixel covered, every pair of neighbours sharing
     * at least the overlap, no more tiles than full-size tiles need, and tiles no larger than that count needs (a
     * 2032 x 2532 picture, a 2000 x 2500 one with the border margin, costs the detector 64 % of the pixels that
     * full-size tiles gave it: 9 tiles of 1056 x 1056 overlapping by up to 568 px).
     */
    @Test
    void tilesAreAsSmallAsTheirCountAllowsAndStillShareTheOverlap() {
        int size = 1056;
        int overlap = 96;
        for (int w : new int[] {64, 1056, 1057, 1500, 2016, 2032, 3100}) {
            for (int h : new int[] {300, 1056, 2532}) {
                List<Tile> tiles = Tile.cover(w, h, size, overlap);
                boolean[] covered = new boolean[w * h];
                long pixels = 0;
                for (Tile t : tiles) {
                    assertTrue(t.width() <= size && t.height() <= size, t.toString());
                    pixels += (long) t.width() * t.height();
                    for (int y = t.y(); y < t.y() + t.height(); y++) {
                        for (int x = t.x(); x < t.x() + t.width(); x++) covered[y * w + x] = true;
                    }
                    for (Tile u : tiles) {
                        boolean rowNeighbour = u.y() == t.y() && u.x() > t.x();
                        boolean columnNeighbour = u.x() == t.x() && u.y() > t.y();
                        if (rowNeighbour && tiles.stream().noneMatch(v -> v.y() == t.y() && v.x() > t.x() && v.x() < u.x())) {
                            assertTrue(t.x() + t.width() - u.x() >= overlap, w + "x" + h + ": " + t + " " + u);
                        }
                        if (columnNeighbour && tiles.stream().noneMatch(v -> v.x() == t.x() && v.y() > t.y() && v.y() < u.y())) {
                            assertTrue(t.y() + t.height() - u.y() >= overlap, w + "x" + h + ": " + t + " " + u);
                        }
                    }
                }
                for (boolean c : covered) assertTrue(c, w + "x" + h + " not covered");
                int across = w <= size ? 1 : (int) Math.ceil((double) (w - overlap) / (size - overlap));
                int down = h <= size ? 1 : (int) Math.ceil((double) (h - overlap) / (size - overlap));
                assertEquals(across * down, tiles.size(), w + "x" + h);
                // Each side at most one alignment step longer than the count needs.
                long needed = (long) Math.min(w, (w + (across - 1) * overlap) / across + 1 + Tile.ALIGN)
                        * Math.min(h, (h + (down - 1) * overlap) / down + 1 + Tile.ALIGN);
                assertTrue(pixels <= (long) across * down * needed, w + "x" + h + ": " + pixels + " px in " + tiles);
            }
        }
        long large = Tile.cover(2032, 2532, size, overlap).stream().mapToLong(t -> (long) t.width() * t.height()).sum();
        assertTrue(large < 0.65 * 9 * size * size, large + " px");
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
