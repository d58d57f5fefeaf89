package io.pixelscrub.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How the bench slices files: by size, pixels and frames, and by transfer-syntax family. */
class BenchTallyTest {

    private static BenchTally.BenchImage image(int columns, int rows, int frames, int bits, String photometric, String ts) {
        return new BenchTally.BenchImage("US", columns, rows, frames, bits, photometric, ts);
    }

    @Test
    void familiesNameTheTargetShapes() {
        assertEquals("640x480 8-bit grey single frame",
                image(640, 480, 1, 8, "MONOCHROME2", "1.2.840.10008.1.2.1").family());
        assertEquals("640x480 colour cine >=30 frames",
                image(640, 480, 60, 8, "YBR_FULL_422", "1.2.840.10008.1.2.4.50").family());
        assertEquals("512x512 16-bit grey single frame",
                image(512, 512, 1, 16, "MONOCHROME2", "1.2.840.10008.1.2").family());
        assertEquals(">3 MP 16-bit grey single frame",
                image(2500, 2048, 1, 16, "MONOCHROME1", "1.2.840.10008.1.2.4.90").family());
        assertEquals("<0.4 MP palette cine <30 frames",
                image(320, 240, 12, 8, "PALETTE COLOR", "1.2.840.10008.1.2.5").family());
    }

    @Test
    void syntaxFamiliesGroupSiblings() {
        assertEquals("native", image(1, 1, 1, 8, "MONOCHROME2", "1.2.840.10008.1.2.2").syntaxFamily());
        assertEquals("deflate", image(1, 1, 1, 8, "MONOCHROME2", "1.2.840.10008.1.2.1.99").syntaxFamily());
        assertEquals("JPEG-LS", image(1, 1, 1, 8, "MONOCHROME2", "1.2.840.10008.1.2.4.81").syntaxFamily());
        assertEquals("JPEG 2000", image(1, 1, 1, 8, "MONOCHROME2", "1.2.840.10008.1.2.4.90").syntaxFamily());
        assertEquals("JPEG Lossless", image(1, 1, 1, 8, "MONOCHROME2", "1.2.840.10008.1.2.4.57").syntaxFamily());
        assertEquals("JPEG Baseline", image(1, 1, 1, 8, "MONOCHROME2", "1.2.840.10008.1.2.4.50").syntaxFamily());
    }
}
