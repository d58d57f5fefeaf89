package io.pixelscrub.testdata.reference;

import io.pixelscrub.testdata.env.RequiredTools;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * dcmtk and GDCM are independent implementations; where both decode a syntax they must agree
 * exactly. The two known disagreements have their own tests below instead of a tolerance.
 */
class DcmtkVersusGdcmTest {

    @BeforeAll
    static void tools() {
        RequiredTools.referenceDecoders();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // uncompressed
            "pydicom/CT_small_explicitLE.dcm",
            "pydicom/MR_small_bigendian.dcm",
            "dcm4che/US_GE_LOGIQ700_epicard_BigEndian_RGB.dcm",
            "pydicom/OT_image_dfl_deflated.dcm",
            "pydicom/SC_ybr_full_422_uncompressed.dcm",
            "pydicom-data/OT_PAL_8_face.dcm",
            // RLE
            "pydicom/MR_small_RLE.dcm",
            "pydicom-data/MR_emri_small_RLE_10frames.dcm",
            "pydicom/SC_rgb_rle_2frame.dcm",
            "wg04/US1_RLE.dcm",
            "pydicom-data/US_Philips_CX50_OBXXXX1A_rle_2frame.dcm",
            // JPEG-LS lossless
            "pydicom/MR_small_jpeg_ls_lossless.dcm",
            "pydicom-data/MR_emri_small_jpeg_ls_10frames.dcm",
            "dcm4che/US_PAL_8_10x_echo_JPEGLS.dcm",
            // JPEG lossless SV1
            "pydicom/SC_rgb_jpeg_lossless_gdcm.dcm",
            // Lossy, but both wrap IJG libjpeg / CharLS and turned out bit-identical: keep it so.
            "pydicom/US_SonoSite_examples_ybr_color_30frames.dcm",
            "pydicom/SC_rgb_jpeg_baseline_YBR_FULL_422.dcm",
            "pydicom/NM_GE_JPGExtended.dcm",
            "pydicom-data/SC_JLSN_RGB_ILV0_nearlossless.dcm",
    })
    void dcmtkAndGdcmAgreeByteForByte(String file) throws Exception {
        ReferenceImage dcmtk = ReferenceDecoder.decode(RealTestData.file(file));
        ReferenceImage gdcm = ReferenceDecoder.decodeWithGdcm(RealTestData.file(file));

        assertEquals(gdcm.toString(), dcmtk.toString(), "attributes");
        assertArrayEquals(gdcm.pixelData(), dcmtk.pixelData(), "pixel bytes");
    }

    /**
     * Disagreement 1: RLE YBR_FULL stored with PlanarConfiguration 1. dcmdrle keeps colour-by-plane
     * (as the attribute says), GDCM rewrites it to colour-by-pixel (0). Same samples, other layout.
     */
    @Test
    void rleYbrPlanarConfigurationDiffersButSamplesAgree() throws Exception {
        String file = "dcm4che/US_Acuson_Sequoia_YBR_FULL_RLE.dcm";
        ReferenceImage dcmtk = ReferenceDecoder.decode(RealTestData.file(file));
        ReferenceImage gdcm = ReferenceDecoder.decodeWithGdcm(RealTestData.file(file));

        assertEquals(1, dcmtk.planarConfiguration());
        assertEquals(0, gdcm.planarConfiguration());
        assertEquals("YBR_FULL", dcmtk.photometricInterpretation());
        assertEquals("YBR_FULL", gdcm.photometricInterpretation());
        assertEquals(0, countSampleDifferences(dcmtk, gdcm, false), "samples differing");
    }

    /**
     * Disagreement 2: JPEG lossless with BitsAllocated 16 / BitsStored 8 and overlay planes in the
     * high bits. dcmdjpeg returns the full 16-bit decoded value (overlay bit 13 kept: it carries
     * burned PHI text); GDCM clears everything above BitsStored. Stored 8-bit values agree.
     */
    @Test
    void jpegLosslessOverlayBitsKeptByDcmtkClearedByGdcm() throws Exception {
        String file = "dicompixelanon/XA_GE_JPEG_02_with_Overlays.dcm";
        ReferenceImage dcmtk = ReferenceDecoder.decode(RealTestData.file(file));
        ReferenceImage gdcm = ReferenceDecoder.decodeWithGdcm(RealTestData.file(file));

        assertEquals(gdcm.toString(), dcmtk.toString(), "attributes");
        assertEquals(0, countSampleDifferences(dcmtk, gdcm, true), "stored values differing");
        int differing = countSampleDifferences(dcmtk, gdcm, false);
        assertNotEquals(0, differing, "raw cells expected to differ in the overlay bits");
        for (int r = 0; r < dcmtk.rows(); r++) {
            for (int c = 0; c < dcmtk.columns(); c++) {
                assertEquals(0, gdcm.sample(0, r, c, 0) >> 8, "GDCM high bits at " + r + "," + c);
                int high = dcmtk.sample(0, r, c, 0) >> 8;
                assertTrue(high == 0 || high == 0x20, "dcmtk high bits other than overlay bit 13: " + high);
            }
        }
    }

    private static int countSampleDifferences(ReferenceImage a, ReferenceImage b, boolean storedOnly) {
        int count = 0;
        for (int f = 0; f < a.frames(); f++) {
            for (int r = 0; r < a.rows(); r++) {
                for (int c = 0; c < a.columns(); c++) {
                    for (int s = 0; s < a.samplesPerPixel(); s++) {
                        int va = storedOnly ? a.storedValue(f, r, c, s) : a.sample(f, r, c, s);
                        int vb = storedOnly ? b.storedValue(f, r, c, s) : b.sample(f, r, c, s);
                        if (va != vb) {
                            count++;
                        }
                    }
                }
            }
        }
        return count;
    }
}
