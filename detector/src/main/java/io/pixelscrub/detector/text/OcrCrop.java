package io.pixelscrub.detector.text;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.models.Box;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * One text box prepared the way Tesseract reads best: cut out with a little context, grey, dark text on a light
 * background, stretched and cleaned ({@link CropContrast}), upscaled until the line is about {@link #TARGET_LINE_HEIGHT} pixels tall, with a white margin.
 */
final class OcrCrop {

    /**
     * Height of the line's ink (ascender to descender) Tesseract sees: about 15-18 px x-height. Measured on synthetic
     * lines read at their true boxes (seed 7, 669 lines): 28 read 56.8 % exactly, 40 read 56.1 %, 50 fewer still,
     * and smaller crops read faster.
     */
    static final int TARGET_INK_HEIGHT = 28;
    static final double MAX_UPSCALE = 8;
    static final int CONTEXT = 2;
    static final int MARGIN = 12;

    final byte[] grey;
    final int width;
    final int height;

    private OcrCrop(byte[] grey, int width, int height) {
        this.grey = grey;
        this.width = width;
        this.height = height;
    }

    /** The prepared crop, or null when the box is outside the picture or holds no contrast at all. */
    static OcrCrop of(DisplayImage image, Box box) {
        return of(image, box, TARGET_INK_HEIGHT);
    }

    /** The prepared crop with the line's ink scaled to about {@code inkHeight} pixels. */
    static OcrCrop of(DisplayImage image, Box box, int inkHeight) {
        return prepared(image, box, inkHeight, false);
    }

    /**
     * The crop prepared from the level the text is drawn in ({@link StrokeLevels}) rather than from a threshold over
     * the crop: each pixel as dark as it is near the text's level, white at the background's level and as far beyond.
     * Null when the crop is flat or its strokes show no clear text and background level. Small lines on a backdrop
     * inside anatomy, or over anatomy brighter than their background, have three levels or more in their crop, and a
     * threshold over it parts backdrop from anatomy, not text from background (a light {@code Slice 2.0mm} over grey
     * tissue with the corner of a black backdrop in its crop read as nothing at every scale).
     */
    static OcrCrop levelled(DisplayImage image, Box box, int inkHeight) {
        return prepared(image, box, inkHeight, true);
    }

    private static OcrCrop prepared(DisplayImage image, Box box, int inkHeight, boolean byLevels) {
        Box cut = Box.fromCorners(box.x() - CONTEXT, box.y() - CONTEXT, box.right() + CONTEXT, box.bottom() + CONTEXT)
                .clip(image.width(), image.height());
        if (cut.isEmpty()) {
            return null;
        }
        int[] lum = luminance(image, cut);
        if (isFlat(lum)) {
            return null; // nothing to read; Tesseract would invent a character or two
        }
        byte[] grey = byLevels ? levelledGrey(lum, cut) : thresholdedGrey(image, cut, lum);
        return grey == null ? null : scaled(grey, cut, inkHeight);
    }

    /** Dark text on light, stretched between the crop's Otsu classes and cleaned ({@link CropContrast}). */
    private static byte[] thresholdedGrey(DisplayImage image, Box cut, int[] lum) {
        boolean lightText = backgroundIsDark(lum, cut.width(), cut.height());
        byte[] grey = darkTextOnLight(image, cut, lightText);
        CropContrast.clean(grey, cut.width(), cut.height());
        return grey;
    }

    /** Each pixel as dark as it is near the text's level ({@link StrokeLevels}); null without clear levels. */
    private static byte[] levelledGrey(int[] lum, Box cut) {
        StrokeLevels levels = StrokeLevels.of(lum, cut.width(), cut.height());
        if (levels == null) {
            return null;
        }
        byte[] grey = new byte[lum.length];
        double span = Math.abs(levels.text() - levels.background());
        for (int i = 0; i < lum.length; i++) {
            grey[i] = (byte) Math.round(255 * Math.min(1, Math.abs(lum[i] - levels.text()) / span));
        }
        CropContrast.whitenNeighbours(grey, cut.width(), cut.height());
        return grey;
    }

    /** {@code grey} (dark text on light, {@code cut}'s size) upscaled to about {@code inkHeight}, with a white margin. */
    private static OcrCrop scaled(byte[] grey, Box cut, int inkHeight) {
        BufferedImage small = new BufferedImage(cut.width(), cut.height(), BufferedImage.TYPE_BYTE_GRAY);
        small.getRaster().setDataElements(0, 0, cut.width(), cut.height(), grey);
        double scale = Math.max(1, Math.min(MAX_UPSCALE, (double) inkHeight / inkHeight(grey, cut.width(), cut.height())));
        int w = (int) Math.round(cut.width() * scale) + 2 * MARGIN;
        int h = (int) Math.round(cut.height() * scale) + 2 * MARGIN;
        BufferedImage big = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = big.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(small, MARGIN, MARGIN, w - 2 * MARGIN, h - 2 * MARGIN, null);
        g.dispose();
        return new OcrCrop(((DataBufferByte) big.getRaster().getDataBuffer()).getData(), w, h);
    }

    /** Less than {@link #MIN_CONTRAST} grey levels between the darkest and brightest pixel. */
    static boolean isFlat(int[] lum) {
        int lo = 255, hi = 0;
        for (int v : lum) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return hi - lo < MIN_CONTRAST;
    }

    /**
     * Fewer grey levels than this between a crop's extremes is no writing to read. Four, not more: a cine frame drawn
     * with a dim palette holds its text a handful of levels above the background (level 6 on level 1), and a stretched
     * crop of it reads as well as the bright frame's; below four, a crop is a flat area's dither, from which Tesseract
     * invents a character or two.
     */
    static final int MIN_CONTRAST = 4;

    /** Rows from the first to the last holding dark (text) pixels; the crop height when there are none. */
    static int inkHeight(byte[] grey, int width, int height) {
        int first = -1, last = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if ((grey[y * width + x] & 0xFF) < 128) {
                    if (first < 0) first = y;
                    last = y;
                    break;
                }
            }
        }
        return first < 0 ? height : last - first + 1;
    }

    /**
     * Light text on dark when the crop's border (background, since the box surrounds the text) lies clearly on the
     * dark side of the crop's Otsu threshold. When the border is split (a box reaching past the edge of a text
     * backdrop), the smaller class is the text.
     */
    static boolean backgroundIsDark(int[] lum, int w, int h) {
        int threshold = Otsu.threshold(lum);
        int dark = 0;
        int border = 0;
        int darkAll = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean isDark = lum[y * w + x] <= threshold;
                if (isDark) darkAll++;
                if (y == 0 || y == h - 1 || x == 0 || x == w - 1) {
                    border++;
                    if (isDark) dark++;
                }
            }
        }
        double darkBorder = (double) dark / border;
        if (darkBorder >= 0.7 || darkBorder <= 0.3) {
            return darkBorder >= 0.7;
        }
        return darkAll * 2 > lum.length;
    }

    /**
     * Grey with the text dark: for light text the brightest channel (so saturated blue or red text stays strong),
     * inverted; for dark text the darkest channel.
     */
    private static byte[] darkTextOnLight(DisplayImage image, Box cut, boolean lightText) {
        byte[] out = new byte[cut.width() * cut.height()];
        int c = image.channels();
        byte[] px = image.pixels();
        for (int y = 0; y < cut.height(); y++) {
            for (int x = 0; x < cut.width(); x++) {
                int base = ((cut.y() + y) * image.width() + cut.x() + x) * c;
                int v;
                if (c == 1) {
                    v = px[base] & 0xFF;
                } else {
                    int r = px[base] & 0xFF, g = px[base + 1] & 0xFF, b = px[base + 2] & 0xFF;
                    v = lightText ? Math.max(r, Math.max(g, b)) : Math.min(r, Math.min(g, b));
                }
                out[y * cut.width() + x] = (byte) (lightText ? 255 - v : v);
            }
        }
        return out;
    }

    static int[] luminance(DisplayImage image, Box cut) {
        int[] lum = new int[cut.width() * cut.height()];
        for (int y = 0; y < cut.height(); y++) {
            for (int x = 0; x < cut.width(); x++) {
                lum[y * cut.width() + x] = luminance(image, cut.x() + x, cut.y() + y);
            }
        }
        return lum;
    }

    /** The grey of pixel ({@code x}, {@code y}): the pixel itself, or the luminance of a colour one (BT.601). */
    static int luminance(DisplayImage image, int x, int y) {
        int c = image.channels();
        byte[] px = image.pixels();
        int base = (y * image.width() + x) * c;
        return c == 1 ? px[base] & 0xFF
                : (299 * (px[base] & 0xFF) + 587 * (px[base + 1] & 0xFF) + 114 * (px[base + 2] & 0xFF)) / 1000;
    }
}
