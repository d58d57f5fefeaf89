package io.pixelscrub.scrubber.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.pixelscrub.models.Box;
import io.pixelscrub.testdata.reference.ColorHandling;
import io.pixelscrub.testdata.reference.ReferenceDecoder;
import io.pixelscrub.testdata.reference.ReferenceImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What every block-level JPEG redaction must satisfy, judged by dcmtk alone (no Java JPEG code): (c) dcmdjpeg decodes
 * the output without an error or warning; (a) every pixel of every MCU touching a box decodes to the fill; (b) every
 * other pixel decodes exactly as in the input.
 *
 * <p>Decoding keeps YCbCr as stored. Luma is compared pixel for pixel. libjpeg upsamples subsampled chroma with a
 * triangle filter that blends in the neighbouring chroma sample across a block edge, so with subsampling the chroma of
 * the one-pixel ring on either side of the redacted area's border depends on both sides: outside, it is not compared;
 * inside, it must stay within the blend's reach (at most 7/16 of the way from neutral), and neutral everywhere else.
 */
final class JpegRedactionCheck {
    /** The largest share of a neighbouring chroma sample in libjpeg's h2v2 fancy upsampling: 3/16 + 3/16 + 1/16. */
    private static final int RING_CHROMA_REACH = 7 * 128 / 16 + 1;

    /** @param redacted  pixels whose MCU touched a box; @param compared pixels checked unchanged; @param changed in boxes */
    record Result(int redacted, int compared, int changed) {
    }

    private JpegRedactionCheck() {
    }

    /**
     * @param mcuWidth,mcuHeight the MCU (8x8 for grey)
     * @param fill               per decoded sample (Y, Cb, Cr or grey) the value a flattened block decodes to
     */
    static Result verify(Path in, Path out, List<Box> boxes, int mcuWidth, int mcuHeight, boolean chromaSubsampled,
                         int[] fill, Path tmp) throws IOException, InterruptedException {
        assertDecodesCleanly(out, tmp);
        ReferenceImage before = ReferenceDecoder.decode(in, ColorHandling.AS_STORED);
        ReferenceImage after = ReferenceDecoder.decode(out, ColorHandling.AS_STORED);
        assertEquals(before.rows(), after.rows());
        assertEquals(before.columns(), after.columns());
        assertEquals(before.samplesPerPixel(), after.samplesPerPixel());
        assertEquals(fill.length, after.samplesPerPixel());
        int w = after.columns();
        int h = after.rows();
        boolean[] region = new boolean[w * h];
        for (Box b : boxes) {
            Box c = b.clip(w, h);
            if (c.isEmpty()) {
                continue;
            }
            int x0 = c.x() / mcuWidth * mcuWidth;
            int y0 = c.y() / mcuHeight * mcuHeight;
            int x1 = Math.min(w, (c.right() + mcuWidth - 1) / mcuWidth * mcuWidth);
            int y1 = Math.min(h, (c.bottom() + mcuHeight - 1) / mcuHeight * mcuHeight);
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    region[y * w + x] = true;
                }
            }
        }
        int redacted = 0;
        int compared = 0;
        int changed = 0;
        for (int f = 0; f < after.frames(); f++) {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    boolean inRegion = region[y * w + x];
                    boolean ring = chromaSubsampled && onBorder(region, w, h, x, y);
                    boolean inBox = inAny(boxes, x, y);
                    redacted += inRegion && f == 0 ? 1 : 0;
                    for (int s = 0; s < after.samplesPerPixel(); s++) {
                        int a = after.sample(f, y, x, s);
                        int b = before.sample(f, y, x, s);
                        if (inRegion) {
                            boolean exact = s == 0 || !ring;
                            if (exact ? a != fill[s] : Math.abs(a - fill[s]) > RING_CHROMA_REACH) {
                                fail("frame " + f + " (" + x + "," + y + ") sample " + s + " = " + a + " in a redacted MCU, fill "
                                        + fill[s] + (inBox ? " (inside a box)" : ""));
                            }
                            changed += inBox && s == 0 && b != fill[0] ? 1 : 0;
                        } else if (s == 0 || !ring) {
                            if (a != b) {
                                fail("frame " + f + " (" + x + "," + y + ") sample " + s + " changed outside the redacted MCUs: "
                                        + b + " -> " + a);
                            }
                            compared++;
                        }
                    }
                }
            }
        }
        assertTrue(changed > 0, "the boxes were at the fill value already: the test would prove nothing");
        return new Result(redacted, compared, changed);
    }

    /** Whether (x, y) and one of its 8 neighbours lie on different sides of the redacted area's border. */
    private static boolean onBorder(boolean[] region, int w, int h, int x, int y) {
        boolean self = region[y * w + x];
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int nx = x + dx;
                int ny = y + dy;
                if (nx >= 0 && ny >= 0 && nx < w && ny < h && region[ny * w + nx] != self) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inAny(List<Box> boxes, int x, int y) {
        for (Box b : boxes) {
            if (b.contains(x, y)) {
                return true;
            }
        }
        return false;
    }

    /** dcmdjpeg must decode every frame with exit 0 and print no warning or error (libjpeg reports corrupt data as warnings). */
    static void assertDecodesCleanly(Path dicom, Path tmp) throws IOException, InterruptedException {
        Path decoded = Files.createTempFile(tmp, "dcmdjpeg", ".dcm");
        Path log = Files.createTempFile(tmp, "dcmdjpeg", ".log");
        Process p = new ProcessBuilder("dcmdjpeg", dicom.toString(), decoded.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("dcmdjpeg timed out");
        }
        String output = Files.readString(log, StandardCharsets.ISO_8859_1);
        assertEquals(0, p.exitValue(), "dcmdjpeg exit code: " + output);
        assertTrue(output.isBlank(), "dcmdjpeg complained: " + output);
        Files.delete(decoded);
        Files.delete(log);
    }
}
