package io.pixelscrub.scrubber.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TagFromName;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The Red/Green/Blue Palette Color Lookup Tables of a PALETTE COLOR image, expanded (segmented tables included).
 *
 * @param firstMapped the stored value that maps to entry 0
 * @param bits        bits per entry as the descriptor says (8 or 16)
 */
public record PaletteLut(int firstMapped, int bits, int[] red, int[] green, int[] blue) {
    private static final AttributeTag[] DESCRIPTORS = {
        TagFromName.RedPaletteColorLookupTableDescriptor, TagFromName.GreenPaletteColorLookupTableDescriptor,
        TagFromName.BluePaletteColorLookupTableDescriptor};
    private static final AttributeTag[] DATA = {
        TagFromName.RedPaletteColorLookupTableData, TagFromName.GreenPaletteColorLookupTableData,
        TagFromName.BluePaletteColorLookupTableData};
    // (0028,1221..1223) Segmented Red/Green/Blue Palette Color Lookup Table Data: retired, not in PixelMed's TagFromName.
    private static final AttributeTag[] SEGMENTED = {
        new AttributeTag(0x0028, 0x1221), new AttributeTag(0x0028, 0x1222), new AttributeTag(0x0028, 0x1223)};

    /** The palette, or empty when the header has none or it cannot be read. */
    public static Optional<PaletteLut> read(AttributeList header) {
        try {
            int[] descriptor = Attribute.getIntegerValues(header, DESCRIPTORS[0]);
            if (descriptor == null || descriptor.length < 3) {
                return Optional.empty();
            }
            int entries = descriptor[0] == 0 ? 65536 : descriptor[0];
            int[][] lut = new int[3][];
            for (int c = 0; c < 3; c++) {
                lut[c] = channel(header, c, entries);
                if (lut[c] == null) {
                    return Optional.empty();
                }
            }
            return Optional.of(new PaletteLut(descriptor[1], descriptor[2], lut[0], lut[1], lut[2]));
        } catch (DicomException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public int entries() { return red.length; }

    /**
     * Red, green and blue scaled to 0..255. Some files declare 16-bit entries but store 8-bit values: the scale follows
     * the largest value actually present, not only the descriptor.
     */
    public int[][] eightBitChannels() {
        int max = IntStream.of(red).max().orElse(0);
        max = Math.max(max, IntStream.of(green).max().orElse(0));
        max = Math.max(max, IntStream.of(blue).max().orElse(0));
        int shift = bits > 8 && max > 255 ? bits - 8 : 0;
        int[][] out = {red.clone(), green.clone(), blue.clone()};
        for (int[] channel : out) {
            for (int i = 0; i < channel.length; i++) {
                channel[i] = Math.min(255, channel[i] >> shift);
            }
        }
        return out;
    }

    private static int[] channel(AttributeList header, int c, int entries) throws DicomException {
        Attribute data = header.get(DATA[c]);
        if (data != null && data.getVL() > 0) {
            short[] words = data.getShortValues();
            if (words.length >= entries) {
                int[] out = new int[entries];
                for (int i = 0; i < entries; i++) {
                    out[i] = words[i] & 0xFFFF;
                }
                return out;
            }
            // 8-bit entries packed two to a word.
            int[] out = new int[entries];
            for (int i = 0; i < entries && i / 2 < words.length; i++) {
                out[i] = (i % 2 == 0 ? words[i / 2] : words[i / 2] >> 8) & 0xFF;
            }
            return out;
        }
        Attribute segmented = header.get(SEGMENTED[c]);
        if (segmented != null && segmented.getVL() > 0) {
            return expandSegmented(segmented.getShortValues(), entries);
        }
        return null;
    }

    /** PS3.3 C.7.9.2: discrete (0) and linear (1) segments; indirect (2) segments repeat earlier ones. */
    static int[] expandSegmented(short[] words, int entries) {
        int[] out = new int[entries];
        int n = 0;
        int i = 0;
        int previous = 0;
        while (i + 1 < words.length && n < entries) {
            int opcode = words[i] & 0xFFFF;
            int length = words[i + 1] & 0xFFFF;
            i += 2;
            if (opcode == 0) {
                for (int k = 0; k < length && i < words.length && n < entries; k++) {
                    previous = words[i++] & 0xFFFF;
                    out[n++] = previous;
                }
            } else if (opcode == 1 && i < words.length) {
                int end = words[i++] & 0xFFFF;
                for (int k = 1; k <= length && n < entries; k++) {
                    out[n++] = previous + (int) Math.round((end - previous) * (double) k / length);
                }
                previous = end;
            } else if (opcode == 2 && i + 1 < words.length) {
                // Indirect: copy 'length' segments starting at a word offset; rare, approximated by repeating the last value.
                i += 2;
                out[n++] = previous;
            } else {
                break;
            }
        }
        for (; n < entries; n++) {
            out[n] = previous;
        }
        return out;
    }
}
