package io.pixelscrub.detector.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DisplayMapperTest {

    private final DisplayMapper mapper = new DisplayMapper();

    private static RawFrame grey16(int width, int height, int bitsStored, boolean signed, int[] values, DisplayHints hints) {
        byte[] data = new byte[values.length * 2];
        for (int i = 0; i < values.length; i++) {
            data[2 * i] = (byte) values[i];
            data[2 * i + 1] = (byte) (values[i] >> 8);
        }
        return new RawFrame(width, height, 1, 16, bitsStored, signed, "MONOCHROME2", data, hints);
    }

    private static int px(DisplayImage image, int index) {
        return image.pixels()[index] & 0xFF;
    }

    @Test
    void plainEightBitGreyIsShownAsStoredWithNoExtraView() {
        byte[] data = {0, 10, (byte) 128, (byte) 255};
        List<DisplayImage> views = mapper.render(new RawFrame(2, 2, 1, 8, 8, false, "MONOCHROME2", data, DisplayHints.NONE));
        assertEquals(1, views.size());
        assertEquals(List.of(0, 10, 128, 255), List.of(px(views.get(0), 0), px(views.get(0), 1), px(views.get(0), 2), px(views.get(0), 3)));
    }

    @Test
    void monochrome1IsInverted() {
        byte[] data = {0, 10, (byte) 200, (byte) 255};
        DisplayImage view = mapper.render(new RawFrame(2, 2, 1, 8, 8, false, "MONOCHROME1", data, DisplayHints.NONE)).get(0);
        assertEquals(255, px(view, 0));
        assertEquals(245, px(view, 1));
        assertEquals(55, px(view, 2));
        assertEquals(0, px(view, 3));
        assertTrue(view.mapping().endsWith("inverted"));
    }

    @Test
    void windowAppliesToRescaledValuesWithTheDicomLinearFunction() {
        // CT: stored 0..4095, HU = stored - 1024; window 40/400 shows -160..240 HU.
        int[] values = new int[100];
        for (int i = 0; i < values.length; i++) values[i] = 900 + i * 4; // -124..272 HU
        DisplayHints hints = new DisplayHints(1, -1024, List.of(new DisplayHints.Window(40, 400)), Optional.empty(), Optional.empty());
        DisplayImage view = mapper.render(grey16(10, 10, 12, false, values, hints)).get(0);
        assertEquals("window", view.mapping());
        assertEquals(Math.round(((-124 - 39.5) / 399 + 0.5) * 255), px(view, 0));
        assertEquals(Math.round(((40 - 39.5) / 399 + 0.5) * 255), px(view, (1024 + 40 - 900) / 4));
        assertEquals(255, px(view, 99));
    }

    @Test
    void windowThatClipsAnatomyBesidesTheBrightestValueAddsAFullRangeView() {
        int[] values = new int[400];
        for (int i = 0; i < values.length; i++) values[i] = i < 300 ? 1000 + i : 2500 + i; // soft tissue and bone
        values[0] = 4095; // text burned at the top of the range
        DisplayHints hints = new DisplayHints(1, -1024, List.of(new DisplayHints.Window(40, 400)), Optional.empty(), Optional.empty());
        List<DisplayImage> views = mapper.render(grey16(20, 20, 12, false, values, hints));
        assertEquals(2, views.size());
        DisplayImage full = views.get(1);
        assertEquals("full-range", full.mapping());
        assertEquals(255, px(full, 0));
        assertTrue(px(full, 399) < 250, "bone is no longer as white as the text");
    }

    @Test
    void sixteenBitWithoutWindowIsStretchedBetweenPercentilesAndGetsABrightTailView() {
        int[] values = new int[10_000];
        for (int i = 0; i < values.length; i++) values[i] = 1000 + (i % 1000) * 20; // 1000..20980
        values[5] = 30000; // the brightest value: burned-in text
        List<DisplayImage> views = mapper.render(grey16(100, 100, 16, false, values, DisplayHints.NONE));
        assertEquals("percentile", views.get(0).mapping());
        assertEquals(0, px(views.get(0), 0));
        assertEquals(255, px(views.get(0), 999));
        assertEquals(2, views.size());
        DisplayImage tail = views.get(1);
        assertEquals("bright-tail", tail.mapping());
        assertEquals(255, px(tail, 5));
        assertTrue(px(tail, 999) < 255, "only the brightest value stays white in the bright tail");
        assertEquals(0, px(tail, 500));
    }

    @Test
    void signedValuesAndVoiLut() {
        int[] values = {-100 & 0xFFFF, 0, 100, 200};
        int[] entries = new int[301];
        for (int i = 0; i < entries.length; i++) entries[i] = i * 10; // 0..3000
        DisplayHints hints = new DisplayHints(1, 0, List.of(), Optional.of(new DisplayHints.Lut(-100, 12, entries)), Optional.empty());
        DisplayImage view = mapper.render(grey16(2, 2, 16, true, values, hints)).get(0);
        assertEquals("voi-lut", view.mapping());
        assertEquals(0, px(view, 0));
        assertEquals(Math.round(1000 * 255.0 / 3000), px(view, 1));
        assertEquals(255, px(view, 3));
    }

    @Test
    void paletteIsExpanded() {
        int[] r = {0, 255, 10}, g = {0, 128, 20}, b = {0, 0, 30};
        DisplayHints hints = new DisplayHints(1, 0, List.of(), Optional.empty(), Optional.of(new DisplayHints.Palette(5, r, g, b)));
        byte[] data = {5, 6, 7, 99};
        DisplayImage view = mapper.render(new RawFrame(2, 2, 1, 8, 8, false, "PALETTE COLOR", data, hints)).get(0);
        assertEquals(3, view.channels());
        assertEquals(List.of(255, 128, 0), List.of(px(view, 3), px(view, 4), px(view, 5)));
        assertEquals(List.of(10, 20, 30), List.of(px(view, 9), px(view, 10), px(view, 11)), "beyond the palette: last entry");
    }

    @Test
    void ybrFullBecomesRgb() {
        // Pure yellow (255,255,0) in YBR_FULL.
        int y = (int) Math.round(0.299 * 255 + 0.587 * 255);
        int cb = (int) Math.round(-0.168736 * 255 - 0.331264 * 255 + 128);
        int cr = (int) Math.round(0.5 * 255 - 0.418688 * 255 + 128);
        byte[] data = {(byte) y, (byte) cb, (byte) cr};
        DisplayImage view = mapper.render(new RawFrame(1, 1, 3, 8, 8, false, "YBR_FULL", data, DisplayHints.NONE)).get(0);
        assertTrue(px(view, 0) >= 253 && px(view, 1) >= 253 && px(view, 2) <= 2, "yellow stays yellow");
    }

    @Test
    void sixteenBitRgbIsScaledToEightBits() {
        byte[] data = {(byte) 0xFF, (byte) 0xFF, 0, 0, 0, (byte) 0x80};
        DisplayImage view = mapper.render(new RawFrame(1, 1, 3, 16, 16, false, "RGB", data, DisplayHints.NONE)).get(0);
        assertEquals(List.of(255, 0, 128), List.of(px(view, 0), px(view, 1), px(view, 2)));
    }

    @Test
    void unknownPhotometricIsRefused() {
        RawFrame frame = new RawFrame(1, 1, 3, 8, 8, false, "CMYK", new byte[3], DisplayHints.NONE);
        assertThrows(IllegalArgumentException.class, () -> mapper.render(frame));
    }

    /** 200x100 of 12-bit noise over 0..2700 (speckle, every value rare), with glyph-like strokes at {@code text}. */
    private static int[] noiseWithStrokes(Integer text) {
        java.util.Random random = new java.util.Random(7);
        int[] values = new int[200 * 100];
        for (int i = 0; i < values.length; i++) values[i] = random.nextInt(2701);
        if (text != null) {
            for (int s = 0; s < 5; s++) {
                for (int y = 40; y < 48; y++) {
                    for (int x = 60 + 12 * s; x < 62 + 12 * s; x++) values[y * 200 + x] = text;
                }
            }
        }
        return values;
    }

    private static final DisplayHints WINDOW_0_2800 =
            new DisplayHints(1, 0, List.of(new DisplayHints.Window(1400, 2800)), Optional.empty(), Optional.empty());

    @Test
    void textDrawnInAMidGreyOverNoiseGetsAFlatValueViewShowingItAlone() {
        List<DisplayImage> views = mapper.render(grey16(200, 100, 12, false, noiseWithStrokes(856), WINDOW_0_2800));
        assertEquals(List.of("window", "flat-values"), views.stream().map(DisplayImage::mapping).toList());
        DisplayImage flat = views.get(1);
        assertEquals(255, px(flat, 45 * 200 + 60), "a stroke pixel");
        assertEquals(255, px(flat, 45 * 200 + 59), "grown by a pixel");
        int white = 0;
        for (int i = 0; i < 200 * 100; i++) {
            white += px(flat, i) == 255 ? 1 : 0;
        }
        // Five 2x8 strokes grown by a pixel: 5 x 4 x 10 = 200, and (at most) a few noise pixels that met an equal one.
        assertTrue(white >= 200 && white <= 200 + 9 * 4, white + " white pixels");
        assertEquals(0, px(flat, 90 * 200 + 150), "noise far from the strokes is black");
    }

    @Test
    void noiseAloneOrTextAtTheBrightestValueGetsNoFlatValueView() {
        assertEquals(List.of("window"), mapper.render(grey16(200, 100, 12, false, noiseWithStrokes(null), WINDOW_0_2800))
                .stream().map(DisplayImage::mapping).toList());
        // Text at the top of the range: the window already paints it white.
        assertTrue(mapper.render(grey16(200, 100, 12, false, noiseWithStrokes(4095), WINDOW_0_2800)).stream()
                .noneMatch(v -> v.mapping().startsWith("flat-values")));
    }

    /** Ten 2x8 strokes of {@code text} over noise between {@code lo} and {@code hi} (a 200x100 frame). */
    private static int[] strokesOver(int text, int lo, int hi) {
        java.util.Random random = new java.util.Random(11);
        int[] values = new int[200 * 100];
        for (int i = 0; i < values.length; i++) values[i] = lo + random.nextInt(hi - lo + 1);
        for (int s = 0; s < 10; s++) {
            for (int y = 40; y < 48; y++) {
                for (int x = 40 + 12 * s; x < 42 + 12 * s; x++) values[y * 200 + x] = text;
            }
        }
        return values;
    }

    private static boolean hasFaintExtremes(List<DisplayImage> views) {
        return views.stream().anyMatch(v -> v.mapping().startsWith("flat-extremes"));
    }

    /**
     * White letters on a light surround (a film's light margin): the window shows them 30-45 greys from it, which the
     * detector misses. A view of the brightest value's strokes alone shows them.
     */
    @Test
    void textAtTheBrightestValueOverALightSurroundGetsAViewOfItsStrokes() {
        List<DisplayImage> views = mapper.render(grey16(200, 100, 12, false, strokesOver(4095, 2300, 2500), WINDOW_0_2800));
        DisplayImage view = views.stream().filter(v -> v.mapping().equals("flat-extremes")).findFirst().orElseThrow(
                () -> new AssertionError(views.stream().map(DisplayImage::mapping).toList().toString()));
        assertEquals(255, px(view, 44 * 200 + 40), "a stroke pixel");
        assertEquals(255, px(view, 44 * 200 + 39), "grown by a pixel");
        assertEquals(0, px(view, 44 * 200 + 45), "the surround between strokes is black");
        assertEquals(0, px(view, 90 * 200 + 150), "the light noise is black");
        // MONOCHROME1: the smallest value is shown white, and the view is named for the inversion.
        int[] inverted = strokesOver(0, 300, 500);
        assertTrue(mapper.render(grey16(200, 100, 12, false, inverted, WINDOW_0_2800)).stream()
                .noneMatch(v -> v.mapping().startsWith("flat-extremes")), "MONOCHROME2: 0 is black, no white letters");
        RawFrame mono2 = grey16(200, 100, 12, false, inverted, WINDOW_0_2800);
        RawFrame mono1 = new RawFrame(200, 100, 1, 16, 12, false, "MONOCHROME1", mono2.data(), WINDOW_0_2800);
        assertTrue(mapper.render(mono1).stream().anyMatch(v -> v.mapping().equals("flat-extremes-inverted")));
    }

    /**
     * No pass where the primary view shows the letters clearly (white on dark), where the value is the data's clipped
     * ceiling (noise at it, a surround within a few greys), or where it is a plateau, not writing.
     */
    @Test
    void textAtTheBrightestValueOverADarkSurroundOrClippedNoiseGetsNoSuchView() {
        assertFalse(hasFaintExtremes(mapper.render(grey16(200, 100, 12, false, strokesOver(4095, 0, 1000), WINDOW_0_2800))),
                "white on dark");
        int[] clipped = strokesOver(4095, 2750, 4095 + 300);
        for (int i = 0; i < clipped.length; i++) clipped[i] = Math.min(4095, clipped[i]);
        assertFalse(hasFaintExtremes(mapper.render(grey16(200, 100, 12, false, clipped, WINDOW_0_2800))), "clipped noise");
        int[] plateau = strokesOver(4095, 2300, 2500);
        for (int i = 0; i < 200 * 20; i++) plateau[i] = 4095; // a fifth of the frame at the value
        assertFalse(hasFaintExtremes(mapper.render(grey16(200, 100, 12, false, plateau, WINDOW_0_2800))), "a plateau");
    }

    @Test
    void eightBitDataGetsNoFlatValueView() {
        int[] values = noiseWithStrokes(80);
        byte[] data = new byte[values.length];
        for (int i = 0; i < values.length; i++) data[i] = (byte) (values[i] == 80 ? 80 : values[i] * 255 / 2800);
        List<DisplayImage> views = mapper.render(new RawFrame(200, 100, 1, 8, 8, false, "MONOCHROME2", data, DisplayHints.NONE));
        assertEquals(List.of("stored-range"), views.stream().map(DisplayImage::mapping).toList());
    }

    /** The primary view alone is the first of the views, to the byte, on every kind of frame the tests above render. */
    @Test
    void primaryIsTheFirstView() {
        DisplayHints window = new DisplayHints(1, -1024, List.of(new DisplayHints.Window(40, 400)), Optional.empty(), Optional.empty());
        int[] entries = new int[301];
        for (int i = 0; i < entries.length; i++) entries[i] = i * 10;
        DisplayHints voi = new DisplayHints(1, 0, List.of(), Optional.of(new DisplayHints.Lut(-100, 12, entries)), Optional.empty());
        DisplayHints palette = new DisplayHints(1, 0, List.of(), Optional.empty(),
                Optional.of(new DisplayHints.Palette(5, new int[] {0, 255, 10}, new int[] {0, 128, 20}, new int[] {0, 0, 30})));
        int[] ramp = new int[400];
        for (int i = 0; i < ramp.length; i++) ramp[i] = i < 300 ? 1000 + i : 2500 + i;
        ramp[0] = 4095;
        List<RawFrame> frames = List.of(
                new RawFrame(2, 2, 1, 8, 8, false, "MONOCHROME2", new byte[] {0, 10, (byte) 128, (byte) 255}, DisplayHints.NONE),
                new RawFrame(2, 2, 1, 8, 8, false, "MONOCHROME1", new byte[] {0, 10, (byte) 128, (byte) 255}, DisplayHints.NONE),
                grey16(20, 20, 12, false, ramp, window),
                grey16(200, 100, 12, false, noiseWithStrokes(856), WINDOW_0_2800),
                grey16(200, 100, 16, false, noiseWithStrokes(30000), DisplayHints.NONE),
                grey16(2, 2, 16, true, new int[] {-100 & 0xFFFF, 0, 100, 200}, voi),
                new RawFrame(2, 2, 1, 8, 8, false, "PALETTE COLOR", new byte[] {5, 6, 7, 99}, palette),
                new RawFrame(2, 2, 1, 8, 8, false, "PALETTE COLOR", new byte[] {5, 6, 7, 99}, DisplayHints.NONE),
                new RawFrame(1, 1, 3, 8, 8, false, "YBR_FULL", new byte[] {(byte) 200, 10, (byte) 240}, DisplayHints.NONE),
                new RawFrame(1, 1, 3, 16, 16, false, "RGB", new byte[] {0, 1, 0, 2, (byte) 255, (byte) 255}, DisplayHints.NONE));
        for (RawFrame f : frames) {
            DisplayImage first = mapper.render(f).get(0);
            DisplayImage primary = mapper.primary(f);
            assertEquals(first.mapping(), primary.mapping());
            org.junit.jupiter.api.Assertions.assertArrayEquals(first.pixels(), primary.pixels(), f.photometric() + " " + first.mapping());
        }
    }
}
