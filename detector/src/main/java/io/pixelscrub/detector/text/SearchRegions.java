package io.pixelscrub.detector.text;

import io.pixelscrub.models.Box;
import java.util.ArrayList;
import java.util.List;

/**
 * Where to search a frame again, given the tiles that changed since the previous frame: each connected patch of
 * changed tiles with a margin of context around it (the detector needs to see a line's surroundings), grown to hold
 * whole every earlier line it touches (a clock whose last digit changed is read again whole), aligned to the tile
 * grid (so the detector sees few distinct input sizes), and patches that then touch merged into one.
 */
final class SearchRegions {

    private SearchRegions() { }

    /**
     * @param changed per tile, row by row, whether it changed ({@link ChangedTiles})
     * @param lines   the previous frame's lines
     * @param margin  context around changed tiles, in pixels (a multiple of {@code tile} keeps regions on the grid)
     */
    static List<Box> around(boolean[] changed, int width, int height, int tile, int margin, List<ReadLine> lines) {
        int columns = ChangedTiles.count(width, tile);
        int rows = ChangedTiles.count(height, tile);
        int reach = (margin + tile - 1) / tile;
        List<Box> regions = new ArrayList<>();
        int[] label = new int[changed.length];
        int[] stack = new int[changed.length];
        int next = 0;
        for (int start = 0; start < changed.length; start++) {
            if (!changed[start] || label[start] != 0) {
                continue;
            }
            // Patches within 2 x reach tiles of each other share their context: one component.
            next++;
            int x0 = columns, y0 = rows, x1 = -1, y1 = -1;
            int top = 0;
            stack[top++] = start;
            label[start] = next;
            while (top > 0) {
                int t = stack[--top];
                int tx = t % columns, ty = t / columns;
                x0 = Math.min(x0, tx);
                y0 = Math.min(y0, ty);
                x1 = Math.max(x1, tx);
                y1 = Math.max(y1, ty);
                for (int ny = Math.max(0, ty - 2 * reach - 1); ny <= Math.min(rows - 1, ty + 2 * reach + 1); ny++) {
                    for (int nx = Math.max(0, tx - 2 * reach - 1); nx <= Math.min(columns - 1, tx + 2 * reach + 1); nx++) {
                        int n = ny * columns + nx;
                        if (changed[n] && label[n] == 0) {
                            label[n] = next;
                            stack[top++] = n;
                        }
                    }
                }
            }
            regions.add(snap(Box.fromCorners(x0 * tile - margin, y0 * tile - margin, (x1 + 1) * tile + margin,
                    (y1 + 1) * tile + margin), tile, width, height));
        }
        return settle(regions, lines, tile, width, height);
    }

    /** Grows regions over the lines they touch and merges regions that touch, until nothing changes. */
    private static List<Box> settle(List<Box> regions, List<ReadLine> lines, int tile, int width, int height) {
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int i = 0; i < regions.size(); i++) {
                Box r = regions.get(i);
                for (ReadLine l : lines) {
                    if (l.box().intersects(r) && !r.contains(l.box().grow(tile / 2).clip(width, height))) {
                        r = snap(r.union(l.box().grow(tile / 2)), tile, width, height);
                        grew = true;
                    }
                }
                for (int j = regions.size() - 1; j > i; j--) {
                    if (regions.get(j).intersects(r)) {
                        r = snap(r.union(regions.remove(j)), tile, width, height);
                        grew = true;
                    }
                }
                regions.set(i, r);
            }
        }
        return regions;
    }

    private static Box snap(Box b, int tile, int width, int height) {
        int x0 = Math.max(0, Math.floorDiv(b.x(), tile) * tile);
        int y0 = Math.max(0, Math.floorDiv(b.y(), tile) * tile);
        int x1 = Math.min(width, Math.floorDiv(b.right() + tile - 1, tile) * tile);
        int y1 = Math.min(height, Math.floorDiv(b.bottom() + tile - 1, tile) * tile);
        return Box.fromCorners(x0, y0, x1, y1);
    }
}
