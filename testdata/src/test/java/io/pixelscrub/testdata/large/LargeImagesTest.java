package io.pixelscrub.testdata.large;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.testdata.env.RequiredTools;
import io.pixelscrub.testdata.reference.ReferenceDecoder;
import io.pixelscrub.testdata.reference.ReferenceImage;
import io.pixelscrub.testdata.synthetic.dicom.Encoding;
import io.pixelscrub.testdata.synthetic.truth.Box;
import io.pixelscrub.testdata.synthetic.truth.TextTruth;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streamed generator, read back by dcmtk: the same seed gives the same pixels native and RLE; the header bar is the
 * same on every frame and holds the PHI lines; the picture under it moves; the truth boxes hold the drawn pixels.
 */
class LargeImagesTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void tools() {
        RequiredTools.encodersAndDecoders();
    }

    @Test
    void aCineHasAStaticBarOverAMovingPicture() throws Exception {
        LargeImages.Written plain = LargeImages.cine(tmp.resolve("c.dcm"), 4, 320, 240, Encoding.EXPLICIT_LE, 9);
        LargeImages.Written rle = LargeImages.cine(tmp.resolve("c-rle.dcm"), 4, 320, 240, Encoding.RLE, 9);
        ReferenceImage a = ReferenceDecoder.decode(plain.file());
        ReferenceImage b = ReferenceDecoder.decode(rle.file());
        assertEquals(4, a.frames());
        assertEquals(320, a.columns());
        assertEquals(plain.truth().texts(), rle.truth().texts());
        Box bar = plain.headerBar();
        int barBytes = bar.height() * a.columns();
        for (int f = 0; f < 4; f++) {
            assertArrayEquals(a.frameBytes(f), b.frameBytes(f), "frame " + f + ": RLE decodes to the native pixels");
            assertArrayEquals(Arrays.copyOf(a.frameBytes(0), barBytes), Arrays.copyOf(a.frameBytes(f), barBytes),
                    "the header bar is the same on every frame");
        }
        byte[] f0 = a.frameBytes(0);
        byte[] f1 = a.frameBytes(1);
        assertFalse(Arrays.equals(f0, barBytes, f0.length, f1, barBytes, f1.length), "the picture moves");
        long phi = plain.truth().texts().stream().filter(TextTruth::isPhi).count();
        assertEquals(3, phi);
        for (TextTruth t : plain.truth().texts()) {
            Box box = t.box();
            if (t.isPhi()) {
                assertTrue(box.y() >= 0 && box.bottom() < bar.height(), t.category() + " lies in the bar");
            }
            assertTrue(bright(a, 0, box) > 0, t.category() + ": its box holds drawn pixels");
        }
    }

    @Test
    void aLargeFrameIsSixteenBitWithTheTextInTheBar() throws Exception {
        LargeImages.Written w = LargeImages.largeFrame(tmp.resolve("l.dcm"), 1200, 900, Encoding.JPEG_LS_LOSSLESS, 4);
        ReferenceImage img = ReferenceDecoder.decode(w.file());
        assertEquals(1, img.frames());
        assertEquals(2, img.bytesPerSample());
        for (TextTruth t : w.truth().texts()) {
            assertTrue(t.box().bottom() < w.headerBar().height());
            assertTrue(bright(img, 0, t.box()) > 0);
        }
    }

    /** Samples at least half the full scale inside {@code box}. */
    private static int bright(ReferenceImage img, int frame, Box box) {
        int max = img.bytesPerSample() == 2 ? 4095 : 255;
        int n = 0;
        for (int y = box.y(); y <= box.bottom(); y++) {
            for (int x = box.x(); x <= box.right(); x++) {
                if (img.storedValue(frame, y, x, 0) >= max / 2) {
                    n++;
                }
            }
        }
        return n;
    }
}
