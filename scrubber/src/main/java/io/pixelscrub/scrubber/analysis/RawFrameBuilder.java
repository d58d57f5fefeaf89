package io.pixelscrub.scrubber.analysis;

import io.pixelscrub.detector.image.DisplayHints;
import io.pixelscrub.detector.image.RawFrame;
import io.pixelscrub.scrubber.dicom.PixelModule;

/**
 * Turns a decoded frame (native layout: planar or interleaved, 4:2:2 or full) into the detector's {@link RawFrame}:
 * interleaved, full resolution, stored bits only.
 */
public final class RawFrameBuilder {
    private final PixelModule module;
    private final DisplayHints hints;
    private final StoredBits storedBits;

    public RawFrameBuilder(PixelModule decodedModule, DisplayHints hints) {
        this.module = decodedModule;
        this.hints = hints;
        this.storedBits = new StoredBits(decodedModule);
    }

    /** @param frame decoded frame bytes; not modified */
    public RawFrame build(byte[] frame) {
        byte[] data = frame.clone();
        storedBits.clearOutside(data);
        String photometric = module.photometric();
        if (module.isSubsampled422()) {
            data = expand422(data);
            photometric = "YBR_FULL";
        } else if (module.samplesPerPixel() == 3 && module.planarConfiguration() == 1) {
            data = interleave(data);
        }
        if (photometric.startsWith("YBR_") && !"YBR_FULL".equals(photometric)) {
            photometric = "YBR_FULL";   // decoders hand back full-range YCbCr for the partial and 4:2:0 variants
        }
        // Only the low bits matter after masking; a HighBit below BitsStored-1 is shifted down by the renderer's range.
        return new RawFrame(module.columns(), module.rows(), module.samplesPerPixel(), module.bitsAllocated(),
                module.highBit() + 1, module.pixelRepresentation() == 1, photometric, data, hints);
    }

    private byte[] interleave(byte[] planar) {
        int bps = module.bytesPerSample();
        int pixels = module.rows() * module.columns();
        byte[] out = new byte[pixels * 3 * bps];
        for (int c = 0; c < 3; c++) {
            for (int p = 0; p < pixels; p++) {
                for (int b = 0; b < bps; b++) {
                    out[(p * 3 + c) * bps + b] = planar[(c * pixels + p) * bps + b];
                }
            }
        }
        return out;
    }

    /** YBR_FULL_422 native: Y0 Y1 Cb Cr per pixel pair (8-bit). */
    private byte[] expand422(byte[] packed) {
        int w = module.columns();
        int h = module.rows();
        byte[] out = new byte[w * h * 3];
        int pairsPerRow = (w + 1) / 2;
        for (int y = 0; y < h; y++) {
            for (int pair = 0; pair < pairsPerRow; pair++) {
                int in = (y * pairsPerRow + pair) * 4;
                if (in + 3 >= packed.length) {
                    return out;
                }
                for (int k = 0; k < 2; k++) {
                    int x = pair * 2 + k;
                    if (x < w) {
                        int o = (y * w + x) * 3;
                        out[o] = packed[in + k];
                        out[o + 1] = packed[in + 2];
                        out[o + 2] = packed[in + 3];
                    }
                }
            }
        }
        return out;
    }
}
