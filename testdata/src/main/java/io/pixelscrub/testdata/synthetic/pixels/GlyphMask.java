package io.pixelscrub.testdata.synthetic.pixels;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * The coverage (0..255) of one line of text as Java2D rasterises it, trimmed to the pixels it touches.
 * Drawing composites this mask, so what is drawn is exactly what the mask says.
 *
 * @param ascent rows of the mask above the text baseline, to line up items of different heights
 */
public record GlyphMask(String text, int width, int height, int ascent, byte[] alpha) {
    private static final int PAD = 6;

    public int alphaAt(int x, int y) {
        return alpha[y * width + x] & 0xFF;
    }

    public static GlyphMask render(String text, Font font, boolean antialiased) {
        FontRenderContext frc = hinted(new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY), antialiased)
                .getFontRenderContext();
        GlyphVector glyphs = font.createGlyphVector(frc, text);
        Rectangle bounds = glyphs.getPixelBounds(frc, 0, 0);
        if (bounds.isEmpty()) {
            throw new IllegalArgumentException("nothing to draw for '" + text + "'");
        }
        BufferedImage image = new BufferedImage(bounds.width + 2 * PAD, bounds.height + 2 * PAD,
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = hinted(image, antialiased);
        g.setColor(Color.WHITE);
        int baseline = PAD - bounds.y;
        g.drawGlyphVector(glyphs, PAD - bounds.x, baseline);
        g.dispose();
        return trim(text, image, baseline);
    }

    /**
     * The line turned {@code degrees} anticlockwise about its baseline origin (0: exactly
     * {@link #render(String, Font, boolean)}). The ascent of a turned mask is its height: it lines up with nothing.
     */
    public static GlyphMask render(String text, Font font, boolean antialiased, int degrees) {
        if (degrees == 0) {
            return render(text, font, antialiased);
        }
        FontRenderContext frc = hinted(new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY), antialiased)
                .getFontRenderContext();
        GlyphVector glyphs = font.createGlyphVector(frc, text);
        Rectangle flat = glyphs.getPixelBounds(frc, 0, 0);
        if (flat.isEmpty()) {
            throw new IllegalArgumentException("nothing to draw for '" + text + "'");
        }
        // Screen y points down, so an anticlockwise turn is a negative angle.
        AffineTransform turn = AffineTransform.getRotateInstance(Math.toRadians(-degrees));
        Rectangle turned = turn.createTransformedShape(flat).getBounds();
        BufferedImage image = new BufferedImage(turned.width + 2 * PAD, turned.height + 2 * PAD,
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = hinted(image, antialiased);
        g.setColor(Color.WHITE);
        g.translate(PAD - turned.x, PAD - turned.y);
        g.transform(turn);
        g.drawGlyphVector(glyphs, 0, 0);
        g.dispose();
        GlyphMask m = trim(text, image, PAD);
        return new GlyphMask(text, m.width(), m.height(), m.height(), m.alpha());
    }

    private static Graphics2D hinted(BufferedImage image, boolean antialiased) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, antialiased
                ? RenderingHints.VALUE_TEXT_ANTIALIAS_ON : RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialiased
                ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
        return g;
    }

    private static GlyphMask trim(String text, BufferedImage image, int baseline) {
        byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int w = image.getWidth();
        int h = image.getHeight();
        int x0 = w;
        int y0 = h;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (data[y * w + x] != 0) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        if (x1 < 0) {
            throw new IllegalArgumentException("'" + text + "' rasterised to no pixels");
        }
        if (x0 == 0 || y0 == 0 || x1 == w - 1 || y1 == h - 1) {
            // The pad did not hold the glyphs: part of the text may have been clipped.
            throw new IllegalStateException("glyphs of '" + text + "' reach the edge of their raster");
        }
        int mw = x1 - x0 + 1;
        int mh = y1 - y0 + 1;
        byte[] alpha = new byte[mw * mh];
        for (int y = 0; y < mh; y++) {
            System.arraycopy(data, (y0 + y) * w + x0, alpha, y * mw, mw);
        }
        return new GlyphMask(text, mw, mh, baseline - y0, alpha);
    }
}
