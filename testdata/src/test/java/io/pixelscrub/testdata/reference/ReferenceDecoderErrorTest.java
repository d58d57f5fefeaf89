package io.pixelscrub.testdata.reference;

import io.pixelscrub.testdata.env.RequiredTools;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Failures surface as IOExceptions that say which tool failed and why. */
class ReferenceDecoderErrorTest {

    @BeforeAll
    static void tools() {
        RequiredTools.referenceDecoders();
    }

    /** HTJ2K (1.2.840.10008.1.2.4.203) is newer than GDCM 3.0.21. */
    @Test
    void unsupportedSyntaxNamesToolExitCodeAndStderr() {
        IOException e = assertThrows(IOException.class,
                () -> ReferenceDecoder.decode(RealTestData.file("pydicom-data/SC_HTJ2K_08_RGB.dcm")));

        String m = e.getMessage();
        assertTrue(m.startsWith("gdcmconv failed with exit code 1"), m);
        assertTrue(m.contains("Could not read (pixmap)"), m);
    }

    @Test
    void fileWithoutPixelDataIsAnError() {
        IOException e = assertThrows(IOException.class,
                () -> ReferenceDecoder.decode(RealTestData.file("presidio/CR_DAVIDSON_0_ORIGINAL_no_pixels.dcm")));

        assertTrue(e.getMessage().contains("no top-level Pixel Data"), e.getMessage());
    }

    /** dcmtk refuses the stray item tag already when reading the header. */
    @Test
    void malformedFileIsAnError() {
        IOException e = assertThrows(IOException.class,
                () -> ReferenceDecoder.decode(RealTestData.file("fo-dicom/US_Philips_iU22_GH364_JPEGLS_malformed.dcm")));

        assertTrue(e.getMessage().startsWith("dcmdump failed with exit code"), e.getMessage());
    }
}
