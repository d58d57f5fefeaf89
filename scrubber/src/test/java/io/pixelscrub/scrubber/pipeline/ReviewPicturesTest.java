package io.pixelscrub.scrubber.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.detector.image.BoxShrink;
import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.detector.image.DisplayMapper;
import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.RealFiles;
import io.pixelscrub.scrubber.analysis.DisplayHintsReader;
import io.pixelscrub.scrubber.analysis.RawFrameBuilder;
import io.pixelscrub.scrubber.codec.Codecs;
import io.pixelscrub.scrubber.codec.FrameSource;
import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The review pictures the scrubber takes while it redacts (so the report's thumbnails need no second decode): the
 * "before" picture is the input frame as the detector renders it, the "after" picture is exactly what the written
 * output decodes to, and they differ only where the redacted region lies. Both shrunk alike.
 */
class ReviewPicturesTest {
    private static final DisplayMapper MAPPER = new DisplayMapper();
    private static final int SIDE = 96;   // smaller than every file here, so the pictures really are shrunk

    @TempDir
    Path tmp;

    private static FileScrubber scrubber(Box box, Set<Integer> frames) {
        return new FileScrubber(List.of((h, rows, cols) -> List.of(new Finding(box, frames, FindingSource.TEMPLATE, Verdict.PHI,
                1.0, "test"))), (list, cleaned) -> { }).withReviewPictures(SIDE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pydicom/CT_small_explicitLE.dcm", "pydicom/MR_small_RLE.dcm", "pydicom/MR_small_jpeg_ls_lossless.dcm",
            "pydicom/SC_rgb_rle_2frame.dcm", "dcm4che/US_PAL_8_10x_echo_RLE.dcm", "pydicom/SC_ybr_full_422_uncompressed.dcm"})
    void picturesAreTheInputAndTheWrittenOutputAsRendered(String file) throws Exception {
        Path input = RealFiles.path(file);
        Path output = tmp.resolve("out.dcm");
        Box box = new Box(4, 6, 40, 30);
        FileOutcome o = scrubber(box, Set.of()).scrub(input, output, null, List.of());
        assertEquals(FileStatus.SCRUBBED, o.status());
        assertEquals(List.of(0), o.pictures().stream().map(ReviewPicture::frame).toList(), "a finding on every frame shows frame 0");
        ReviewPicture p = o.pictures().get(0);
        DisplayImage before = rendered(input, 0);
        DisplayImage after = rendered(output, 0);
        assertEquals(BoxShrink.scale(before.width(), before.height(), SIDE), p.scale());
        assertArrayEquals(BoxShrink.toMaxSide(before, SIDE).pixels(), p.before().pixels(), "before: the input as rendered");
        assertArrayEquals(BoxShrink.toMaxSide(after, SIDE).pixels(), p.after().pixels(), "after: the output as decoded");
        assertChangedOver(box, p);
        assertTrue(o.withoutHeader().pictures().isEmpty(), "the batch drops the pictures once its listener has them");
    }

    @Test
    void onlyTheFramesWithFindingsArePictured() throws Exception {
        Path input = RealFiles.path("dcm4che/US_PAL_8_10x_echo_RLE.dcm");
        FileOutcome o = scrubber(new Box(0, 0, 40, 20), Set.of(2, 7)).scrub(input, tmp.resolve("out.dcm"), null, List.of());
        assertEquals(List.of(2, 7), o.pictures().stream().map(ReviewPicture::frame).sorted().toList());
        for (ReviewPicture p : o.pictures()) {
            assertArrayEquals(BoxShrink.toMaxSide(rendered(input, p.frame()), SIDE).pixels(), p.before().pixels());
        }
    }

    @Test
    void noPicturesUnlessAskedFor() throws Exception {
        Path input = RealFiles.path("pydicom/CT_small_explicitLE.dcm");
        FileOutcome o = new FileScrubber(List.of((h, rows, cols) -> List.of(new Finding(new Box(0, 0, 10, 10), Set.of(),
                FindingSource.TEMPLATE, Verdict.PHI, 1.0, "test"))), (list, cleaned) -> { })
                .scrub(input, tmp.resolve("out.dcm"), null, List.of());
        assertEquals(FileStatus.SCRUBBED, o.status());
        assertTrue(o.pictures().isEmpty());
    }

    /**
     * The picture pixels well inside the region changed (or were black already). Outside it the pictures may differ
     * where a frame's display window follows its own values (a filled region moves it); that the stored values outside
     * are unchanged is {@code RedactionRoundTripTest}'s to check, against dcmtk.
     */
    private static void assertChangedOver(Box box, ReviewPicture p) {
        DisplayImage b = p.before();
        DisplayImage a = p.after();
        int c = b.channels();
        int x0 = (int) Math.ceil(box.x() * p.scale()) + 1;
        int x1 = (int) Math.floor(box.right() * p.scale()) - 1;
        int y0 = (int) Math.ceil(box.y() * p.scale()) + 1;
        int y1 = (int) Math.floor(box.bottom() * p.scale()) - 1;
        assertTrue(x1 > x0 && y1 > y0, "the region spans whole picture pixels");
        boolean changed = false;
        for (int y = y0; y < y1; y++) {
            for (int i = (y * b.width() + x0) * c; i < (y * b.width() + x1) * c; i++) {
                changed |= b.pixels()[i] != a.pixels()[i];
            }
        }
        assertTrue(changed || isBlackAlready(b, box, p.scale()), "the region changed");
    }

    private static boolean isBlackAlready(DisplayImage b, Box box, double scale) {
        int x = (int) Math.floor((box.x() + box.width() / 2.0) * scale);
        int y = (int) Math.floor((box.y() + box.height() / 2.0) * scale);
        return b.pixels()[(y * b.width() + x) * b.channels()] == 0;
    }

    private static DisplayImage rendered(Path file, int frame) throws Exception {
        try (DicomInput in = DicomFileReader.open(file); FrameSource source = Codecs.decoder(in)) {
            RawFrameBuilder builder = new RawFrameBuilder(source.module(), DisplayHintsReader.read(in.header()));
            return MAPPER.render(builder.build(source.frame(frame))).get(0);
        }
    }

    @Test
    void thePicturedFrameIsNotChangedByTakingIt() throws Exception {
        // Taking pictures must not alter what is written: the same output bytes with and without them.
        Path input = RealFiles.path("pydicom/MR_small_RLE.dcm");
        Box box = new Box(4, 6, 30, 14);
        Path with = tmp.resolve("with.dcm");
        Path without = tmp.resolve("without.dcm");
        scrubber(box, Set.of()).scrub(input, with, null, List.of());
        new FileScrubber(List.of((h, rows, cols) -> List.of(new Finding(box, Set.of(), FindingSource.TEMPLATE, Verdict.PHI, 1.0,
                "test"))), (list, cleaned) -> { }).scrub(input, without, null, List.of());
        assertArrayEquals(rendered(without, 0).pixels(), rendered(with, 0).pixels());
    }
}
