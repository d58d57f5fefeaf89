package io.pixelscrub.detector.text;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.models.Box;

/**
 * Where a line's ink lies inside the region its redaction may cover. The detector pads its boxes (a fifth of the
 * height at the ends, an eighth above and below) and a finding grows by a further fifth ({@link TextFindings#margin}):
 * room for a box that sits a pixel off, and three to four tenths of every redacted line's area outside its letters.
 * Where the line's pixels separate cleanly from their background, the redaction needs only the ink and
 * {@link #PAD} pixels around it (antialiasing, a glyph edge below the threshold). The ink is looked for in the
 * whole grown region, so letters the detector's box cut short are still inside. Where the picture does not separate
 * (text over anatomy, noise), the ink spans the region and nothing is taken back; and the result never lies inside
 * the line's box less {@link NeighbourMargins#MAX_TAKEN} of its height on any side, as far as margins were ever clipped.
 */
final class InkExtent {

    /** Pixels kept around the ink: antialiasing and the faint edge of a glyph under the threshold. */
    static final int PAD = 2;
    /**
     * A pixel is ink when it lies this share of the way from the background's grey to the text's: low enough that the
     * antialiased edge of a stroke counts.
     */
    static final double INK_SHARE = 0.25;

    private InkExtent() {
    }

    /**
     * The box to redact for a line at {@code line} whose redaction may reach {@code grown}: the ink's bounding box
     * plus {@link #PAD}, within {@code grown}, holding at least the line box less its clip allowance; {@code grown}
     * when the picture shows no clear ink there.
     */
    static Box of(DisplayImage image, Box line, Box grown) {
        Box region = grown.clip(image.width(), image.height());
        if (region.width() < 3 || region.height() < 3) {
            return grown;
        }
        int[] lum = OcrCrop.luminance(image, region);
        if (OcrCrop.isFlat(lum)) {
            return grown;
        }
        boolean lightText = OcrCrop.backgroundIsDark(lum, region.width(), region.height());
        int background = borderMedian(lum, region.width(), region.height());
        int text = lightText ? max(lum) : min(lum);
        double cut = background + INK_SHARE * (text - background);
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1;
        for (int y = 0; y < region.height(); y++) {
            for (int x = 0; x < region.width(); x++) {
                int v = lum[y * region.width() + x];
                if (lightText ? v >= cut : v <= cut) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        if (x1 < 0) {
            return grown;
        }
        int take = (int) Math.floor(NeighbourMargins.MAX_TAKEN * Math.min(line.width(), line.height()));
        int left = Math.max(grown.x(), Math.min(region.x() + x0 - PAD, line.x() + take));
        int top = Math.max(grown.y(), Math.min(region.y() + y0 - PAD, line.y() + take));
        int right = Math.min(grown.right(), Math.max(region.x() + x1 + 1 + PAD, line.right() - take));
        int bottom = Math.min(grown.bottom(), Math.max(region.y() + y1 + 1 + PAD, line.bottom() - take));
        // a region cut by the picture's edge keeps its outer side: nothing lies beyond it anyway
        return Box.fromCorners(left, top, right, bottom);
    }

    /** The median grey of the region's outermost pixels: the background the line stands on. */
    private static int borderMedian(int[] lum, int w, int h) {
        int[] counts = new int[256];
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (y == 0 || y == h - 1 || x == 0 || x == w - 1) {
                    counts[lum[y * w + x]]++;
                    n++;
                }
            }
        }
        int seen = 0;
        for (int v = 0; v < 256; v++) {
            seen += counts[v];
            if (seen * 2 >= n) {
                return v;
            }
        }
        return 0;
    }

    private static int max(int[] a) {
        int m = 0;
        for (int v : a) m = Math.max(m, v);
        return m;
    }

    private static int min(int[] a) {
        int m = 255;
        for (int v : a) m = Math.min(m, v);
        return m;
    }
}
