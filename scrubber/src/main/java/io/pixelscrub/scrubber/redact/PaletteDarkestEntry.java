package io.pixelscrub.scrubber.redact;

import com.pixelmed.dicom.AttributeList;
import io.pixelscrub.scrubber.dicom.PaletteLut;
import java.util.Optional;

/** Finds the stored value whose palette colour is darkest, so PALETTE COLOR images are filled with black, not entry 0. */
public final class PaletteDarkestEntry {

    private PaletteDarkestEntry() {
    }

    /** The darkest stored value, or 0 when the palette cannot be read. */
    public static int find(AttributeList header) {
        Optional<PaletteLut> palette = PaletteLut.read(header);
        if (palette.isEmpty()) {
            return 0;
        }
        PaletteLut lut = palette.get();
        int best = 0;
        double bestLuma = Double.MAX_VALUE;
        for (int i = 0; i < lut.entries(); i++) {
            double luma = 0.299 * lut.red()[i] + 0.587 * lut.green()[i] + 0.114 * lut.blue()[i];
            if (luma < bestLuma) {
                bestLuma = luma;
                best = i;
            }
        }
        return lut.firstMapped() + best;
    }
}
