package io.pixelscrub.detector.image;

import java.util.Optional;

/** The header-driven grey mappings: modality rescale followed by a VOI LUT or a VOI window (PS3.3 C.11.2). */
final class VoiMappings {

    private VoiMappings() { }

    /** The VOI LUT applied to rescaled values, its output stretched over the entries it actually holds. */
    static Optional<GreyLut> lut(StoredValueHistogram histogram, DisplayHints hints) {
        if (hints.voiLut().isEmpty() || hints.voiLut().get().entries().length == 0) {
            return Optional.empty();
        }
        DisplayHints.Lut lut = hints.voiLut().get();
        int[] entries = lut.entries();
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int e : entries) {
            lo = Math.min(lo, e);
            hi = Math.max(hi, e);
        }
        // Declared bits often exceed the entries used (16 declared, 12 used): stretch what is there.
        double span = Math.max(1, hi - lo);
        int low = lo;
        return Optional.of(GreyLut.of(histogram, stored -> {
            long index = Math.round(rescaled(stored, hints)) - lut.firstMapped();
            int entry = entries[(int) Math.max(0, Math.min(entries.length - 1, index))];
            return (entry - low) * 255.0 / span;
        }));
    }

    /** The first usable VOI window, with the DICOM linear function. */
    static Optional<GreyLut> window(StoredValueHistogram histogram, DisplayHints hints) {
        return hints.windows().stream().filter(w -> w.width() >= 1).findFirst()
                .map(w -> GreyLut.of(histogram, stored -> linearWindow(rescaled(stored, hints), w)));
    }

    static double rescaled(double stored, DisplayHints hints) {
        double slope = hints.rescaleSlope() == 0 ? 1 : hints.rescaleSlope();
        return stored * slope + hints.rescaleIntercept();
    }

    /** PS3.3 C.11.2.1.2.1, "LINEAR". */
    static double linearWindow(double x, DisplayHints.Window w) {
        double c = w.center() - 0.5;
        double half = (w.width() - 1) / 2.0;
        if (x <= c - half) {
            return 0;
        }
        if (x > c + half) {
            return 255;
        }
        return ((x - c) / (w.width() - 1) + 0.5) * 255;
    }
}
