package io.pixelscrub.scrubber.header;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.OtherByteAttribute;
import com.pixelmed.dicom.OtherWordAttribute;
import io.pixelscrub.detector.Finding;
import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.header.DeidentificationResult.AppliedAction;
import io.pixelscrub.scrubber.header.DeidentificationResult.Step;

import java.util.List;

/**
 * Clean Graphics (PS3.15 E.3.3) for overlay planes that the option keeps: every overlay bit inside a region that
 * was redacted from the pixels is cleared, so text drawn in the overlay over the same place goes too. Overlay
 * geometry (PS3.3 C.9.2): rows, columns, origin (1-based row, column in image pixels), frames in overlay and the
 * image frame of the first overlay frame; bits are packed little-endian, first pixel in the lowest bit.
 */
final class OverlayCleaner {

    private OverlayCleaner() { }

    static void clean(AttributeList list, List<Finding> redacted, String rule, List<AppliedAction> out) throws DicomException {
        if (redacted.isEmpty()) {
            return;
        }
        for (int g = 0x6000; g <= 0x601E; g += 2) {
            Attribute data = list.get(new AttributeTag(g, 0x3000));
            if (data == null || data.getVL() == 0) {
                continue;
            }
            int rows = Attribute.getSingleIntegerValueOrDefault(list, new AttributeTag(g, 0x0010), 0);
            int cols = Attribute.getSingleIntegerValueOrDefault(list, new AttributeTag(g, 0x0011), 0);
            int[] origin = Attribute.getIntegerValues(list, new AttributeTag(g, 0x0050));
            int frames = Math.max(1, Attribute.getSingleIntegerValueOrDefault(list, new AttributeTag(g, 0x0015), 1));
            int firstFrame = Math.max(1, Attribute.getSingleIntegerValueOrDefault(list, new AttributeTag(g, 0x0051), 1)) - 1;
            if (rows <= 0 || cols <= 0) {
                continue;
            }
            int originRow = origin != null && origin.length == 2 ? origin[0] - 1 : 0;
            int originCol = origin != null && origin.length == 2 ? origin[1] - 1 : 0;
            byte[] bits = bytesOf(data);
            boolean changed = false;
            for (int f = 0; f < frames; f++) {
                for (Finding finding : redacted) {
                    if (finding.appliesTo(firstFrame + f)) {
                        changed |= clear(bits, f, rows, cols, originRow, originCol, finding.box());
                    }
                }
            }
            if (changed) {
                list.put(withBytes(data, bits));
                out.add(new AppliedAction(TagPattern.format(data.getTag()), "C", Step.GRAPHICS, rule));
            }
        }
    }

    /** Clears the overlay bits of frame {@code f} that fall inside {@code box} (image coordinates). */
    static boolean clear(byte[] bits, int f, int rows, int cols, int originRow, int originCol, Box box) {
        int x0 = Math.max(0, box.x() - originCol);
        int y0 = Math.max(0, box.y() - originRow);
        int x1 = Math.min(cols, box.x() + box.width() - originCol);
        int y1 = Math.min(rows, box.y() + box.height() - originRow);
        boolean changed = false;
        long frameStart = (long) f * rows * cols;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                long bit = frameStart + (long) y * cols + x;
                int index = (int) (bit >>> 3);
                if (index >= bits.length) {
                    return changed;
                }
                int mask = 1 << (bit & 7);
                if ((bits[index] & mask) != 0) {
                    bits[index] &= (byte) ~mask;
                    changed = true;
                }
            }
        }
        return changed;
    }

    private static byte[] bytesOf(Attribute a) throws DicomException {
        if (a instanceof OtherWordAttribute) {
            short[] words = a.getShortValues();
            byte[] b = new byte[words.length * 2];
            for (int i = 0; i < words.length; i++) {
                b[2 * i] = (byte) words[i];
                b[2 * i + 1] = (byte) (words[i] >>> 8);
            }
            return b;
        }
        return a.getByteValues().clone();
    }

    private static Attribute withBytes(Attribute old, byte[] b) throws DicomException {
        if (old instanceof OtherWordAttribute) {
            short[] words = new short[b.length / 2];
            for (int i = 0; i < words.length; i++) {
                words[i] = (short) ((b[2 * i] & 0xFF) | (b[2 * i + 1] & 0xFF) << 8);
            }
            Attribute n = new OtherWordAttribute(old.getTag());
            n.setValues(words);
            return n;
        }
        Attribute n = new OtherByteAttribute(old.getTag());
        n.setValues(b);
        return n;
    }
}
