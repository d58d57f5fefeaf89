package io.pixelscrub.detector.text;

import java.util.ArrayList;
import java.util.List;

/** A rectangle of a (scaled) picture that the detector sees in one pass. */
record Tile(int x, int y, int width, int height) {

    /** Tile sides are multiples of this (the detector's input sides are). */
    static final int ALIGN = 32;

    /**
     * Tiles of at most {@code size} a side covering a {@code width} x {@code height} picture, neighbours sharing at
     * least {@code overlap} pixels so that a text line cut by one tile's edge lies whole inside the next one. Along each
     * side as few tiles as {@code size} allows, each no longer than that count needs: the detector's cost grows with
     * the pixels it sees, and full-size tiles over a picture a little larger than one (2032 px: three of 1056) shared
     * several hundred pixels each.
     */
    static List<Tile> cover(int width, int height, int size, int overlap) {
        List<Tile> tiles = new ArrayList<>();
        int tileHeight = length(height, size, overlap);
        int tileWidth = length(width, size, overlap);
        for (int y : starts(height, tileHeight, overlap)) {
            for (int x : starts(width, tileWidth, overlap)) {
                tiles.add(new Tile(x, y, Math.min(tileWidth, width - x), Math.min(tileHeight, height - y)));
            }
        }
        return tiles;
    }

    /** Fewest tiles of at most {@code size} that cover {@code length} with {@code overlap}; the shortest such tile. */
    private static int length(int length, int size, int overlap) {
        if (length <= size) {
            return size;
        }
        int count = (int) Math.ceil((double) (length - overlap) / (size - overlap));
        int needed = (int) Math.ceil((double) (length + (long) (count - 1) * overlap) / count);
        return Math.min(size, (needed + ALIGN - 1) / ALIGN * ALIGN);
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
