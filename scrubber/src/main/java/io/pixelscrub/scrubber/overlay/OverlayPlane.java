package io.pixelscrub.scrubber.overlay;

import io.pixelscrub.models.Box;
import java.util.Optional;

/**
 * One overlay group (60xx): a 1-bit plane, either in its own Overlay Data (60xx,3000) or embedded in a bit of the
 * pixel data (retired, but old XA and OT devices wrote it and viewers still show it).
 *
 * @param originRow    1-based row of the plane's top-left pixel in the image (Overlay Origin)
 * @param originColumn 1-based column
 * @param bitPosition  the pixel-data bit that holds an embedded plane
 * @param data         Overlay Data bytes (bit i of the plane is bit i%8 of byte i/8), or null when embedded
 */
public record OverlayPlane(int group, int rows, int columns, int originRow, int originColumn, int bitPosition,
                           int frames, byte[] data) {

    public boolean embedded() { return data == null; }

    /** Whether bit (row, column) of the plane, in frame {@code frame}, is set. Only for planes with their own data. */
    public boolean isSet(int frame, int row, int column) {
        long bit = ((long) frame * rows + row) * columns + column;
        long index = bit >> 3;
        return index < data.length && (data[(int) index] >> (int) (bit & 7) & 1) != 0;
    }

    /** The image-space box around every set bit of the plane's own data, if any. */
    public Optional<Box> boundsInImage() {
        if (embedded()) {
            return Optional.empty();
        }
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int f = 0; f < frames; f++) {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    if (isSet(f, r, c)) {
                        minX = Math.min(minX, c);
                        minY = Math.min(minY, r);
                        maxX = Math.max(maxX, c);
                        maxY = Math.max(maxY, r);
                    }
                }
            }
        }
        if (maxX < 0) {
            return Optional.empty();
        }
        return Optional.of(Box.fromCorners(minX + originColumn - 1, minY + originRow - 1, maxX + originColumn, maxY + originRow));
    }

    public String describe() {
        return String.format("overlay group %04X (%s)", group, embedded() ? "in pixel bit " + bitPosition : "Overlay Data");
    }
}
