package io.pixelscrub.scrubber.analysis;

import io.pixelscrub.detector.image.DisplayHints;
import io.pixelscrub.detector.image.RawFrame;
import io.pixelscrub.scrubber.dicom.PixelModule;
import io.pixelscrub.scrubber.overlay.OverlayPlane;

/** Draws overlay graphics as white on black frames, so the text detector can read them like any image. */
final class OverlayBitmaps {

    private OverlayBitmaps() {
    }

    static RawFrame ofPlane(OverlayPlane plane) {
        byte[] data = new byte[plane.rows() * plane.columns()];
        for (int r = 0; r < plane.rows(); r++) {
            for (int c = 0; c < plane.columns(); c++) {
                if (plane.isSet(0, r, c)) {
                    data[r * plane.columns() + c] = (byte) 255;
                }
            }
        }
        return new RawFrame(plane.columns(), plane.rows(), 1, 8, 8, false, "MONOCHROME2", data, DisplayHints.NONE);
    }

    /** Every pixel with a bit set above the stored bits (interleaved or planar 16-bit frame). */
    static RawFrame ofOutsideBits(byte[] frame, PixelModule module, StoredBits bits) {
        int w = module.columns();
        byte[] data = new byte[w * module.rows()];
        bits.forEachPixelWithOutsideBits(frame, (x, y) -> data[y * w + x] = (byte) 255);
        return new RawFrame(w, module.rows(), 1, 8, 8, false, "MONOCHROME2", data, DisplayHints.NONE);
    }
}
