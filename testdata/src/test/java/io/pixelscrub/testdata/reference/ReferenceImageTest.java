package io.pixelscrub.testdata.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Sample addressing on hand-built buffers, no tools needed. */
class ReferenceImageTest {

    private static ReferenceImage image(int rows, int cols, int frames, int spp, int bits, int stored,
                                        int pixrep, int planar, String pi, int... bytes) {
        byte[] data = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            data[i] = (byte) bytes[i];
        }
        return new ReferenceImage(rows, cols, frames, spp, bits, stored, pixrep, planar, pi, data);
    }

    @Test
    void rgbByPixelAndByPlaneAddressTheSameSamples() {
        // 1 row, 2 pixels: (1,2,3) (4,5,6)
        ReferenceImage byPixel = image(1, 2, 1, 3, 8, 8, 0, 0, "RGB", 1, 2, 3, 4, 5, 6);
        ReferenceImage byPlane = image(1, 2, 1, 3, 8, 8, 0, 1, "RGB", 1, 4, 2, 5, 3, 6);
        for (int c = 0; c < 2; c++) {
            for (int s = 0; s < 3; s++) {
                assertEquals(c * 3 + s + 1, byPixel.sample(0, 0, c, s));
                assertEquals(c * 3 + s + 1, byPlane.sample(0, 0, c, s));
            }
        }
    }

    @Test
    void sixteenBitLittleEndianSignedAndMasked() {
        // cells 0xF123 and 0x0FFF; 12 bits stored
        ReferenceImage unsigned = image(1, 2, 1, 1, 16, 12, 0, 0, "MONOCHROME2", 0x23, 0xF1, 0xFF, 0x0F);
        assertEquals(0xF123, unsigned.sample(0, 0, 0, 0), "raw cell, overlay bits kept");
        assertEquals(0x123, unsigned.storedValue(0, 0, 0, 0));
        assertEquals(0xFFF, unsigned.storedValue(0, 0, 1, 0));

        ReferenceImage signed = image(1, 2, 1, 1, 16, 12, 1, 0, "MONOCHROME2", 0x23, 0xF1, 0xFF, 0x0F);
        assertEquals((short) 0xF123, signed.sample(0, 0, 0, 0));
        assertEquals(0x123, signed.storedValue(0, 0, 0, 0));
        assertEquals(-1, signed.storedValue(0, 0, 1, 0), "0xFFF in 12 bits is -1");
    }

    @Test
    void eightBitSigned() {
        ReferenceImage signed = image(1, 1, 1, 1, 8, 8, 1, 0, "MONOCHROME2", 0x80);
        assertEquals(-128, signed.sample(0, 0, 0, 0));
    }

    @Test
    void framesAreConsecutive() {
        ReferenceImage twoFrames = image(1, 2, 2, 1, 8, 8, 0, 0, "MONOCHROME2", 1, 2, 3, 4);
        assertEquals(3, twoFrames.sample(1, 0, 0, 0));
        assertArrayEquals(new byte[] {3, 4}, twoFrames.frameBytes(1));
        assertThrows(IndexOutOfBoundsException.class, () -> twoFrames.frameBytes(2));
    }

    @Test
    void nativeYbrFull422SharesChromaBetweenPixelPairs() {
        // Y0 Y1 Cb Cr for one pixel pair
        ReferenceImage ybr = image(1, 2, 1, 3, 8, 8, 0, 0, "YBR_FULL_422", 10, 20, 30, 40);
        assertEquals(4, ybr.frameLength());
        assertEquals(10, ybr.sample(0, 0, 0, 0));
        assertEquals(20, ybr.sample(0, 0, 1, 0));
        assertEquals(30, ybr.sample(0, 0, 1, 1));
        assertEquals(40, ybr.sample(0, 0, 0, 2));
    }
}
