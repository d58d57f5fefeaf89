package io.pixelscrub.scrubber.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.testdata.synthetic.jpeg.JpegBaselineCase;
import io.pixelscrub.testdata.synthetic.jpeg.JpegBaselineWriter;
import io.pixelscrub.testdata.synthetic.jpeg.Sampling;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reasons a quarantined JPEG file is given: unsupported is not corrupt, and our own faults say so. */
class JpegBlockRedactorTest {

    @Test
    void validButUnsupportedStreamIsNotCalledCorrupt() throws Exception {
        byte[] jpeg = JpegBaselineWriter.imageIoJpeg(new JpegBaselineCase(16, 16, Sampling.GREY, 90, 0,
                JpegBaselineCase.Encoder.IMAGEIO, true, false, 1));
        jpeg[sof(jpeg) + 4] = 12;   // 12-bit samples: valid JPEG, but not what block redaction rewrites
        InvalidDicomException e = assertThrows(InvalidDicomException.class,
                () -> JpegBlockRedactor.redact(jpeg, List.of(new Box(0, 0, 4, 4)), false));
        assertEquals("JPEG stream not supported by block redaction (12-bit samples)", e.getMessage());
    }

    /** Any unexpected exception inside the redactor is reported as ours, never as a corrupt file. */
    @Test
    void anInternalFaultIsReportedAsOurs() throws Exception {
        byte[] jpeg = JpegBaselineWriter.imageIoJpeg(new JpegBaselineCase(16, 16, Sampling.GREY, 90, 0,
                JpegBaselineCase.Encoder.IMAGEIO, true, false, 1));
        InvalidDicomException e = assertThrows(InvalidDicomException.class,
                () -> JpegBlockRedactor.redact(jpeg, null, false));
        assertEquals("internal error in JPEG block redaction (NullPointerException); please report", e.getMessage());
    }

    private static int sof(byte[] jpeg) {
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                return i;
            }
        }
        throw new AssertionError("no SOF0");
    }
}
