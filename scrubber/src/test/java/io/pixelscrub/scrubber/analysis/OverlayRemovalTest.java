package io.pixelscrub.scrubber.analysis;

import io.pixelscrub.testdata.env.RequiredTools;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.scrubber.RealFiles;
import io.pixelscrub.scrubber.header.DeidentificationContext;
import io.pixelscrub.scrubber.header.HeaderDeidentifier;
import io.pixelscrub.scrubber.header.InMemoryUidMapper;
import io.pixelscrub.scrubber.header.KeyedPatientPseudonymizer;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import io.pixelscrub.scrubber.pipeline.FileScrubber;
import io.pixelscrub.scrubber.pipeline.FileStatus;
import io.pixelscrub.testdata.reference.ReferenceDecoder;
import io.pixelscrub.testdata.reference.ReferenceImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clean Graphics for overlays: planes in the pixel data's unused high bits are cleared and their groups removed;
 * planes with their own Overlay Data go with the header. Checked with dcmtk, not our own decoder.
 */
class OverlayRemovalTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void tools() {
        RequiredTools.referenceDecoders();
    }

    private static FileScrubber overlaysOnly() {
        DetectionSettings settings = new DetectionSettings(false, true, false, RedactionPolicy.PHI, 48);
        HeaderDeidentifier deid = new HeaderDeidentifier();
        return new FileScrubber(List.of(), new PixelAnalyzer(settings, null, null), RedactionPolicy.PHI, (list, cleaned) -> {
            try {
                deid.apply(list, new DeidentificationContext(cleaned, InMemoryUidMapper.withRandomKey(),
                        KeyedPatientPseudonymizer.withRandomKey("P-")));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void xaOverlayBitsAreClearedAndStoredBitsKept() throws Exception {
        assertHighBitsClearedAndImageKept("dicompixelanon/XA_GE_JPEG_02_with_Overlays.dcm", 8);
    }

    @Test
    void clunieOverlaysInBitsAndPlanesAreAllGone() throws Exception {
        Path out = assertHighBitsClearedAndImageKept("dcm4che/OT_Clunie_ovly_p01_overlays.dcm", 12);
        AttributeList header = read(out);
        for (int g = 0x6000; g <= 0x601E; g += 2) {
            for (Object key : header.keySet()) {
                assertFalse(((AttributeTag) key).getGroup() == g, "overlay group " + Integer.toHexString(g) + " left");
            }
        }
    }

    /** Over the whole real corpus: pixels change only where overlay bits were found, and files without overlays stay untouched. */
    @Test
    void onlyFilesWithOverlayBitsHaveTheirPixelsChanged() throws Exception {
        FileScrubber scrubber = overlaysOnly();
        int checked = 0;
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(RealFiles.root().resolve("testdata/real"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".dcm")).toList()) {
                FileOutcome o;
                try {
                    o = scrubber.scan(p);
                } catch (io.pixelscrub.scrubber.dicom.InvalidDicomException e) {
                    continue;   // unsupported or malformed: covered by the quarantine tests
                }
                checked++;
                boolean hasOverlayGroup;
                try (io.pixelscrub.scrubber.dicom.DicomInput in = io.pixelscrub.scrubber.dicom.DicomFileReader.open(p)) {
                    hasOverlayGroup = in.header().keySet().stream().anyMatch(k -> (((AttributeTag) k).getGroup() & 0xFFE1) == 0x6000);
                }
                if (o.status() == FileStatus.SCRUBBED) {
                    assertTrue(o.redacted().stream().anyMatch(f -> f.source() == FindingSource.OVERLAY), p.toString());
                }
                if (!hasOverlayGroup) {
                    assertEquals(FileStatus.CLEAN_UNTOUCHED, o.status(), p + " has no overlays but its pixels would change");
                    assertTrue(o.redacted().isEmpty(), p.toString());
                }
            }
        }
        assertTrue(checked > 40, "corpus read: " + checked);
    }

    private Path assertHighBitsClearedAndImageKept(String file, int bitsStored) throws Exception {
        Path in = RealFiles.path(file);
        Path out = tmp.resolve("out.dcm");
        FileOutcome o = overlaysOnly().scrub(in, out);
        assertEquals(FileStatus.SCRUBBED, o.status());
        assertTrue(o.redacted().stream().anyMatch(f -> f.source() == FindingSource.OVERLAY), "overlay finding reported");
        for (Finding f : o.redacted()) {
            assertTrue(f.appliesToAllFrames(), "overlays go from every frame");
        }

        ReferenceImage before = ReferenceDecoder.decode(in);
        ReferenceImage after = ReferenceDecoder.decode(out);
        assertEquals(before.rows(), after.rows());
        int outside = 0;
        for (int f = 0; f < before.frames(); f++) {
            for (int r = 0; r < before.rows(); r++) {
                for (int c = 0; c < before.columns(); c++) {
                    int was = before.sample(f, r, c, 0);
                    int now = after.sample(f, r, c, 0);
                    assertEquals(was & ((1 << bitsStored) - 1), now, "stored bits unchanged and nothing above them");
                    if (was >> bitsStored != 0) {
                        outside++;
                    }
                }
            }
        }
        assertTrue(outside > 100, "the input really had overlay bits (" + outside + " pixels)");
        AttributeList header = read(out);
        assertFalse(header.containsKey(new AttributeTag(0x6000, 0x0010)), "embedded overlay group removed");
        return out;
    }

    private static AttributeList read(Path p) throws Exception {
        AttributeList list = new AttributeList();
        list.read(p.toString());
        return list;
    }
}
