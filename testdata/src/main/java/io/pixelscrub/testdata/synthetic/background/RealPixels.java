package io.pixelscrub.testdata.synthetic.background;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.TagFromName;

import java.util.Arrays;

/** Turns native Pixel Data into 0..1 fields: grey by robust min/max (1st-99.5th percentile), RGB by /255. */
final class RealPixels {

    private RealPixels() {
    }

    static RealImage normalise(String name, AttributeList list, Attribute pixels, int rows, int cols)
            throws DicomException {
        int frames = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.NumberOfFrames, 1);
        int spp = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.SamplesPerPixel, 1);
        int bits = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.BitsAllocated, 8);
        boolean signed = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.PixelRepresentation, 0) == 1;
        boolean planar = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.PlanarConfiguration, 0) == 1;
        String photometric = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.PhotometricInterpretation);
        String modality = Attribute.getSingleStringValueOrDefault(list, TagFromName.Modality, "OT");
        int n = rows * cols;
        int[] samples = samples(pixels, bits, signed);
        float[][] grey = new float[frames][];
        float[][] rgb = spp == 3 ? new float[frames][] : null;
        for (int f = 0; f < frames; f++) {
            int base = f * n * spp;
            if (spp == 3) {
                rgb[f] = new float[3 * n];
                grey[f] = new float[n];
                for (int i = 0; i < n; i++) {
                    for (int c = 0; c < 3; c++) {
                        int s = planar ? samples[base + c * n + i] : samples[base + 3 * i + c];
                        rgb[f][3 * i + c] = s / 255f;
                    }
                    grey[f][i] = 0.299f * rgb[f][3 * i] + 0.587f * rgb[f][3 * i + 1] + 0.114f * rgb[f][3 * i + 2];
                }
            } else {
                grey[f] = stretch(Arrays.copyOfRange(samples, base, base + n), "MONOCHROME1".equals(photometric));
            }
        }
        return new RealImage(name, modality, cols, rows, grey, rgb);
    }

    private static int[] samples(Attribute pixels, int bits, boolean signed) throws DicomException {
        if (bits == 8 && pixels instanceof OtherWordAttribute) {
            // 8-bit samples read as OW words (VR OW in the file): two samples per word, the first in the low byte.
            short[] words = pixels.getShortValues();
            int[] out = new int[words.length * 2];
            for (int i = 0; i < words.length; i++) {
                out[2 * i] = words[i] & 0xFF;
                out[2 * i + 1] = (words[i] >> 8) & 0xFF;
            }
            return out;
        }
        if (bits == 8) {
            byte[] b = pixels.getByteValues();
            int[] out = new int[b.length];
            for (int i = 0; i < b.length; i++) {
                out[i] = signed ? b[i] : b[i] & 0xFF;
            }
            return out;
        }
        short[] s = pixels.getShortValues();
        int[] out = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = signed ? s[i] : s[i] & 0xFFFF;
        }
        return out;
    }

    private static float[] stretch(int[] values, boolean invert) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        int lo = sorted[(int) (sorted.length * 0.01)];
        int hi = sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.995))];
        float range = Math.max(1, hi - lo);
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            float v = Fields.clamp01((values[i] - lo) / range);
            out[i] = invert ? 1 - v : v;
        }
        return out;
    }
}
