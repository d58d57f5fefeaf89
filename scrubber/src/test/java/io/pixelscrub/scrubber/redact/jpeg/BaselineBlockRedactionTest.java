package io.pixelscrub.scrubber.redact.jpeg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.pixelscrub.models.Box;
import io.pixelscrub.testdata.synthetic.jpeg.Sampling;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The block redactor's codec on libjpeg streams (ImageIO), checked by libjpeg again: re-coding is lossless to the bit,
 * flattened MCUs decode black, every other luma pixel decodes as before, and the output draws no libjpeg warning.
 */
class BaselineBlockRedactionTest {

    /** Parse and write with nothing changed: libjpeg's own bytes come back, restart markers and padding included. */
    @ParameterizedTest
    @EnumSource(Sampling.class)
    void rewritingAnUnchangedStreamGivesTheSameBytes(Sampling s) throws Exception {
        for (int ri : new int[] {0, 1, 5}) {
            for (boolean optimized : new boolean[] {true, false}) {
                byte[] jpeg = JpegSamples.encode(61, 45, s, 85, ri, optimized, 11);
                assertArrayEquals(jpeg, JpegWriter.write(JpegParser.parse(jpeg)), s + " ri " + ri + " optimized " + optimized);
            }
        }
    }

    /**
     * Random sizes, samplings, qualities 50-100, restart intervals and boxes, on image-optimized tables (the class of
     * stream the old redactor broke on): every output decodes cleanly, boxes black, the rest exact.
     */
    @Test
    void randomBoxesOnOptimizedTablesKeepEveryOtherBlock() throws Exception {
        SplittableRandom r = new SplittableRandom(20240610);
        int newTables = 0;
        for (int i = 0; i < 60; i++) {
            Sampling s = Sampling.values()[r.nextInt(4)];
            int w = 9 + r.nextInt(150);
            int h = 9 + r.nextInt(120);
            byte[] jpeg = JpegSamples.encode(w, h, s, 50 + r.nextInt(51), r.nextInt(4), true, i);
            List<Box> boxes = new ArrayList<>();
            for (int k = 1 + r.nextInt(3); k > 0; k--) {
                int x = r.nextInt(w);
                int y = r.nextInt(h);
                boxes.add(new Box(x, y, 1 + r.nextInt(w - x), 1 + r.nextInt(h - y)));
            }
            byte[] out = BaselineBlockRedaction.apply(jpeg, boxes, false);
            newTables += JpegSamples.dhtSegments(out) > JpegSamples.dhtSegments(jpeg) ? 1 : 0;
            assertFlattenedAndExact(jpeg, out, boxes, s, "case " + i + " " + s + " " + w + "x" + h);
        }
        assertTrue(newTables > 0, "no case needed a symbol its optimized table lacked: the test would prove little");
    }

    /**
     * A smooth picture: its optimized DC table holds only small difference categories, and a black block next to it
     * needs a large one. The writer must add a table for the scan (the case that crashed or silently broke before).
     */
    @Test
    void aDcCategoryTheTableLacksGetsANewTable() throws Exception {
        byte[] jpeg = smoothGrey(64, 48);
        ParsedJpeg parsed = JpegParser.parse(jpeg);
        ParsedJpeg.Scan scan = (ParsedJpeg.Scan) parsed.parts().stream().filter(p -> p instanceof ParsedJpeg.Scan)
                .findFirst().orElseThrow();
        int blackDc = BlockFlattener.dcFor(0, parsed.dcQuantizer()[0]);
        int needed = ScanCoder.category(blackDc - parsed.coefficients().component(0)[0]);
        assertTrue(!scan.dc()[0].canEncode(needed), "the optimized DC table should lack category " + needed);

        List<Box> boxes = List.of(new Box(20, 20, 5, 5));
        byte[] out = BaselineBlockRedaction.apply(jpeg, boxes, false);

        assertEquals(JpegSamples.dhtSegments(jpeg) + 1, JpegSamples.dhtSegments(out), "one DHT added before the scan");
        assertFlattenedAndExact(jpeg, out, boxes, Sampling.GREY, "smooth grey");
    }

    @Test
    void monochrome1IsFilledWhite() throws Exception {
        byte[] jpeg = JpegSamples.encode(40, 24, Sampling.GREY, 75, 0, true, 3);
        byte[] out = BaselineBlockRedaction.apply(jpeg, List.of(new Box(8, 8, 8, 8)), true);
        JpegSamples.Decoded d = JpegSamples.decode(out);
        for (int y = 8; y < 16; y++) {
            for (int x = 8; x < 16; x++) {
                assertEquals(255, d.at(x, y));
            }
        }
    }

    @Test
    void noBoxOnTheImageLeavesTheStreamAlone() throws Exception {
        byte[] jpeg = JpegSamples.encode(40, 24, Sampling.YCBCR_420, 75, 0, true, 3);
        assertSame(jpeg, BaselineBlockRedaction.apply(jpeg, List.of(new Box(50, 30, 4, 4)), false));
    }

    /** A black block's DC decodes to 0 (and a white one to 255) after libjpeg's rounding and clamping, for every q. */
    @Test
    void fillDcReachesTheClampForEveryQuantizer() {
        for (int q = 1; q <= 255; q++) {
            assertTrue(Math.round(BlockFlattener.dcFor(0, q) * q / 8.0) <= -128, "black, q " + q);
            assertTrue(Math.round(BlockFlattener.dcFor(255, q) * q / 8.0) >= 127, "white, q " + q);
            assertTrue(Math.abs(BlockFlattener.dcFor(0, q)) <= 1024 && BlockFlattener.dcFor(255, q) <= 1016);
        }
        assertEquals(0, BlockFlattener.dcFor(128, 7));
    }

    /** libjpeg decodes both streams; inside the MCUs touching a box luma is 0, elsewhere it is unchanged. */
    static void assertFlattenedAndExact(byte[] before, byte[] after, List<Box> boxes, Sampling s, String what) {
        JpegSamples.Decoded a = JpegSamples.decode(before);
        JpegSamples.Decoded b = JpegSamples.decode(after);
        assertEquals(List.of(), b.warnings(), what + ": libjpeg warnings on our output");
        int mw = s.mcuWidth();
        int mh = s.mcuHeight();
        for (int y = 0; y < a.height(); y++) {
            for (int x = 0; x < a.width(); x++) {
                boolean redacted = false;
                for (Box box : boxes) {
                    Box c = box.clip(a.width(), a.height());
                    redacted |= !c.isEmpty() && x / mw >= c.x() / mw && x / mw <= (c.right() - 1) / mw
                            && y / mh >= c.y() / mh && y / mh <= (c.bottom() - 1) / mh;
                }
                int expected = redacted ? 0 : a.at(x, y);
                if (b.at(x, y) != expected) {
                    fail(what + ": luma at (" + x + "," + y + ") " + b.at(x, y) + ", expected " + expected
                            + (redacted ? " (redacted MCU)" : " (unchanged)"));
                }
            }
        }
    }

    /** A gentle grey ramp with an optimized table: neighbouring DC values differ by a few steps only. */
    private static byte[] smoothGrey(int w, int h) throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.getRaster().setSample(x, y, 0, 180 + x / 16);
            }
        }
        javax.imageio.ImageWriter writer = javax.imageio.ImageIO.getImageWritersByFormatName("jpeg").next();
        javax.imageio.plugins.jpeg.JPEGImageWriteParam p = (javax.imageio.plugins.jpeg.JPEGImageWriteParam) writer.getDefaultWriteParam();
        p.setOptimizeHuffmanTables(true);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (javax.imageio.stream.ImageOutputStream ios = javax.imageio.ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(ios);
            writer.write(null, new javax.imageio.IIOImage(img, null, null), p);
        }
        writer.dispose();
        return bytes.toByteArray();
    }
}
