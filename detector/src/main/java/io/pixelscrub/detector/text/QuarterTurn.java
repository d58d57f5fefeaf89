package io.pixelscrub.detector.text;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.models.Box;

/**
 * A picture turned a quarter turn clockwise, and boxes mapped between it and the upright picture. Text written
 * along a vertical edge (bottom to top or top to bottom) lies horizontal in the turned picture, where a detector and
 * OCR trained on horizontal lines can find and read it.
 */
final class QuarterTurn {

    private QuarterTurn() {
    }

    /** {@code image} turned 90 degrees clockwise: upright (x, y) lands at (height - 1 - y, x). */
    static DisplayImage clockwise(DisplayImage image) {
        int w = image.width();
        int h = image.height();
        int c = image.channels();
        byte[] src = image.pixels();
        byte[] dst = new byte[src.length];
        for (int y = 0; y < h; y++) {
            int tx = h - 1 - y;
            int from = y * w * c;
            for (int x = 0; x < w; x++) {
                int to = (x * h + tx) * c;
                for (int k = 0; k < c; k++) {
                    dst[to + k] = src[from++];
                }
            }
        }
        return new DisplayImage(h, w, c, dst, image.mapping() + "-turned");
    }

    /** {@code image} turned half a turn: the reading of text that lay upside down after the quarter turn. */
    static DisplayImage halfTurn(DisplayImage image) {
        int c = image.channels();
        byte[] src = image.pixels();
        byte[] dst = new byte[src.length];
        int n = image.width() * image.height();
        for (int i = 0; i < n; i++) {
            System.arraycopy(src, i * c, dst, (n - 1 - i) * c, c);
        }
        return new DisplayImage(image.width(), image.height(), c, dst, image.mapping());
    }

    /** A box of the half-turned picture, in the picture before the half turn (and back: the map is its own inverse). */
    static Box halfTurned(Box box, int width, int height) {
        return new Box(width - box.right(), height - box.bottom(), box.width(), box.height());
    }

    /** A box of the upright picture of {@code uprightHeight} rows, in the clockwise-turned picture. */
    static Box toTurned(Box upright, int uprightHeight) {
        return new Box(uprightHeight - upright.bottom(), upright.x(), upright.height(), upright.width());
    }

    /** A box of the clockwise-turned picture, in the upright picture of {@code uprightHeight} rows. */
    static Box toUpright(Box turned, int uprightHeight) {
        return new Box(turned.y(), uprightHeight - turned.right(), turned.height(), turned.width());
    }
}
