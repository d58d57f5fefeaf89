package io.pixelscrub.testdata.reference;

import io.pixelscrub.testdata.env.RequiredTools;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Decoded bytes against Pixel Data read straight from uncompressed files, with no DICOM tool. */
class KnownPixelValuesTest {

    @BeforeAll
    static void tools() {
        RequiredTools.referenceDecoders();
    }

    @Test
    void explicitLittleEndianMatchesFileBytes() throws Exception {
        var file = RealTestData.file("pydicom/CT_small_explicitLE.dcm");
        byte[] raw = RawPixelData.read(file, true);

        ReferenceImage image = ReferenceDecoder.decode(file);

        assertArrayEquals(raw, image.pixelData());
        assertEquals((short) ((raw[0] & 0xFF) | (raw[1] & 0xFF) << 8), image.sample(0, 0, 0, 0));
        assertEquals(1, image.pixelRepresentation(), "CT_small is signed");
    }

    /**
     * MR_small_RLE and MR_small_implicitLE are the same instance (dcmdump: equal SOPInstanceUID
     * 1.3.6.1.4.1.5962.1.1.4.1.1.20040826185059.5457 and identical image attributes; the RLE one
     * even says ImageComments "Uncompressed" as it was made from it), so the RLE decode must
     * reproduce the implicit file's bytes.
     */
    @Test
    void rleMatchesUncompressedSibling() throws Exception {
        byte[] raw = RawPixelData.read(RealTestData.file("pydicom/MR_small_implicitLE.dcm"), false);

        assertArrayEquals(raw, ReferenceDecoder.decode(RealTestData.file("pydicom/MR_small_RLE.dcm")).pixelData());
    }

    @Test
    void bigEndianIsReturnedLittleEndian() throws Exception {
        byte[] raw = RawPixelData.read(RealTestData.file("pydicom/MR_small_implicitLE.dcm"), false);

        assertArrayEquals(raw, ReferenceDecoder.decode(RealTestData.file("pydicom/MR_small_bigendian.dcm")).pixelData());
    }

    /** WG04 US1: JPEG 2000 lossless (YBR_RCT) and RLE must both give back the uncompressed RGB. */
    @Test
    void losslessUs1VariantsMatchUncompressed() throws Exception {
        byte[] raw = RawPixelData.read(RealTestData.file("pydicom-data/US_GE_LOGIQ700_US1_UNCR.dcm"), true);

        ReferenceImage j2k = ReferenceDecoder.decode(RealTestData.file("pydicom-data/US_GE_LOGIQ700_US1_J2KR.dcm"));
        ReferenceImage rle = ReferenceDecoder.decode(RealTestData.file("wg04/US1_RLE.dcm"));

        assertEquals("RGB", j2k.photometricInterpretation(), "GDCM undoes the RCT");
        assertArrayEquals(raw, j2k.pixelData(), "J2KR");
        assertArrayEquals(raw, rle.pixelData(), "RLE");
    }
}
