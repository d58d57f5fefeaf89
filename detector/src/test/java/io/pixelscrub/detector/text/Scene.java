package io.pixelscrub.detector.text;

import io.pixelscrub.detector.image.DisplayHints;
import io.pixelscrub.detector.image.RawFrame;
import io.pixelscrub.models.Box;
import io.pixelscrub.testdata.synthetic.pixels.FontCatalog;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A synthetic frame with burned-in text drawn by Java2D, and for each string its ground-truth box taken from the
 * pixels the drawing touched (any coverage, antialiasing included), not from font metrics. Text is drawn in the fonts
 * that ship with the testdata module ({@link FontCatalog}), never the machine's own.
 */
final class Scene {

    /** One drawn string and the box of every pixel it touched. */
    record Drawn(String text, Box truth, int fontSize) { }

    private final int width;
    private final int height;
    private final float[] background;
    private final BufferedImage rgb;
    private final float[] textAlpha;
    private final float[] textLevel;
    private final List<Drawn> drawn = new ArrayList<>();

    Scene(int width, int height, SceneBackground background, long seed) {
        this.width = width;
        this.height = height;
        this.background = background.levels(width, height, seed);
        this.rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        this.textAlpha = new float[width * height];
        this.textLevel = new float[width * height];
        for (int i = 0; i < this.background.length; i++) {
            int g = Math.round(this.background[i] * 255);
            rgb.setRGB(i % width, i / width, g << 16 | g << 8 | g);
        }
    }

    int width() { return width; }

    int height() { return height; }

    List<Drawn> drawn() { return List.copyOf(drawn); }

    /** A filled rectangle (a text backdrop) in the given colour; it is not text. */
    Scene backdrop(Box box, Color colour) {
        Graphics2D g = rgb.createGraphics();
        g.setColor(colour);
        g.fillRect(box.x(), box.y(), box.width(), box.height());
        g.dispose();
        float level = luminance(colour);
        for (int y = box.y(); y < box.bottom(); y++) {
            for (int x = box.x(); x < box.right(); x++) background[y * width + x] = level;
        }
        return this;
    }

    /** Draws {@code text} with its baseline-left at (x, baseline); returns this scene. */
    Scene text(String text, String family, int style, int size, Color colour, boolean antialias, int x, int baseline) {
        return text(text, family, style, size, colour, antialias, x, baseline, 0);
    }

    /**
     * Draws {@code text} turned {@code degrees} anticlockwise about its baseline-left point (x, baseline), as devices
     * write labels along a vertical edge; the truth box is the upright box of the pixels drawn.
     */
    Scene text(String text, String family, int style, int size, Color colour, boolean antialias, int x, int baseline,
               double degrees) {
        Font font = FontCatalog.font(family, style, size);
        BufferedImage mask = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        for (BufferedImage target : new BufferedImage[] {rgb, mask}) {
            Graphics2D g = target.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                    antialias ? RenderingHints.VALUE_TEXT_ANTIALIAS_ON : RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setFont(font);
            g.setColor(target == mask ? Color.WHITE : colour);
            g.rotate(-Math.toRadians(degrees), x, baseline);
            g.drawString(text, x, baseline);
            g.dispose();
        }
        float level = luminance(colour);
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1;
        byte[] m = ((java.awt.image.DataBufferByte) mask.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < m.length; i++) {
            int a = m[i] & 0xFF;
            if (a == 0) continue;
            int px = i % width, py = i / width;
            x0 = Math.min(x0, px); y0 = Math.min(y0, py); x1 = Math.max(x1, px); y1 = Math.max(y1, py);
            float alpha = a / 255f;
            // Later text over earlier text: composite the coverage the same way Java2D does.
            textLevel[i] = (textLevel[i] * textAlpha[i] * (1 - alpha) + level * alpha) / Math.max(1e-6f, textAlpha[i] * (1 - alpha) + alpha);
            textAlpha[i] = textAlpha[i] + alpha * (1 - textAlpha[i]);
        }
        if (x1 < 0) {
            throw new IllegalArgumentException("text drew no pixels (outside the frame?)");
        }
        drawn.add(new Drawn(text, Box.fromCorners(x0, y0, x1 + 1, y1 + 1), size));
        return this;
    }

    BufferedImage rgbImage() { return rgb; }

    /** MONOCHROME2, 8 bits, from the luminance of the picture. */
    RawFrame grey8() {
        byte[] data = new byte[width * height];
        for (int i = 0; i < data.length; i++) data[i] = (byte) grey(i);
        return new RawFrame(width, height, 1, 8, 8, false, "MONOCHROME2", data, DisplayHints.NONE);
    }

    /** MONOCHROME1, 8 bits: stored values are the inverse of what is shown. */
    RawFrame mono1() {
        byte[] data = new byte[width * height];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (255 - grey(i));
        return new RawFrame(width, height, 1, 8, 8, false, "MONOCHROME1", data, DisplayHints.NONE);
    }

    /**
     * A 12-bit CT in a 16-bit word: background levels become 0..3000 (rescale -1024 to HU), text is burned at 4095,
     * and the header window (40/400, soft tissue) paints bone and text alike white.
     */
    RawFrame ct16WithWindow() {
        byte[] data = new byte[width * height * 2];
        for (int i = 0; i < width * height; i++) {
            double v = background[i] * 3000 * (1 - textAlpha[i]) + 4095 * textAlpha[i];
            int s = (int) Math.round(v);
            data[2 * i] = (byte) s;
            data[2 * i + 1] = (byte) (s >> 8);
        }
        DisplayHints hints = new DisplayHints(1, -1024, List.of(new DisplayHints.Window(40, 400)), Optional.empty(), Optional.empty());
        return new RawFrame(width, height, 1, 16, 12, false, "MONOCHROME2", data, hints);
    }

    /** 16 bits, no window: background 0..30000, text drawn at its own level scaled to 0..32767 over it. */
    RawFrame grey16NoWindow() {
        byte[] data = new byte[width * height * 2];
        for (int i = 0; i < width * height; i++) {
            double v = background[i] * 30000 * (1 - textAlpha[i]) + textLevel[i] * 32767 * textAlpha[i];
            int s = (int) Math.round(v);
            data[2 * i] = (byte) s;
            data[2 * i + 1] = (byte) (s >> 8);
        }
        return new RawFrame(width, height, 1, 16, 16, false, "MONOCHROME2", data, DisplayHints.NONE);
    }

    /** PALETTE COLOR, 8-bit indices: the grey level is the index into a "hot" palette (black-red-yellow-white). */
    RawFrame palette() {
        byte[] data = new byte[width * height];
        for (int i = 0; i < data.length; i++) data[i] = (byte) grey(i);
        int[] r = new int[256], g = new int[256], b = new int[256];
        for (int i = 0; i < 256; i++) {
            r[i] = Math.min(255, i * 3);
            g[i] = Math.max(0, Math.min(255, i * 3 - 255));
            b[i] = Math.max(0, Math.min(255, i * 3 - 510));
        }
        DisplayHints hints = new DisplayHints(1, 0, List.of(), Optional.empty(), Optional.of(new DisplayHints.Palette(0, r, g, b)));
        return new RawFrame(width, height, 1, 8, 8, false, "PALETTE COLOR", data, hints);
    }

    /** RGB, 8 bits, interleaved. */
    RawFrame rgb8() {
        byte[] data = new byte[width * height * 3];
        for (int i = 0; i < width * height; i++) {
            int p = rgb.getRGB(i % width, i / width);
            data[3 * i] = (byte) (p >> 16);
            data[3 * i + 1] = (byte) (p >> 8);
            data[3 * i + 2] = (byte) p;
        }
        return new RawFrame(width, height, 3, 8, 8, false, "RGB", data, DisplayHints.NONE);
    }

    /** YBR_FULL, 8 bits, interleaved (PS3.3 C.7.6.3.1.2). */
    RawFrame ybrFull() {
        byte[] data = new byte[width * height * 3];
        for (int i = 0; i < width * height; i++) {
            int p = rgb.getRGB(i % width, i / width);
            double r = p >> 16 & 0xFF, g = p >> 8 & 0xFF, b = p & 0xFF;
            data[3 * i] = clamp(0.299 * r + 0.587 * g + 0.114 * b);
            data[3 * i + 1] = clamp(-0.168736 * r - 0.331264 * g + 0.5 * b + 128);
            data[3 * i + 2] = clamp(0.5 * r - 0.418688 * g - 0.081312 * b + 128);
        }
        return new RawFrame(width, height, 3, 8, 8, false, "YBR_FULL", data, DisplayHints.NONE);
    }

    private int grey(int i) {
        int p = rgb.getRGB(i % width, i / width);
        return (int) Math.round(0.299 * (p >> 16 & 0xFF) + 0.587 * (p >> 8 & 0xFF) + 0.114 * (p & 0xFF));
    }

    private static float luminance(Color c) {
        return (0.299f * c.getRed() + 0.587f * c.getGreen() + 0.114f * c.getBlue()) / 255f;
    }

    private static byte clamp(double v) {
        return (byte) Math.max(0, Math.min(255, Math.round(v)));
    }
}
