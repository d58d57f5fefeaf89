package io.pixelscrub.scrubber.redact;

import com.pixelmed.codec.jpeg.Parse;
import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import java.awt.Rectangle;
import java.awt.Shape;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Vector;

/**
 * Redacts a baseline JPEG frame without recompressing it (Clunie and Gebow 2015): PixelMed's codec rewrites only the
 * entropy-coded blocks that touch a box, making them flat; every other block stays bit-exact.
 */
public final class JpegBlockRedactor {

    private JpegBlockRedactor() {
    }

    public static byte[] redact(byte[] jpeg, List<Box> boxes) throws InvalidDicomException {
        Vector<Shape> shapes = new Vector<>();
        for (Box b : boxes) {
            if (!b.isEmpty()) {
                shapes.add(new Rectangle(b.x(), b.y(), b.width(), b.height()));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        try {
            Parse.parse(new ByteArrayInputStream(jpeg), out, shapes);
        } catch (Exception e) {
            throw new InvalidDicomException("corrupt JPEG stream (" + e.getClass().getSimpleName() + ")", e);
        }
        return out.toByteArray();
    }

    /** The area actually made flat: the boxes snapped outwards to the MCU grid (16 for 4:2:0/4:2:2 colour, else 8). */
    public static Box snapToBlocks(Box b, int mcuWidth, int mcuHeight, int columns, int rows) {
        int x0 = (b.x() / mcuWidth) * mcuWidth;
        int y0 = (b.y() / mcuHeight) * mcuHeight;
        int x1 = Math.min(columns, ((b.right() + mcuWidth - 1) / mcuWidth) * mcuWidth);
        int y1 = Math.min(rows, ((b.bottom() + mcuHeight - 1) / mcuHeight) * mcuHeight);
        return new Box(x0, y0, x1 - x0, y1 - y0);
    }
}
