package io.pixelscrub.detector.text;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.models.Box;

/**
 * Where a line's ink lies, top to bottom, inside the region its redaction may cover. The detector pads its boxes (a fifth of the
 * height at the ends, an eighth above and below) and a finding grows by a further fifth ({@link TextFindings#margin}):
 * room for a box that sits a pixel off, and three to four tenths of every redacted line's area outside its letters.
 * Where the line stands on a clean background (its region's border holds no ink), the redaction needs only
 * the rows of its ink and {@link #PAD} pixels above and below (antialiasing, a glyph edge below the threshold); the
 * ends keep their margin. The ink is looked for in the
 * whole grown region, so letters the detector's box cut short are still inside. Where the picture does not separate
 * (text over anatomy, noise), nothing is taken back; and the result never lies inside
 * the line's box less {@link NeighbourMargins#MAX_TAKEN} of its height on any side, as far as margins were ever clipped.
 */
final class InkExtent {

    /** Pixels kept around the ink: antialiasing and the faint edge of a glyph under the threshold. */
    static final int PAD = 2;
    /**
     * A pixel is ink when it differs from the background's grey by this share of the way to the text's grey, or by
     * {@link OcrCrop#MIN_CONTRAST} levels, whichever is more: the faint edge of a stroke counts, and so does a line in
     * low grey beside a bright one (synthetic seed 41: a low-grey clock just above a name).
     */
    static final double INK_SHARE = 0.1;

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
        double cut = background + Math.signum(text - background)
                * Math.max(OcrCrop.MIN_CONTRAST, INK_SHARE * Math.abs(text - background));
        if (!cleanBorder(lum, region.width(), region.height(), lightText, cut)) {
            return grown; // anatomy, noise or another line at the region's edge: the ink cannot be told apart
        }
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
        int top = Math.max(grown.y(), Math.min(region.y() + y0 - PAD, line.y() + take));
        int bottom = Math.min(grown.bottom(), Math.max(region.y() + y1 + 1 + PAD, line.bottom() - take));
        // The ends keep their margin: the words of one line are often boxed apart, and their margins meeting across
        // the space between them is what covers it (synthetic seed 41: "Omar Oh" boxed as two words, 96 % covered).
        return Box.fromCorners(grown.x(), top, grown.right(), bottom);
    }

    /**
     * Whether the region's outermost pixels are background: at most {@link #BORDER_INK} of them on the ink side of
     * {@code cut}. Text on a bar or a flat background passes; text over anatomy or noise, or a region reaching into the
     * next line, does not, and keeps its whole margin.
     */
    private static boolean cleanBorder(int[] lum, int w, int h, boolean lightText, double cut) {
        int border = 0;
        int ink = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (y == 0 || y == h - 1 || x == 0 || x == w - 1) {
                    border++;
                    int v = lum[y * w + x];
                    if (lightText ? v >= cut : v <= cut) {
                        ink++;
                    }
                }
            }
        }
        return ink <= BORDER_INK * border;
    }

    /** The share of a clean region's outermost pixels that may look like ink (a stray speck, a glyph's tail). */
    static final double BORDER_INK = 0.02;

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
