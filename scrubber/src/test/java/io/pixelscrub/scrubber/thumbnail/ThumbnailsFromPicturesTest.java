package io.pixelscrub.scrubber.thumbnail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.RealFiles;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import io.pixelscrub.scrubber.pipeline.FileScrubber;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The review thumbnails made from the pictures the scrubber took while redacting are the same, byte for byte, as
 * those made the old way, by decoding the input and the written output again (lossless outputs).
 */
class ThumbnailsFromPicturesTest {

    @ParameterizedTest
    @ValueSource(strings = {"pydicom/CT_small_explicitLE.dcm", "pydicom/SC_rgb_rle_2frame.dcm", "dcm4che/US_PAL_8_10x_echo_RLE.dcm",
            "pydicom/MR_small_jpeg_ls_lossless.dcm"})
    void thumbnailsFromPicturesEqualThoseDecodedAgain(String file, @org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path input = RealFiles.path(file);
        Path output = tmp.resolve("out.dcm");
        int side = 48;
        FileOutcome o = new FileScrubber(List.of((h, rows, cols) -> List.of(new Finding(new Box(2, 3, 20, 12), Set.of(1),
                FindingSource.TEMPLATE, Verdict.PHI, 1.0, "test"), new Finding(new Box(5, 5, 9, 9), Set.of(),
                FindingSource.TEMPLATE, Verdict.PHI, 1.0, "test"))), (list, cleaned) -> { })
                .withReviewPictures(side).scrub(input, output, null, List.of());
        assertFalse(o.pictures().isEmpty());
        Path fromPictures = Files.createDirectories(tmp.resolve("pictures"));
        Path decoded = Files.createDirectories(tmp.resolve("decoded"));
        FileDetails a = new ThumbnailMaker(fromPictures, side, true).details(o);
        FileDetails b = new ThumbnailMaker(decoded, side, true).details(o.withoutHeader());
        assertNull(a.note());
        assertEquals(b.thumbnails(), a.thumbnails());
        for (Thumbnail t : a.thumbnails()) {
            assertArrayEquals(Files.readAllBytes(decoded.resolve(t.after())), Files.readAllBytes(fromPictures.resolve(t.after())),
                    t.after());
        }
    }
}
