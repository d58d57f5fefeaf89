package io.pixelscrub.detector.text;

import io.pixelscrub.detector.image.DisplayImage;
import java.util.Arrays;
import java.util.List;

/**
 * Which square tiles of a picture differ, in any rendering, between two frames of one image: compared byte for byte,
 * so a tile reported unchanged is the same picture there, not a likely one.
 */
final class ChangedTiles {

    private ChangedTiles() { }

    /**
     * @param before renderings of the earlier frame, same count and sizes as {@code after}
     * @return per tile, row by row ({@code columns(width, tile)} per row), whether it changed
     */
    static boolean[] between(List<DisplayImage> before, List<DisplayImage> after, int tile) {
        DisplayImage first = after.get(0);
        int columns = count(first.width(), tile);
        boolean[] changed = new boolean[columns * count(first.height(), tile)];
        for (int v = 0; v < after.size(); v++) {
            DisplayImage a = before.get(v);
            DisplayImage b = after.get(v);
            int channels = b.channels();
            int rowBytes = b.width() * channels;
            for (int y = 0; y < b.height(); y++) {
                int tileRow = y / tile * columns;
                int rowStart = y * rowBytes;
                for (int tx = 0; tx < columns; tx++) {
                    if (changed[tileRow + tx]) {
                        continue;
                    }
                    int from = rowStart + tx * tile * channels;
                    int to = rowStart + Math.min(b.width(), (tx + 1) * tile) * channels;
                    if (Arrays.mismatch(a.pixels(), from, to, b.pixels(), from, to) >= 0) {
                        changed[tileRow + tx] = true;
                    }
                }
            }
        }
        return changed;
    }

    /** Whether any tile is set. */
    static boolean any(boolean[] tiles) {
        for (boolean t : tiles) {
            if (t) {
                return true;
            }
        }
        return false;
    }

    static int count(int length, int tile) {
        return (length + tile - 1) / tile;
    }
}
