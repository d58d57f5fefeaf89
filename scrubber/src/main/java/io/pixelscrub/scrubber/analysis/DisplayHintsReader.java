package io.pixelscrub.scrubber.analysis;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.detector.image.DisplayHints;
import io.pixelscrub.scrubber.dicom.PaletteLut;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads what the header says about displaying the image: rescale, VOI windows and LUT, palette. */
public final class DisplayHintsReader {

    private DisplayHintsReader() {
    }

    public static DisplayHints read(AttributeList header) {
        double slope = number(header, TagFromName.RescaleSlope, 1);
        double intercept = number(header, TagFromName.RescaleIntercept, 0);
        return new DisplayHints(slope == 0 ? 1 : slope, intercept, windows(header), voiLut(header), palette(header));
    }

    private static double number(AttributeList header, com.pixelmed.dicom.AttributeTag tag, double fallback) {
        try {
            double[] v = Attribute.getDoubleValues(header, tag);
            return v != null && v.length > 0 && Double.isFinite(v[0]) ? v[0] : fallback;
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    private static List<DisplayHints.Window> windows(AttributeList header) {
        List<DisplayHints.Window> out = new ArrayList<>();
        try {
            double[] centers = Attribute.getDoubleValues(header, TagFromName.WindowCenter);
            double[] widths = Attribute.getDoubleValues(header, TagFromName.WindowWidth);
            if (centers != null && widths != null) {
                for (int i = 0; i < Math.min(centers.length, widths.length); i++) {
                    if (Double.isFinite(centers[i]) && Double.isFinite(widths[i]) && widths[i] >= 1) {
                        out.add(new DisplayHints.Window(centers[i], widths[i]));
                    }
                }
            }
        } catch (RuntimeException e) {
            // A malformed window is no reason to stop: the renderer falls back to a stretch.
        }
        return out;
    }

    private static Optional<DisplayHints.Lut> voiLut(AttributeList header) {
        try {
            Attribute seq = header.get(TagFromName.VOILUTSequence);
            if (!(seq instanceof SequenceAttribute s) || s.getNumberOfItems() == 0) {
                return Optional.empty();
            }
            AttributeList item = s.getItem(0).getAttributeList();
            int[] descriptor = Attribute.getIntegerValues(item, TagFromName.LUTDescriptor);
            Attribute data = item.get(TagFromName.LUTData);
            if (descriptor == null || descriptor.length < 3 || data == null || data.getVL() == 0) {
                return Optional.empty();
            }
            int entries = descriptor[0] == 0 ? 65536 : descriptor[0];
            int[] values = data.getIntegerValues();
            if (values == null || values.length == 0) {
                return Optional.empty();
            }
            int[] lut = new int[entries];
            for (int i = 0; i < entries; i++) {
                lut[i] = values[Math.min(i, values.length - 1)] & 0xFFFF;
            }
            return Optional.of(new DisplayHints.Lut(descriptor[1], descriptor[2], lut));
        } catch (DicomException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<DisplayHints.Palette> palette(AttributeList header) {
        return PaletteLut.read(header).map(p -> {
            int[][] rgb = p.eightBitChannels();
            return new DisplayHints.Palette(p.firstMapped(), rgb[0], rgb[1], rgb[2]);
        });
    }
}
