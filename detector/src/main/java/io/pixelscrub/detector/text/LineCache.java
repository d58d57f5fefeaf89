package io.pixelscrub.detector.text;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.models.Box;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Readings of line images already read, so that no line is read twice: the key is the picture's pixels in the line's
 * box and the context OCR and the writing check look at around it, compared byte for byte (no hash stands for them,
 * so a reading is reused only for the very same pixels). The same line image elsewhere in the frame, on another frame,
 * or in another image the same worker reads (a series' header bar), takes the stored reading moved to its place. The
 * readings are PHI: memory only, one cache per worker's reader, bounded ({@link #MAX_KEY_BYTES}).
 */
final class LineCache {

    /** Pixels around the box that a reading depends on: the crop's context and a little more. */
    static final int CONTEXT = OcrCrop.CONTEXT + 2;
    /** Pixel bytes held as keys before the cache starts over: a long cine of changing text stays bounded. */
    static final long MAX_KEY_BYTES = 32L << 20;

    /** A line image: which rendering (and whether turned), where the box sits in the cut, and the cut's pixels. */
    static final class Key {
        private final String mapping;
        private final int view;
        private final boolean turned;
        private final int[] geometry;
        private final byte[] pixels;
        private final int hash;

        private Key(String mapping, int view, boolean turned, int[] geometry, byte[] pixels) {
            this.mapping = mapping;
            this.view = view;
            this.turned = turned;
            this.geometry = geometry;
            this.pixels = pixels;
            this.hash = 31 * (31 * (31 * (31 * mapping.hashCode() + view) + Boolean.hashCode(turned))
                    + Arrays.hashCode(geometry)) + Arrays.hashCode(pixels);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && k.view == view && k.turned == turned && k.mapping.equals(mapping)
                    && Arrays.equals(k.geometry, geometry) && Arrays.equals(k.pixels, pixels);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final Map<Key, List<ReadLine>> readings = new HashMap<>();
    private long keyBytes;

    /** The key of the line image {@code box} in {@code image}, rendering {@code view}. */
    static Key key(DisplayImage image, int view, boolean turned, Box box) {
        Box cut = box.grow(CONTEXT).clip(image.width(), image.height());
        int[] geometry = {box.x() - cut.x(), box.y() - cut.y(), box.width(), box.height(), cut.width(), cut.height(),
            image.channels()};
        int row = cut.width() * image.channels();
        byte[] pixels = new byte[row * cut.height()];
        for (int y = 0; y < cut.height(); y++) {
            System.arraycopy(image.pixels(), ((cut.y() + y) * image.width() + cut.x()) * image.channels(), pixels, y * row, row);
        }
        return new Key(image.mapping(), view, turned, geometry, pixels);
    }

    /** The stored reading of {@code key} moved to {@code at}, or null when this line image was not read before. */
    List<ReadLine> get(Key key, Box at) {
        List<ReadLine> relative = readings.get(key);
        return relative == null ? null : moved(relative, at.x(), at.y());
    }

    /** Stores {@code lines}, read in the line image {@code key} at {@code at}. */
    void put(Key key, Box at, List<ReadLine> lines) {
        if (keyBytes + key.pixels.length > MAX_KEY_BYTES) {
            readings.clear();
            keyBytes = 0;
        }
        if (readings.put(key, moved(lines, -at.x(), -at.y())) == null) {
            keyBytes += key.pixels.length;
        }
    }

    private static List<ReadLine> moved(List<ReadLine> lines, int dx, int dy) {
        List<ReadLine> out = new ArrayList<>(lines.size());
        lines.forEach(l -> out.add(l.movedBy(dx, dy)));
        return out;
    }
}
