package io.pixelscrub.testdata.reference;

import io.pixelscrub.testdata.env.RequiredTools;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every supported syntax decodes to the geometry the manifest records, with a complete buffer. */
class ReferenceDecoderManifestTest {

    @BeforeAll
    static void tools() {
        RequiredTools.referenceDecoders();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "pydicom/CT_small_explicitLE.dcm",                      // explicit VR LE
            "pydicom/MR_small_implicitLE.dcm",                      // implicit VR LE
            "pydicom-data/OT_PAL_8_face.dcm",                       // no file meta, palette
            "dcm4che/US_GE_LOGIQ700_epicard_BigEndian_RGB.dcm",     // big endian, RGB planar 1
            "pydicom/OT_image_dfl_deflated.dcm",                    // deflate
            "pydicom/SC_ybr_full_422_uncompressed.dcm",             // native subsampled YBR_FULL_422
            "pydicom-data/US_Philips_CX50_OBXXXX1A_palette.dcm",    // palette 8 bit
            "pydicom-data/US_ALOKA_SSD4000_palette16.dcm",          // palette, implicit
            "pydicom-data/MR_Siemens_Avanto_WithOverlays.dcm",      // icon image sequence must not shadow
            "pydicom/MR_small_RLE.dcm",                             // RLE 16-bit grey signed
            "pydicom-data/MR_emri_small_RLE_10frames.dcm",          // RLE 16-bit grey, multi-frame
            "pydicom-data/US_Philips_CX50_OBXXXX1A_rle_2frame.dcm", // RLE 8-bit single sample
            "pydicom/SC_rgb_rle_2frame.dcm",                        // RLE RGB
            "dcm4che/US_Acuson_Sequoia_YBR_FULL_RLE.dcm",           // RLE YBR_FULL
            "pydicom/US_SonoSite_examples_ybr_color_30frames.dcm",  // JPEG baseline YBR_FULL_422
            "deid-data/SC_CT_ctbrain2_jpeg_baseline.dcm",           // JPEG baseline YBR_FULL_422
            "pydicom/NM_GE_JPGExtended.dcm",                        // JPEG extended 12 bit
            "pydicom/SC_rgb_jpeg_lossless_gdcm.dcm",                // JPEG lossless SV1 RGB
            "dicompixelanon/XA_GE_JPEG_02_with_Overlays.dcm",       // JPEG lossless SV1 16/8 bit
            "pydicom/MR_small_jpeg_ls_lossless.dcm",                // JPEG-LS lossless
            "dcm4che/US_PAL_8_10x_echo_JPEGLS.dcm",                 // JPEG-LS lossless palette
            "pydicom-data/SC_JLSN_RGB_ILV0_nearlossless.dcm",       // JPEG-LS near-lossless
            "pydicom/MR_small_jp2klossless.dcm",                    // JPEG 2000 lossless grey
            "pydicom-data/US_GE_LOGIQ700_US1_J2KR.dcm",             // JPEG 2000 lossless YBR_RCT
            "pydicom-data/US_GE_LOGIQ700_US1_J2KI.dcm",             // JPEG 2000 lossy YBR_ICT
            "pydicom/NM_GE_JPEG2000_lossy.dcm",                     // JPEG 2000 lossy grey
    })
    void decodedGeometryMatchesManifest(String file) throws Exception {
        RealTestData.Entry expected = RealTestData.entry(file);
        assertEquals(expected.transferSyntax(), ReferenceDecoder.transferSyntax(RealTestData.file(file)),
                "transfer syntax (decides the tool)");

        ReferenceImage image = ReferenceDecoder.decode(RealTestData.file(file));

        assertEquals(expected.rows(), image.rows(), "rows");
        assertEquals(expected.columns(), image.columns(), "columns");
        assertEquals(expected.frames(), image.frames(), "frames");
        assertEquals(decodedPhotometric(expected), image.photometricInterpretation(), "photometric");
        int samples = image.isSubsampled422() ? 2 : image.samplesPerPixel();
        assertEquals((long) image.rows() * image.columns() * image.frames() * samples * image.bytesPerSample(),
                image.pixelData().length, "pixel data length");
    }

    /**
     * What the decoders make of the stored colour space (with ColorHandling.AS_STORED):
     * dcmdjpeg upsamples JPEG YBR_FULL_422 chroma and relabels it YBR_FULL; GDCM applies the
     * inverse JPEG 2000 component transform, so YBR_RCT/YBR_ICT come back as RGB.
     * Everything else, native YBR_FULL_422 included, keeps its label.
     */
    private static String decodedPhotometric(RealTestData.Entry e) {
        boolean jpeg = e.transferSyntax() != null && e.transferSyntax().matches("1\\.2\\.840\\.10008\\.1\\.2\\.4\\.(50|51|57|70)");
        return switch (e.photometric()) {
            case "YBR_FULL_422" -> jpeg ? "YBR_FULL" : "YBR_FULL_422";
            case "YBR_RCT", "YBR_ICT" -> "RGB";
            default -> e.photometric();
        };
    }
}
