package io.pixelscrub.scrubber.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.scrubber.RealFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Fragment and frame splitting of encapsulated Pixel Data on real multi-frame files, and truncated files. */
class EncapsulatedPixelDataTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "pydicom/US_SonoSite_examples_ybr_color_30frames.dcm, 30",
            "dcm4che/US_PAL_8_10x_echo_JPEGLS.dcm, 10",
            "pydicom-data/MR_emri_small_jpeg_ls_10frames.dcm, 10",
            "pydicom-data/MR_emri_small_j2k_10frames.dcm, 10",
            "dcm4che/US_PAL_8_10x_echo_RLE.dcm, 10",
            "pydicom-data/MR_emri_small_RLE_10frames.dcm, 10",
            "pydicom-data/US_Philips_CX50_OBXXXX1A_rle_2frame.dcm, 2",
            "pydicom/SC_rgb_rle_2frame.dcm, 2",
    })
    void framesOfMultiFrameFiles(String file, int expectedFrames) throws Exception {
        try (DicomInput in = DicomFileReader.open(RealFiles.path(file))) {
            PixelModule m = in.module().orElseThrow();
            EncapsulatedPixelData enc = in.encapsulated().orElseThrow();
            String ts = in.transferSyntax();
            assertEquals(expectedFrames, m.frames(), "NumberOfFrames");
            assertEquals(expectedFrames, enc.frameCount(), "frames found in the fragments");

            // Every fragment belongs to exactly one frame, in file order.
            List<Fragment> joined = new ArrayList<>();
            for (int f = 0; f < enc.frameCount(); f++) {
                assertTrue(!enc.fragmentsOfFrame(f).isEmpty(), "frame " + f + " has no fragment");
                joined.addAll(enc.fragmentsOfFrame(f));
            }
            assertEquals(enc.fragments(), joined, "fragments split into frames in order, none lost or repeated");
            assertEquals(in.location().valueEnd(), enc.valueEnd());

            for (int f = 0; f < enc.frameCount(); f++) {
                byte[] frame = enc.readFrame(f);
                assertFrameLooksLike(ts, m, frame, "frame " + f);
            }
        }
    }

    /** The first bytes of each compressed frame must be the codec's own header. */
    private static void assertFrameLooksLike(String ts, PixelModule m, byte[] frame, String what) {
        assertTrue(frame.length > 64, what + " is only " + frame.length + " bytes");
        switch (ts) {
            case TransferSyntaxes.JPEG_BASELINE, TransferSyntaxes.JPEG_EXTENDED, TransferSyntaxes.JPEG_LOSSLESS,
                 TransferSyntaxes.JPEG_LOSSLESS_SV1, TransferSyntaxes.JPEG_LS_LOSSLESS,
                 TransferSyntaxes.JPEG_LS_NEAR_LOSSLESS -> {
                assertEquals(0xFFD8, u16be(frame, 0), what + " starts with SOI");
                // EOI, possibly followed by the pad byte that makes a fragment even-length.
                int end = frame[frame.length - 1] == 0 ? frame.length - 3 : frame.length - 2;
                assertEquals(0xFFD9, u16be(frame, end), what + " ends with EOI");
            }
            case TransferSyntaxes.JPEG_2000_LOSSLESS, TransferSyntaxes.JPEG_2000 ->
                    assertEquals(0xFF4F, u16be(frame, 0), what + " starts with a J2K SOC marker");
            case TransferSyntaxes.RLE -> {
                // RLE header (PS3.5 G.5): segment count, then 15 offsets; the first segment starts right after it.
                ByteBuffer b = ByteBuffer.wrap(frame).order(ByteOrder.LITTLE_ENDIAN);
                assertEquals(m.samplesPerPixel() * m.bytesPerSample(), b.getInt(0), what + " RLE segment count");
                assertEquals(64, b.getInt(4), what + " first RLE segment offset");
            }
            default -> throw new AssertionError("not an encapsulated syntax: " + ts);
        }
    }

    private static int u16be(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    /** A copy cut in the middle of its pixel data must be refused as truncated, not read as a short image. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "pydicom/US_SonoSite_examples_ybr_color_30frames.dcm",  // JPEG, 30 fragments
            "pydicom-data/MR_emri_small_RLE_10frames.dcm",         // RLE
            "wg04/SC1_J2KI.dcm",                                    // one large J2K frame
            "pydicom/CT_small_explicitLE.dcm",                     // native little endian
            "pydicom/MR_small_bigendian.dcm",                      // native big endian
            "pydicom/MR_small_implicitLE.dcm",                     // native implicit VR
    })
    void truncatedInPixelDataIsRefused(String file, @TempDir Path tmp) throws Exception {
        Path original = RealFiles.path(file);
        PixelDataLocation loc;
        try (DicomInput in = DicomFileReader.open(original)) {
            loc = in.location();
        }
        long cut = loc.valueOffset() + loc.valueLength() / 2;
        byte[] bytes = Files.readAllBytes(original);
        assertTrue(cut < bytes.length, "cut inside the file");
        Path truncated = tmp.resolve("truncated.dcm");
        Files.write(truncated, Arrays.copyOf(bytes, (int) cut));

        InvalidDicomException e = assertThrows(InvalidDicomException.class, () -> open(truncated));
        assertTrue(e.getMessage().startsWith("truncated"), "message: " + e.getMessage());
    }

    /** Deflate compresses the whole dataset, so cut the compressed file itself; the pixel data is most of it. */
    @org.junit.jupiter.api.Test
    void truncatedDeflatedFileIsRefused(@TempDir Path tmp) throws Exception {
        byte[] bytes = Files.readAllBytes(RealFiles.path("pydicom/OT_image_dfl_deflated.dcm"));
        Path truncated = tmp.resolve("truncated.dcm");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length * 3 / 4));

        InvalidDicomException e = assertThrows(InvalidDicomException.class, () -> open(truncated));
        assertTrue(e.getMessage().startsWith("truncated"), "message: " + e.getMessage());
    }

    private static void open(Path file) throws IOException, InvalidDicomException {
        try (DicomInput ignored = DicomFileReader.open(file)) {
            // opening must already fail
        }
    }
}
