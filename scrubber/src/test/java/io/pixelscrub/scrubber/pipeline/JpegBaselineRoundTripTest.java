package io.pixelscrub.scrubber.pipeline;

import io.pixelscrub.testdata.env.RequiredTools;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.HeaderRegionDetector;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.RealFiles;
import io.pixelscrub.testdata.synthetic.jpeg.JpegBaselineCase;
import io.pixelscrub.testdata.synthetic.jpeg.JpegBaselineCases;
import io.pixelscrub.testdata.synthetic.jpeg.JpegBaselineWriter;
import io.pixelscrub.testdata.synthetic.jpeg.Sampling;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Block-level redaction of JPEG Baseline, end to end through {@link FileScrubber}, judged by dcmtk
 * ({@link JpegRedactionCheck}): generated images (sizes not multiples of 16; grey, 4:4:4, 4:2:2, 4:2:0; quality
 * 50-100; with and without restart intervals; optimized and standard Huffman tables) with boxes at the image edges
 * and across MCU boundaries, and the reported file that used to be quarantined.
 */
class JpegBaselineRoundTripTest {
    private static final String JPEG_BASELINE = "1.2.840.10008.1.2.4.50";

    @TempDir
    Path tmp;

    @BeforeAll
    static void tools() {
        RequiredTools.referenceDecoders();
        RequiredTools.onPath("JPEG Baseline test images", "dcmtk", JpegBaselineWriter.tools());
    }

    static Stream<JpegBaselineCase> cases() {
        return JpegBaselineCases.roundTripSet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void touchedMcusAreFlatAndEveryOtherPixelIsExact(JpegBaselineCase c) throws Exception {
        Path in = JpegBaselineWriter.write(c, tmp);
        String md5 = RedactionRoundTripTest.md5(Files.readAllBytes(in));
        List<Box> boxes = boxesFor(c.width(), c.height());
        Path out = tmp.resolve("out.dcm");

        FileOutcome outcome = scrubber(boxes).scrub(in, out);

        assertEquals(FileStatus.SCRUBBED, outcome.status());
        assertEquals(JPEG_BASELINE, outcome.transferSyntaxOut());
        assertEquals(md5, RedactionRoundTripTest.md5(Files.readAllBytes(in)), "input modified");
        boolean grey = c.sampling() == Sampling.GREY;
        int[] fill = grey ? new int[] {c.monochrome1() ? 255 : 0} : new int[] {0, 128, 128};
        JpegRedactionCheck.Result r = JpegRedactionCheck.verify(in, out, boxes, c.sampling().mcuWidth(),
                c.sampling().mcuHeight(), c.sampling().h > 1 || c.sampling().v > 1, fill, tmp);
        System.out.println("[jpeg round-trip] " + c + ": " + r.redacted() + " px redacted, " + r.compared()
                + " samples exact outside, " + r.changed() + " box px changed");
    }

    /**
     * The file reported in issue #10 (testdata/bugs): a 640x480 YBR_FULL_422 ultrasound at quality 90 whose optimized
     * luma DC table stops at category 8. Boxes over its burned-in header lines and at the right and bottom edges,
     * where the old redactor failed.
     */
    @Test
    void reportedUltrasoundIsScrubbedAndDecodes() throws Exception {
        Path in = RealFiles.root().resolve("testdata/bugs/US_YBR422_q90_block_redaction_crash.dcm");
        List<Box> boxes = List.of(new Box(0, 0, 520, 38), new Box(0, 460, 120, 20), new Box(600, 460, 40, 20),
                new Box(630, 40, 10, 400));
        Path out = tmp.resolve("out.dcm");

        FileOutcome outcome = scrubber(boxes).scrub(in, out);

        assertEquals(FileStatus.SCRUBBED, outcome.status());
        JpegRedactionCheck.Result r = JpegRedactionCheck.verify(in, out, boxes, 16, 8, true, new int[] {0, 128, 128}, tmp);
        System.out.println("[jpeg round-trip] reported US: " + r);
    }

    /** A stream coded as RGB (component ids 'R','G','B', no colour transform): black is 0 in every component. */
    @Test
    void rgbCodedStreamIsFilledBlackInEveryComponent() throws Exception {
        Path in = RealFiles.path("pydicom/SC_rgb_jpeg_baseline_RGB_no_transform.dcm");
        List<Box> boxes = List.of(new Box(3, 5, 20, 11), new Box(90, 90, 10, 10));
        Path out = tmp.resolve("out.dcm");

        scrubber(boxes).scrub(in, out);

        JpegRedactionCheck.verify(in, out, boxes, 8, 8, false, new int[] {0, 0, 0}, tmp);
    }

    /**
     * A frame whose own start of frame claims another size than Rows and Columns is refused by that check before the
     * block rewriter sizes its coefficient buffers from it (only the first frame's is checked when a file is opened),
     * and the same frame with its true size is rewritten.
     */
    @Test
    void frameClaimingAnotherSizeIsRefusedBeforeItIsParsed() throws Exception {
        JpegBaselineCase c = new JpegBaselineCase(64, 48, Sampling.GREY, 90, 0, JpegBaselineCase.Encoder.DCMCJPEG,
                true, false, 17);
        Path in = JpegBaselineWriter.write(c, tmp);
        try (io.pixelscrub.scrubber.dicom.DicomInput input = io.pixelscrub.scrubber.dicom.DicomFileReader.open(in)) {
            byte[] frame = input.encapsulated().orElseThrow().readFrame(0);
            io.pixelscrub.scrubber.codec.CompressedFrameRewriter rewriter =
                    io.pixelscrub.scrubber.codec.Codecs.rewriter(input).orElseThrow();
            List<Box> boxes = List.of(new Box(0, 0, 16, 16));
            assertEquals(false, java.util.Arrays.equals(frame, rewriter.rewrite(frame.clone(), boxes)), "rewritten");
            byte[] lying = frame.clone();
            int sof = sofOffset(lying);
            lying[sof + 5] = 0x10;   // height 4096
            lying[sof + 6] = 0x00;
            lying[sof + 7] = 0x10;   // width 4096
            lying[sof + 8] = 0x00;
            io.pixelscrub.scrubber.dicom.InvalidDicomException e = org.junit.jupiter.api.Assertions.assertThrows(
                    io.pixelscrub.scrubber.dicom.InvalidDicomException.class, () -> rewriter.rewrite(lying, boxes));
            org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("is 4096x4096, the header says 64x48"),
                    e.getMessage());
        }
    }

    private static int sofOffset(byte[] jpeg) {
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                return i;
            }
        }
        throw new AssertionError("no SOF0 marker");
    }

    /**
     * Edges (partial MCUs on the right and bottom), the first and last column, a box across an MCU corner, and on
     * big images a text line across many MCUs. Tiny images get only right-edge boxes, so some MCUs stay untouched.
     */
    static List<Box> boxesFor(int w, int h) {
        if (w < 48 || h < 32) {
            return List.of(new Box(w - 1, 0, 1, Math.max(1, h / 2)), new Box(w - 2, h - 2, 2, 2));
        }
        List<Box> boxes = new ArrayList<>(List.of(
                new Box(0, 0, w / 5, h / 6),
                new Box(w - w / 4, h - 3, w / 4, 3),
                new Box(w - 1, 0, 1, h / 2),
                new Box(15, 7, 3, 3)));
        if (w > 100 && h > 100) {
            boxes.add(new Box(w / 3 + 5, h / 2 - 9, w / 5, 21));
        }
        return boxes;
    }

    private static FileScrubber scrubber(List<Box> boxes) {
        HeaderRegionDetector d = (hdr, rows, cols) -> boxes.stream()
                .map(b -> new Finding(b, Set.of(), FindingSource.TEMPLATE, Verdict.PHI, 1.0, "test"))
                .toList();
        return new FileScrubber(List.of(d), (list, cleaned) -> { });
    }
}
