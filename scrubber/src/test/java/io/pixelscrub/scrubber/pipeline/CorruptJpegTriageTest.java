package io.pixelscrub.scrubber.pipeline;

import io.pixelscrub.testdata.env.RequiredTools;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.HeaderRegionDetector;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.RealFiles;
import io.pixelscrub.scrubber.codec.ExternalTool;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.redact.jpeg.CorruptJpegException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our parser's "corrupt" stands only when dcmtk complains too; otherwise the reason blames pixelscrub. */
class CorruptJpegTriageTest {
    private static final CorruptJpegException PARSER_SAYS = new CorruptJpegException("bad Huffman code");

    @TempDir
    Path tmp;

    @Test
    void dcmtkWarningConfirmsCorruption() {
        InvalidDicomException e = CorruptJpegTriage.reason("", PARSER_SAYS, new ExternalTool.Outcome(0,
                List.of("W: DcmItem: odd length", "W: Corrupt JPEG data: bad Huffman code")));
        assertEquals("corrupt JPEG stream (bad Huffman code; dcmtk: Corrupt JPEG data: bad Huffman code)", e.getMessage());
    }

    @Test
    void dcmtkFailureConfirmsCorruption() {
        InvalidDicomException e = CorruptJpegTriage.reason(" in frame 3", PARSER_SAYS, new ExternalTool.Outcome(1, List.of()));
        assertEquals("corrupt JPEG stream in frame 3 (bad Huffman code; dcmtk: exit 1)", e.getMessage());
    }

    @Test
    void cleanDcmtkDecodeMakesItOurFault() {
        InvalidDicomException e = CorruptJpegTriage.reason("", PARSER_SAYS, new ExternalTool.Outcome(0, List.of()));
        assertEquals("internal error in JPEG block redaction (our decoder stopped: bad Huffman code, but dcmtk decodes "
                + "the stream cleanly); please report", e.getMessage());
    }

    @Test
    void withoutDcmtkTheClaimIsMarkedUnchecked() {
        InvalidDicomException e = CorruptJpegTriage.reason("", PARSER_SAYS, null);
        assertEquals("corrupt JPEG stream (bad Huffman code; not cross-checked, dcmdjpeg is not installed)", e.getMessage());
    }

    /** The reported ultrasound with its scan data cut short: quarantined as corrupt, confirmed by dcmtk. */
    @Test
    void truncatedScanIsQuarantinedAsCorrupt() throws Exception {
        RequiredTools.referenceDecoders();
        byte[] file = Files.readAllBytes(RealFiles.root().resolve("testdata/bugs/US_YBR422_q90_block_redaction_crash.dcm"));
        int soi = indexOf(file, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        // Same item length: an EOI half-way through the scan, zeros after it.
        int cut = soi + 40000;
        file[cut] = (byte) 0xFF;
        file[cut + 1] = (byte) 0xD9;
        java.util.Arrays.fill(file, cut + 2, indexOf(file, new byte[] {(byte) 0xFE, (byte) 0xFF, (byte) 0xDD, (byte) 0xE0}), (byte) 0);
        Path in = tmp.resolve("truncated.dcm");
        Files.write(in, file);
        HeaderRegionDetector d = (h, r, c) ->
                List.of(new Finding(new Box(0, 0, 100, 20), Set.of(), FindingSource.TEMPLATE, Verdict.PHI, 1.0, "test"));

        InvalidDicomException e = assertThrows(InvalidDicomException.class,
                () -> new FileScrubber(List.of(d), (list, cleaned) -> { }).scrub(in, tmp.resolve("out.dcm")));

        assertTrue(e.getMessage().startsWith("corrupt JPEG stream (entropy-coded data ends before the last block"), e.getMessage());
        assertTrue(e.getMessage().contains("dcmtk: Corrupt JPEG data: premature end of data segment"), e.getMessage());
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (hay[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
