package io.pixelscrub.detector.text;

import java.util.ArrayList;
import java.util.List;

/** A rectangle of a (scaled) picture that the detector sees in one pass. */
record Tile(int x, int y, int width, int height) {

    /**
     * Tiles of at most {@code size} square covering a {@code width} x {@code height} picture, neighbours sharing
     * {@code overlap} pixels so that a text line cut by one tile's edge lies whole inside the next one.
     */
    static List<Tile> cover(int width, int height, int size, int overlap) {
        List<Tile> tiles = new ArrayList<>();
        for (int y : starts(height, size, overlap)) {
            for (int x : starts(width, size, overlap)) {
                tiles.add(new Tile(x, y, Math.min(size, width - x), Math.min(size, height - y)));
            }
        }
        return tiles;
    }

    /** Evenly spread starts: the last tile ends at the edge, every step at most size - overlap. */
    private static List<Integer> starts(int length, int size, int overlap) {
        if (length <= size) {
            return List.of(0);
        }
        int step = size - overlap;
        int count = (int) Math.ceil((double) (length - size) / step) + 1;
        double spacing = (double) (length - size) / (count - 1);
        List<Integer> starts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            starts.add((int) Math.round(i * spacing));
        }
        return starts;
    }
}
