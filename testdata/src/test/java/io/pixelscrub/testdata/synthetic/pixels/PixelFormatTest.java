package io.pixelscrub.testdata.synthetic.pixels;

import org.junit.jupiter.api.Test;

import java.awt.Font;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PixelFormatTest {

    @Test
    void whiteTextIsStoredAtTheFormatsBrightestValue() {
        int[] out = new int[3];
        PixelFormat.MONO2_16.toStored(PixelFormat.MONO2_16.colour(SceneColour.WHITE), out, 0);
        assertEquals(4095, out[0]);
        assertTrue(PixelFormat.MONO2_16.backgroundMax() < 4095, "text above the picture's range");
        PixelFormat.MONO1_16.toStored(PixelFormat.MONO1_16.colour(SceneColour.WHITE), out, 0);
        assertEquals(0, out[0], "MONOCHROME1 shows low values bright");
        PixelFormat.YBR_FULL.toStored(PixelFormat.YBR_FULL.colour(SceneColour.WHITE), out, 0);
        assertArrayEquals(new int[] {255, 128, 128}, out);
        PixelFormat.YBR_FULL.toStored(0xFF0000, out, 0);
        assertArrayEquals(new int[] {76, 85, 255}, out);
    }

    @Test
    void paletteTextCannotBlendSoHalfCoverageDecides() {
        int fg = PixelFormat.PALETTE_8.colour(SceneColour.YELLOW);
        assertEquals(fg, PixelFormat.PALETTE_8.blend(10, fg, 128));
        assertEquals(10, PixelFormat.PALETTE_8.blend(10, fg, 127));
        assertEquals(0xFFF000, Palette.rgb(fg));
    }

    @Test
    void antialiasedMasksHavePartialCoverageAndPlainOnesDoNot() {
        Font font = FontCatalog.font(FontCatalog.families().get(0), false, 14);
        GlyphMask smooth = GlyphMask.render("Gyp 12/40", font, true);
        GlyphMask sharp = GlyphMask.render("Gyp 12/40", font, false);
        assertTrue(hasPartial(smooth));
        assertFalse(hasPartial(sharp));
        // Trimmed to the ink: first and last rows and columns each hold some coverage.
        for (GlyphMask m : new GlyphMask[] {smooth, sharp}) {
            assertTrue(rowInk(m, 0) && rowInk(m, m.height() - 1) && colInk(m, 0) && colInk(m, m.width() - 1));
            assertTrue(m.ascent() > 0 && m.ascent() < m.height(), "descenders below the baseline");
        }
    }

    private static boolean hasPartial(GlyphMask m) {
        for (byte b : m.alpha()) {
            int a = b & 0xFF;
            if (a != 0 && a != 255) {
                return true;
            }
        }
        return false;
    }

    private static boolean rowInk(GlyphMask m, int y) {
        for (int x = 0; x < m.width(); x++) {
            if (m.alphaAt(x, y) > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean colInk(GlyphMask m, int x) {
        for (int y = 0; y < m.height(); y++) {
            if (m.alphaAt(x, y) > 0) {
                return true;
            }
        }
        return false;
    }
}
