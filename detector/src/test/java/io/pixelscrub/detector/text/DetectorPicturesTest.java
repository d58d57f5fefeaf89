package io.pixelscrub.detector.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.models.Box;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The pictures the detector is given, pixel for pixel, against plain per-pixel definitions: the input tensor
 * ({@link DbnetInput}: ImageNet-normalised channel planes, edge pixels repeated up to a multiple of 32, bilinear when
 * scaled), the quarter and half turns ({@link QuarterTurn}) and the border margin ({@link BorderPad}), for grey and
 * colour pictures.
 */
class DetectorPicturesTest {

    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};

    @Test
    void inputTensorHoldsEachPixelNormalisedAndRepeatsTheTileEdge() {
        for (int channels : new int[] {1, 3}) {
            DisplayImage image = random(70, 45, channels, 3);
            for (Tile tile : new Tile[] {new Tile(0, 0, 70, 45), new Tile(5, 7, 40, 33), new Tile(69, 44, 1, 1)}) {
                DbnetInput input = DbnetInput.of(image, 1.0, tile);
                assertEquals(DbnetInput.roundUp32(tile.width()), input.width);
                assertEquals(DbnetInput.roundUp32(tile.height()), input.height);
                int plane = input.width * input.height;
                for (int y = 0; y < input.height; y++) {
                    for (int x = 0; x < input.width; x++) {
                        int sx = tile.x() + Math.min(x, tile.width() - 1);
                        int sy = tile.y() + Math.min(y, tile.height() - 1);
                        for (int c = 0; c < 3; c++) {
                            int v = image.pixels()[(sy * image.width() + sx) * channels + (channels == 3 ? c : 0)] & 0xFF;
                            assertEquals((v / 255f - MEAN[c]) / STD[c], input.chw[c * plane + y * input.width + x],
                                    1e-6, channels + " channels, " + tile + " at " + x + "," + y + " channel " + c);
                        }
                    }
                }
            }
        }
    }

    @Test
    void scaledInputIsBilinearWithPixelCentresAligned() {
        for (int channels : new int[] {1, 3}) {
            DisplayImage image = random(33, 21, channels, 4);
            for (double scale : new double[] {2.0, 0.5}) {
                Tile tile = new Tile(0, 0, (int) Math.round(33 * scale), (int) Math.round(21 * scale));
                DbnetInput input = DbnetInput.of(image, scale, tile);
                int plane = input.width * input.height;
                for (int y = 0; y < tile.height(); y++) {
                    for (int x = 0; x < tile.width(); x++) {
                        for (int c = 0; c < 3; c++) {
                            float expected = normalised(c, Math.round(bilinear(image, scale, x, y, channels == 3 ? c : 0)));
                            assertEquals(expected, input.chw[c * plane + y * input.width + x], 1e-6,
                                    "scale " + scale + " at " + x + "," + y);
                        }
                    }
                }
            }
        }
    }

    @Test
    void quarterTurnMovesEachPixelAndBoxesMapBothWays() {
        for (int channels : new int[] {1, 3}) {
            DisplayImage image = random(7, 5, channels, 5);
            DisplayImage turned = QuarterTurn.clockwise(image);
            assertEquals(5, turned.width());
            assertEquals(7, turned.height());
            for (int y = 0; y < 5; y++) {
                for (int x = 0; x < 7; x++) {
                    for (int c = 0; c < channels; c++) {
                        assertEquals(image.pixels()[(y * 7 + x) * channels + c],
                                turned.pixels()[(x * 5 + (5 - 1 - y)) * channels + c]);
                    }
                }
            }
            DisplayImage half = QuarterTurn.halfTurn(turned);
            DisplayImage back = QuarterTurn.halfTurn(half);
            assertArrayEquals(turned.pixels(), back.pixels());
        }
        Box upright = new Box(1, 2, 3, 2);
        assertEquals(upright, QuarterTurn.toUpright(QuarterTurn.toTurned(upright, 5), 5));
    }

    @Test
    void borderMarginIsTheBorderMedianAroundThePictureUnchanged() {
        for (int channels : new int[] {1, 3}) {
            DisplayImage image = random(9, 6, channels, 6);
            DisplayImage padded = BorderPad.around(image, 4);
            assertEquals(17, padded.width());
            assertEquals(14, padded.height());
            for (int y = 0; y < 6; y++) {
                for (int x = 0; x < 9; x++) {
                    for (int c = 0; c < channels; c++) {
                        assertEquals(image.pixels()[(y * 9 + x) * channels + c],
                                padded.pixels()[((y + 4) * 17 + x + 4) * channels + c]);
                    }
                }
            }
            for (int c = 0; c < channels; c++) {
                byte corner = padded.pixels()[c];
                for (int i = 0; i < 17 * 4; i++) {
                    assertEquals(corner, padded.pixels()[i * channels + c], "the margin is one value per channel");
                }
            }
        }
    }

    private static float normalised(int c, int v) {
        return (v / 255f - MEAN[c]) / STD[c];
    }

    private static float bilinear(DisplayImage image, double scale, int sx, int sy, int c) {
        int ch = image.channels();
        double u = Math.max(0, Math.min(image.width() - 1, (sx + 0.5) / scale - 0.5));
        double v = Math.max(0, Math.min(image.height() - 1, (sy + 0.5) / scale - 0.5));
        int x0 = (int) u;
        int y0 = (int) v;
        int x1 = Math.min(image.width() - 1, x0 + 1);
        int y1 = Math.min(image.height() - 1, y0 + 1);
        double fx = u - x0;
        double fy = v - y0;
        byte[] px = image.pixels();
        double top = (px[(y0 * image.width() + x0) * ch + c] & 0xFF) * (1 - fx) + (px[(y0 * image.width() + x1) * ch + c] & 0xFF) * fx;
        double bottom = (px[(y1 * image.width() + x0) * ch + c] & 0xFF) * (1 - fx) + (px[(y1 * image.width() + x1) * ch + c] & 0xFF) * fx;
        return (float) (top * (1 - fy) + bottom * fy);
    }

    private static DisplayImage random(int width, int height, int channels, long seed) {
        byte[] px = new byte[width * height * channels];
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) r.nextInt(256);
        }
        return new DisplayImage(width, height, channels, px, "test");
    }
}
