package io.pixelscrub.scrubber.redact.jpeg;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.models.Box;
import io.pixelscrub.testdata.synthetic.jpeg.Sampling;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Broken streams are called corrupt with a reason naming the fault; valid streams we cannot rewrite, unsupported. */
class MalformedStreamTest {
    private static final List<Box> BOX = List.of(new Box(0, 0, 8, 8));

    @Test
    void truncatedScanDataIsCorrupt() {
        byte[] jpeg = JpegSamples.encode(64, 48, Sampling.YCBCR_420, 90, 0, true, 5);
        int sos = JpegSamples.find(jpeg, Markers.SOS);
        byte[] cut = Arrays.copyOf(jpeg, sos + (jpeg.length - sos) / 2 + 2);
        cut[cut.length - 2] = (byte) 0xFF;
        cut[cut.length - 1] = (byte) Markers.EOI;
        assertCorrupt(cut, "premature end of data segment");
    }

    @Test
    void streamWithoutSoiIsCorrupt() {
        byte[] jpeg = JpegSamples.encode(16, 16, Sampling.GREY, 90, 0, true, 5);
        assertCorrupt(Arrays.copyOfRange(jpeg, 2, jpeg.length), "no SOI marker");
    }

    @Test
    void restartMarkerOutOfSequenceIsCorrupt() {
        byte[] jpeg = JpegSamples.encode(64, 48, Sampling.GREY, 90, 2, true, 5);
        int rst = JpegSamples.find(jpeg, Markers.RST0);
        jpeg[rst + 1] = (byte) (Markers.RST0 + 3);
        assertCorrupt(jpeg, "restart marker");
    }

    @Test
    void undefinedHuffmanTableIsCorrupt() {
        byte[] jpeg = JpegSamples.encode(32, 16, Sampling.GREY, 90, 0, true, 5);
        int sos = JpegSamples.find(jpeg, Markers.SOS);
        jpeg[sos + 6] = 0x33;   // the only component asks for DC table 3 and AC table 3
        assertCorrupt(jpeg, "undefined Huffman table");
    }

    @Test
    void progressiveIsUnsupported() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(32, 32, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        javax.imageio.ImageWriter w = javax.imageio.ImageIO.getImageWritersByFormatName("jpeg").next();
        javax.imageio.ImageWriteParam p = w.getDefaultWriteParam();
        p.setProgressiveMode(javax.imageio.ImageWriteParam.MODE_DEFAULT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (javax.imageio.stream.ImageOutputStream ios = javax.imageio.ImageIO.createImageOutputStream(bytes)) {
            w.setOutput(ios);
            w.write(null, new javax.imageio.IIOImage(img, null, null), p);
        }
        w.dispose();
        assertUnsupported(bytes.toByteArray(), "progressive");
    }

    @Test
    void heightInADnlMarkerIsUnsupported() {
        byte[] jpeg = JpegSamples.encode(16, 16, Sampling.GREY, 90, 0, true, 5);
        int sof = JpegSamples.find(jpeg, Markers.SOF0);
        jpeg[sof + 5] = 0;
        jpeg[sof + 6] = 0;
        assertUnsupported(jpeg, "DNL");
    }

    @Test
    void twelveBitSamplesAreUnsupported() {
        byte[] jpeg = JpegSamples.encode(16, 16, Sampling.GREY, 90, 0, true, 5);
        jpeg[JpegSamples.find(jpeg, Markers.SOF0) + 4] = 12;
        assertUnsupported(jpeg, "12-bit");
    }

    private static void assertCorrupt(byte[] jpeg, String reason) {
        CorruptJpegException e = assertThrows(CorruptJpegException.class, () -> BaselineBlockRedaction.apply(jpeg, BOX, false));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    private static void assertUnsupported(byte[] jpeg, String reason) {
        UnsupportedJpegException e = assertThrows(UnsupportedJpegException.class,
                () -> BaselineBlockRedaction.apply(jpeg, BOX, false));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
