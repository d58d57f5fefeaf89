package io.pixelscrub.detector.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A loose detector box around small text (three times the line's height, slivers of the lines above and below, a
 * text backdrop, shaded anatomy beside it) shrinks to the line: every glyph pixel stays inside, the neighbours'
 * pixels fall outside, and a box that shows no clear writing is left as it is.
 */
class LineInkTest {

    private static final int W = 220;
    private static final int H = 90;
    private static final String[] NEIGHBOURS = {"Torq 4  Wemb 17.2", "Slice 2.0mm"};

    @Test
    void aLooseBoxAroundSmallTextShrinksToTheLineInEveryFont() {
        for (String family : FontCatalog.families()) {
            for (int size : new int[] {8, 10, 13, 16}) {
                for (boolean backdrop : new boolean[] {false, true}) {
                    String what = family + " " + size + " px" + (backdrop ? " on a backdrop" : "");
                    int step = size + size / 2 + 2;
                    int baseline = 40;
                    DisplayImage all = draw(family, size, baseline, step, true, true, backdrop);
                    DisplayImage lineOnly = draw(family, size, baseline, step, true, false, backdrop);
                    DisplayImage neighboursOnly = draw(family, size, baseline, step, false, true, backdrop);
                    DisplayImage nothing = draw(family, size, baseline, step, false, false, backdrop);
                    Box ink = inkBox(lineOnly, nothing);
                    Box neighbourInk = inkBox(neighboursOnly, nothing);
                    // As loose as the detector's box, stopping short of the neighbours' glyphs (not of their backdrops).
                    // Under TextFindings.LARGE_LINE: larger boxes keep their height (see largeBoxesKeepTheirHeight).
                    int reach = Math.min(ink.height(), (TextFindings.LARGE_LINE - 1 - ink.height()) / 2);
                    int top = Math.max(ink.y() - reach, firstRowBelow(neighboursOnly, nothing, ink.y()));
                    int bottom = Math.min(ink.bottom() + reach, lastRowAbove(neighboursOnly, nothing, ink.bottom()));
                    Box loose = new Box(0, top, 190, bottom - top);
                    Box tight = LineInk.tighten(all, loose);
                    assertTrue(holds(tight, lineOnly, nothing), what + ": " + tight + " must hold the line's ink " + ink);
                    assertTrue(tight.height() <= 2 * ink.height() + 3,
                            what + ": " + tight + " around ink " + ink + " in " + loose);
                    assertTrue(loose.contains(tight), what + ": never larger than the box");
                    assertTrue(neighbourInk.y() < ink.y(), what + ": the neighbours were drawn");
                }
            }
        }
    }

    @Test
    void aSliverOfAnotherLineCutByTheBoxEdgeStaysCovered() {
        // The box reaches into the bottom rows of the line above: a line the detector may have found badly, which only
        // this box covers, so its rows are not trimmed.
        DisplayImage all = draw("DejaVu Sans", 12, 40, 16, true, true, false);
        DisplayImage neighboursOnly = draw("DejaVu Sans", 12, 40, 16, false, true, false);
        DisplayImage nothing = draw("DejaVu Sans", 12, 40, 16, false, false, false);
        Box above = inkBox(neighboursOnly, nothing, 0, 30);
        Box box = Box.fromCorners(0, above.bottom() - 4, 190, 57); // through the letters, below their tops
        Box tight = LineInk.tighten(all, box);
        assertEquals(box.y(), tight.y(), "the sliver's rows stay: " + tight);
        Box below = inkBox(neighboursOnly, nothing, 45, H);
        Box ownLineOnly = LineInk.tighten(all, box,
                strip -> List.of(above, below).stream().mapToLong(b -> b.sharedArea(strip)).sum() >= 0.8 * strip.area());
        assertTrue(ownLineOnly.y() > box.y(), "slivers the lines above and below hold in their own boxes are given up: " + ownLineOnly);
        assertTrue(holds(ownLineOnly, draw("DejaVu Sans", 12, 40, 16, true, false, false), nothing),
                "and the box still holds its own line");
    }

    @Test
    void largeBoxesAndSmallTrimsAreLeftAlone() {
        DisplayImage image = draw("DejaVu Sans", 13, 40, 30, true, false, false);
        DisplayImage nothing = draw("DejaVu Sans", 13, 40, 30, false, false, false);
        Box ink = inkBox(image, nothing);
        Box large = new Box(0, ink.y() - 15, 190, TextFindings.LARGE_LINE);
        assertEquals(large, LineInk.tighten(image, large), "a box judged by its height keeps it");
        Box snug = new Box(0, ink.y() - 2, 190, ink.height() + 4);
        assertEquals(snug, LineInk.tighten(image, snug), "a box about as tall as its line is not trimmed");
    }

    @Test
    void aFaintLineInTheBoxIsKeptWithTheBrightOne() {
        DisplayImage both = drawTwo(new Color(230, 230, 230), new Color(60, 60, 60));
        DisplayImage faintOnly = drawTwo(null, new Color(60, 60, 60));
        DisplayImage nothing = drawTwo(null, null);
        Box box = new Box(0, 0, W, H);
        Box tight = LineInk.tighten(both, box);
        assertTrue(holds(tight, faintOnly, nothing), "the faint line stays inside: " + tight);
    }

    @Test
    void aBoxWithoutClearWritingIsLeftAlone() {
        Box box = new Box(20, 10, 150, 50);
        DisplayImage flat = new DisplayImage(W, H, 1, filled(90), "test");
        assertEquals(box, LineInk.tighten(flat, box));
        assertNull(LineInk.writing(flat, box));
        byte[] speckle = new byte[W * H];
        Random r = new Random(11);
        for (int i = 0; i < speckle.length; i++) speckle[i] = (byte) r.nextInt(256);
        DisplayImage noise = new DisplayImage(W, H, 1, speckle, "test");
        assertEquals(box, LineInk.tighten(noise, box), "speckle has steps in every row: nothing to place");
    }

    @Test
    void writingIsFoundOnTheRowsOfTheLineNotOnABackdropsEdges() {
        DisplayImage image = draw("DejaVu Sans", 10, 40, 17, true, false, true);
        DisplayImage nothing = draw("DejaVu Sans", 10, 40, 17, false, false, true);
        Box ink = inkBox(image, nothing);
        Box writing = LineInk.writing(image, new Box(0, 20, 200, 40));
        assertNotNull(writing);
        assertTrue(writing.y() >= ink.y() - 1 && writing.bottom() <= ink.bottom() + 1,
                "rows of writing " + writing + " are the line's " + ink);
    }

    /**
     * The line (and its neighbours one step above and below) in light grey, on shaded anatomy; with {@code backdrop},
     * each line on a dark box a pixel or two larger than its text.
     */
    private static DisplayImage draw(String family, int size, int baseline, int step, boolean line, boolean neighbours,
            boolean backdrop) {
        BufferedImage im = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = im.createGraphics();
        for (int x = 0; x < W; x++) {
            g.setColor(new Color(Math.min(255, 90 + x / 2), Math.min(255, 90 + x / 2), Math.min(255, 90 + x / 2)));
            g.fillRect(x, 0, 1, H);
        }
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Font font = FontCatalog.font(family, false, size);
        g.setFont(font);
        FontMetrics m = g.getFontMetrics();
        String[] texts = {NEIGHBOURS[0], "FOV 43.0 cm", NEIGHBOURS[1]};
        for (int i = 0; i < 3; i++) {
            boolean mine = i == 1;
            int y = baseline + (i - 1) * step;
            if (backdrop) {
                g.setColor(new Color(40, 40, 40));
                g.fillRect(3, y - m.getAscent() - 1, m.stringWidth(texts[i]) + 4, m.getAscent() + m.getDescent() + 2);
            }
            if (mine ? line : neighbours) {
                g.setColor(new Color(200, 200, 200));
                g.drawString(texts[i], 5, y);
            }
        }
        g.dispose();
        return new DisplayImage(W, H, 1, ((DataBufferByte) im.getRaster().getDataBuffer()).getData(), "test");
    }

    /** A bright line over a faint one, 16 px apart, on black; a null colour leaves that line out. */
    private static DisplayImage drawTwo(Color bright, Color faint) {
        BufferedImage im = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = im.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, W, H);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(FontCatalog.font("DejaVu Sans", false, 12));
        if (bright != null) {
            g.setColor(bright);
            g.drawString("Slice 2.0mm", 10, 40);
        }
        if (faint != null) {
            g.setColor(faint);
            g.drawString("DAVID HANSEN", 10, 56);
        }
        g.dispose();
        return new DisplayImage(W, H, 1, ((DataBufferByte) im.getRaster().getDataBuffer()).getData(), "test");
    }

    private static byte[] filled(int v) {
        byte[] px = new byte[W * H];
        java.util.Arrays.fill(px, (byte) v);
        return px;
    }

    /** The bounding box of the pixels where {@code a} differs from {@code without}. */
    private static Box inkBox(DisplayImage a, DisplayImage without) {
        int x0 = W, y0 = H, x1 = -1, y1 = -1;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (a.pixels()[y * W + x] != without.pixels()[y * W + x]) {
                    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
                }
            }
        }
        return Box.fromCorners(x0, y0, x1 + 1, y1 + 1);
    }

    /** The bounding box of the differing pixels in rows [from, to). */
    private static Box inkBox(DisplayImage a, DisplayImage without, int from, int to) {
        int x0 = W, y0 = H, x1 = -1, y1 = -1;
        for (int y = from; y < to; y++) {
            for (int x = 0; x < W; x++) {
                if (a.pixels()[y * W + x] != without.pixels()[y * W + x]) {
                    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
                }
            }
        }
        return Box.fromCorners(x0, y0, x1 + 1, y1 + 1);
    }

    /** The first row at or above {@code y} below every differing pixel above {@code y}. */
    private static int firstRowBelow(DisplayImage a, DisplayImage without, int y) {
        int last = -1;
        for (int r = 0; r < y; r++) {
            if (rowDiffers(a, without, r)) last = r;
        }
        return last + 1;
    }

    /** The last row (exclusive) at or below {@code y} above every differing pixel below {@code y}. */
    private static int lastRowAbove(DisplayImage a, DisplayImage without, int y) {
        for (int r = y; r < H; r++) {
            if (rowDiffers(a, without, r)) return r;
        }
        return H;
    }

    private static boolean rowDiffers(DisplayImage a, DisplayImage without, int r) {
        for (int x = 0; x < W; x++) {
            if (a.pixels()[r * W + x] != without.pixels()[r * W + x]) return true;
        }
        return false;
    }

    private static boolean holds(Box box, DisplayImage a, DisplayImage without) {
        Box ink = inkBox(a, without);
        return box.contains(ink);
    }
}
