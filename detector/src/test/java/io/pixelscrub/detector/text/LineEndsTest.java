package io.pixelscrub.detector.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.models.Box;
import io.pixelscrub.testdata.synthetic.pixels.FontCatalog;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A line box the detector ended short of the ink is grown to the line's ends, and only over the line's own ink. */
class LineEndsTest {

    private static final int W = 400;
    private static final int H = 60;
    private static final int X = 40;

    @Test
    void boxOverPartOfALineGrowsToHoldAllItsInk() {
        for (String font : new String[] {"DejaVu Sans", "DejaVu Serif", "Liberation Mono", "DejaVu Sans Condensed"}) {
            for (boolean darkText : new boolean[] {false, true}) {
                for (int size : new int[] {10, 14, 20}) {
                    Drawn line = draw("MRN: 16-50-51-968292", font, size, darkText, null);
                    Box whole = line.box();
                    // The left third only, and the right third only: a detector box that ended short either way.
                    Box left = Box.fromCorners(whole.x(), whole.y(), whole.x() + whole.width() / 3, whole.bottom());
                    Box right = Box.fromCorners(whole.right() - whole.width() / 3, whole.y(), whole.right(), whole.bottom());
                    for (Box part : new Box[] {left, right}) {
                        Box grown = LineEnds.grow(line.image(), part, List.of());
                        String what = font + " " + size + (darkText ? " dark" : " light") + " from " + part;
                        assertTrue(holdsInk(line.image(), line.ink(), grown), what + ": grown " + grown + ", ink " + line.ink());
                        assertEquals(part.y(), grown.y(), what);
                        assertEquals(part.height(), grown.height(), what);
                        assertTrue(grown.width() <= line.ink().width() + 2 * size, what + ": grown " + grown);
                    }
                }
            }
        }
    }

    @Test
    void boxAroundTheWholeLineStays() {
        Drawn line = draw("20021125", "DejaVu Sans Mono", 18, false, null);
        assertEquals(line.box(), LineEnds.grow(line.image(), line.box(), List.of()));
    }

    @Test
    void aWordMoreThanALetterHeightAwayIsNoPartOfTheLine() {
        Drawn line = draw("12:16:15", "Liberation Sans", 14, false, null);
        Drawn both = draw("12:16:15" + " ".repeat(12) + "Gain 45", "Liberation Sans", 14, false, null);
        Box grown = LineEnds.grow(both.image(), line.box(), List.of());
        assertEquals(line.box(), grown);
    }

    @Test
    void anotherLinesBoxAndInkAboveOrBelowTheLineStopIt() {
        Drawn line = draw("JOSE WEST 20021125", "DejaVu Sans", 14, false, null);
        Box whole = line.box();
        Box part = Box.fromCorners(whole.x(), whole.y(), whole.x() + whole.width() / 3, whole.bottom());
        Box other = Box.fromCorners(whole.x() + whole.width() / 2, whole.y() - 2, whole.right(), whole.bottom() + 2);
        Box grown = LineEnds.grow(line.image(), part, List.of(other));
        assertTrue(grown.right() <= other.x(), "stops before the other line's box: " + grown);
        assertTrue(grown.right() > part.right(), "but grows up to it: " + grown);

        // A bright shape taller than the line (anatomy, a graphic) right after the box: the line ends there.
        Drawn beside = draw("JOSE", "DejaVu Sans", 14, false, new Box(0, 5, 60, 50));
        Box grownBeside = LineEnds.grow(beside.image(), beside.box(), List.of());
        // The shape's edge is a stroke confined to the band for a column or two: at most a letter's height more.
        assertTrue(grownBeside.right() <= beside.box().right() + 14, "stops at the shape: " + grownBeside);
    }

    @Test
    void aBoxInsideItsLettersIsCoveredOverTheWholeLine() {
        Drawn line = draw("20021125", "DejaVu Sans", 20, false, null);
        Box whole = line.box();
        Box ink = line.ink();
        // Cut through the letters: their strokes cross every row of the box (the detector boxed a digit's middle).
        Box cut = Box.fromCorners(whole.x(), ink.y() + 3, whole.x() + whole.width() / 2, ink.bottom() - 3);
        Box grown = LineEnds.grow(line.image(), cut, List.of());
        assertTrue(grown.x() <= ink.x() && grown.right() >= ink.right(), "both ends: " + grown + ", ink " + ink);
        assertTrue(grown.y() <= ink.y() && grown.bottom() >= ink.bottom(), "all rows: " + grown + ", ink " + ink);
        assertTrue(grown.width() <= ink.width() + 2 * 20 && grown.height() <= 3 * cut.height(), "bounded: " + grown);
    }

    @Test
    void aSolidShapeTheBoxLiesInsideIsNoLineAndStays() {
        // A box inside a bright blob (anatomy): every row is one run, and around it there is no band of letters.
        Drawn shape = draw("I", "DejaVu Sans", 14, false, new Box(0, 10, 120, 40));
        Box inside = new Box(90, 22, 40, 12);
        assertEquals(inside, LineEnds.grow(shape.image(), inside, List.of()));
    }

    @Test
    void speckleBesideALineIsNoPartOfIt() {
        for (long seed = 1; seed <= 20; seed++) {
            Drawn line = draw("SAMSUNG", "DejaVu Sans", 16, false, null);
            // An ultrasound fan's speckle ending a little left of the line: bright pixels scattered at every level.
            java.util.Random random = new java.util.Random(seed);
            byte[] px = line.image().pixels();
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < line.ink().x() - 8; x++) {
                    px[y * W + x] = (byte) (random.nextDouble() < 0.6 ? random.nextInt(180) : 0);
                }
            }
            Box grown = LineEnds.grow(line.image(), line.box(), List.of());
            assertEquals(line.box(), grown, "seed " + seed);
        }
    }

    /** A picture, the line's ink box, and a box around it padded as the detector pads it. */
    private record Drawn(DisplayImage image, Box ink, Box box) { }

    @Test
    void colourLettersOfTheGroundsOwnLuminanceAreFollowedInTheChannelThatShowsThem() {
        for (int size : new int[] {9, 14}) {
            for (Color letters : new Color[] {new Color(0, 225, 230), new Color(230, 140, 0)}) {
                // A mid grey of the letters' own luminance (BT.601): luminance alone shows no line there.
                int grey = (299 * letters.getRed() + 587 * letters.getGreen() + 114 * letters.getBlue()) / 1000;
                BufferedImage im = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = im.createGraphics();
                g.setColor(new Color(grey, grey, grey));
                g.fillRect(0, 0, W, H);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setColor(letters);
                g.setFont(FontCatalog.font("DejaVu Sans", Font.PLAIN, size));
                g.drawString("36Y F 05-Jun-13", X, H / 2 + size / 3);
                g.dispose();
                byte[] rgb = new byte[W * H * 3];
                int x0 = W, x1 = -1, y0 = H, y1 = -1;
                for (int y = 0; y < H; y++) {
                    for (int x = 0; x < W; x++) {
                        int c = im.getRGB(x, y);
                        rgb[3 * (y * W + x)] = (byte) (c >> 16);
                        rgb[3 * (y * W + x) + 1] = (byte) (c >> 8);
                        rgb[3 * (y * W + x) + 2] = (byte) c;
                        if (Math.abs((c >> 16 & 0xFF) - grey) > 40) {
                            x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
                        }
                    }
                }
                DisplayImage image = new DisplayImage(W, H, 3, rgb, "test");
                Box ink = Box.fromCorners(x0, y0, x1 + 1, y1 + 1);
                int pad = Math.max(2, ink.height() / 4);
                Box left = Box.fromCorners(ink.x() - pad, ink.y() - pad, ink.x() + ink.width() / 3, ink.bottom() + pad);
                Box grown = LineEnds.grow(image, left, List.of());
                String what = letters + " " + size + " px on grey " + grey;
                assertTrue(grown.right() >= ink.right(), what + ": grown " + grown + ", ink " + ink);
                assertTrue(grown.right() <= ink.right() + size, what + ": grown " + grown + ", ink " + ink);
                assertEquals(left.y(), grown.y(), what);
            }
        }
    }

    /**
     * {@code text} drawn at ({@link #X}, middle) in {@code font}; {@code shape}, when given, is filled in the text's
     * colour right after the first word (its x is taken from there).
     */
    private static Drawn draw(String text, String font, int size, boolean darkText, Box shape) {
        BufferedImage im = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = im.createGraphics();
        g.setColor(darkText ? Color.WHITE : new Color(20, 20, 20));
        g.fillRect(0, 0, W, H);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(darkText ? Color.BLACK : new Color(200, 200, 200));
        g.setFont(FontCatalog.font(font, Font.PLAIN, size));
        FontMetrics fm = g.getFontMetrics();
        int baseline = H / 2 + size / 3;
        g.drawString(text, X, baseline);
        if (shape != null) {
            int at = X + fm.stringWidth(text.split(" ")[0]) + size * 3 / 5;
            g.fillOval(at, shape.y(), shape.width(), shape.height());
        }
        g.dispose();
        byte[] px = ((DataBufferByte) im.getRaster().getDataBuffer()).getData();
        DisplayImage image = new DisplayImage(W, H, 1, px, "test");
        Box ink = inkBox(image, darkText, shape == null ? W : X + fm.stringWidth(text.split(" ")[0]) + size * 3 / 5);
        int padY = Math.max(2, (int) Math.round(0.25 * ink.height()));
        int padX = Math.max(2, (int) Math.round(0.3 * ink.height()));
        Box box = Box.fromCorners(ink.x() - padX, ink.y() - padY, ink.right() + padX, ink.bottom() + padY);
        return new Drawn(image, ink, box);
    }

    /** The box of the pixels that differ clearly from the background, left of column {@code before}. */
    private static Box inkBox(DisplayImage image, boolean darkText, int before) {
        int x0 = W, y0 = H, x1 = -1, y1 = -1;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < before; x++) {
                int v = image.pixels()[y * W + x] & 0xFF;
                if (darkText ? v < 200 : v > 70) {
                    x0 = Math.min(x0, x); x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y); y1 = Math.max(y1, y);
                }
            }
        }
        return Box.fromCorners(x0, y0, x1 + 1, y1 + 1);
    }

    /** Every ink pixel of {@code ink} (differing clearly from the background) lies inside {@code box}. */
    private static boolean holdsInk(DisplayImage image, Box ink, Box box) {
        return box.x() <= ink.x() && box.right() >= ink.right();
    }
}
