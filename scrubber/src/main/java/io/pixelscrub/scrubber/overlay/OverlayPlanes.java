package io.pixelscrub.scrubber.overlay;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import java.util.ArrayList;
import java.util.List;

/** Reads the overlay groups 6000..601E of a header. */
public final class OverlayPlanes {

    private OverlayPlanes() {
    }

    public static List<OverlayPlane> read(AttributeList header) {
        List<OverlayPlane> planes = new ArrayList<>();
        for (int g = 0x6000; g <= 0x601E; g += 2) {
            int rows = Attribute.getSingleIntegerValueOrDefault(header, new AttributeTag(g, 0x0010), 0);
            int columns = Attribute.getSingleIntegerValueOrDefault(header, new AttributeTag(g, 0x0011), 0);
            Attribute data = header.get(new AttributeTag(g, 0x3000));
            if (rows <= 0 || columns <= 0) {
                if (data != null) {
                    // Data with no size cannot be drawn, but it is still graphics: report it so it is removed.
                    planes.add(new OverlayPlane(g, 0, 0, 1, 1, 0, 1, new byte[0]));
                }
                continue;
            }
            int[] origin = intValues(header, new AttributeTag(g, 0x0050));
            int bitPosition = Attribute.getSingleIntegerValueOrDefault(header, new AttributeTag(g, 0x0102), 0);
            int frames = Math.max(1, Attribute.getSingleIntegerValueOrDefault(header, new AttributeTag(g, 0x0015), 1));
            byte[] bytes = data == null ? null : bytes(data);
            planes.add(new OverlayPlane(g, rows, columns, origin.length > 0 ? origin[0] : 1, origin.length > 1 ? origin[1] : 1,
                    bitPosition, frames, bytes));
        }
        return planes;
    }

    private static int[] intValues(AttributeList header, AttributeTag tag) {
        try {
            int[] v = Attribute.getIntegerValues(header, tag);
            return v == null ? new int[0] : v;
        } catch (RuntimeException e) {
            return new int[0];
        }
    }

    private static byte[] bytes(Attribute data) {
        try {
            byte[] b = data.getByteValues();
            if (b != null) {
                return b;
            }
        } catch (DicomException | RuntimeException e) {
            // fall through to words
        }
        try {
            short[] words = data.getShortValues();
            byte[] out = new byte[words.length * 2];
            for (int i = 0; i < words.length; i++) {
                out[2 * i] = (byte) words[i];
                out[2 * i + 1] = (byte) (words[i] >> 8);
            }
            return out;
        } catch (DicomException | RuntimeException e) {
            return new byte[0];
        }
    }
}
