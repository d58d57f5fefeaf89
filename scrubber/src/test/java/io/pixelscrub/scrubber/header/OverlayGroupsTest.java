package io.pixelscrub.scrubber.header;

import io.pixelscrub.testdata.env.RequiredTools;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.TransferSyntax;
import io.pixelscrub.scrubber.RealFiles;
import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Overlay groups whose data the profile removes go whole, so the output describes no phantom embedded overlay. */
class OverlayGroupsTest {
    @TempDir
    Path tmp;

    @Test
    void overlayGroupWithoutItsDataIsRemovedAndGdcmReadsTheResult() throws Exception {
        AttributeList list = RealFiles.read("pydicom-data/MR_Siemens_Avanto_WithOverlays.dcm");
        assertTrue(list.containsKey(new AttributeTag(0x6000, 0x3000)), "fixture must have Overlay Data");
        new HeaderDeidentifier().apply(list, HeaderFixtures.context(false, new InMemoryUidMapper(HeaderFixtures.UID_KEY)));
        for (Object k : list.keySet()) {
            AttributeTag t = (AttributeTag) k;
            assertTrue(t.getGroup() < 0x6000 || t.getGroup() > 0x601E, "overlay element left: " + t);
        }
        FileMetaInformation.addFileMetaInformation(list, TransferSyntax.ExplicitVRLittleEndian, "PIXELSCRUB");
        File f = tmp.resolve("deid.dcm").toFile();
        list.write(f, TransferSyntax.ExplicitVRLittleEndian, true, true);
        RequiredTools.onPath("an independent decoder of the output", "libgdcm-tools", "gdcmconv");
        Process p = new ProcessBuilder("gdcmconv", "--raw", f.toString(), tmp.resolve("raw.dcm").toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "GDCM must read the de-identified file");
    }
}
