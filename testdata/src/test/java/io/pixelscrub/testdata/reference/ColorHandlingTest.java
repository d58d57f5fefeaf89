package io.pixelscrub.testdata.reference;

import io.pixelscrub.testdata.env.RequiredTools;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** dcmdjpeg colour options: what AS_STORED and TO_RGB return for JPEG baseline. */
class ColorHandlingTest {

    @BeforeAll
    static void tools() {
        RequiredTools.referenceDecoders();
    }

    /**
     * AS_STORED gives upsampled YCbCr labelled YBR_FULL; TO_RGB gives exactly the JFIF (full
     * range BT.601) conversion of those samples, rounded, labelled RGB.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "pydicom/SC_rgb_jpeg_baseline_YBR_FULL_422.dcm",
            "pydicom/SC_rgb_jpeg_baseline_YBR_FULL.dcm",
            "pydicom/US_SonoSite_examples_ybr_color_30frames.dcm",
    })
    void toRgbIsJfifConversionOfAsStored(String file) throws Exception {
        ReferenceImage ybr = ReferenceDecoder.decode(RealTestData.file(file), ColorHandling.AS_STORED);
        ReferenceImage rgb = ReferenceDecoder.decode(RealTestData.file(file), ColorHandling.TO_RGB);

        assertEquals("YBR_FULL", ybr.photometricInterpretation());
        assertEquals("RGB", rgb.photometricInterpretation());
        assertEquals(0, ybr.planarConfiguration());
        assertEquals(0, rgb.planarConfiguration());
        byte[] converted = new byte[ybr.pixelData().length];
        byte[] in = ybr.pixelData();
        for (int i = 0; i < in.length; i += 3) {
            double y = in[i] & 0xFF;
            double cb = (in[i + 1] & 0xFF) - 128.0;
            double cr = (in[i + 2] & 0xFF) - 128.0;
            converted[i] = clamp(y + 1.402 * cr);
            converted[i + 1] = clamp(y - 0.344136 * cb - 0.714136 * cr);
            converted[i + 2] = clamp(y + 1.772 * cb);
        }
        assertArrayEquals(converted, rgb.pixelData());
    }

    /** A JPEG stored as RGB (no colour transform) is left alone by both choices. */
    @ParameterizedTest
    @ValueSource(strings = {"pydicom/SC_rgb_jpeg_baseline_RGB_no_transform.dcm"})
    void rgbStoredJpegIsNotConverted(String file) throws Exception {
        ReferenceImage asStored = ReferenceDecoder.decode(RealTestData.file(file), ColorHandling.AS_STORED);
        ReferenceImage toRgb = ReferenceDecoder.decode(RealTestData.file(file), ColorHandling.TO_RGB);

        assertEquals("RGB", asStored.photometricInterpretation());
        assertArrayEquals(asStored.pixelData(), toRgb.pixelData());
        // colour bars: the top-left pixel is pure red in the uncompressed original
        assertEquals(255, asStored.sample(0, 0, 0, 0));
        assertEquals(0, asStored.sample(0, 0, 0, 1));
        assertEquals(0, asStored.sample(0, 0, 0, 2));
    }

    private static byte clamp(double v) {
        return (byte) Math.max(0, Math.min(255, Math.round(v)));
    }
}
