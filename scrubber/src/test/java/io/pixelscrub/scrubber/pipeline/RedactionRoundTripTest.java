package io.pixelscrub.scrubber.pipeline;

import io.pixelscrub.testdata.env.RequiredTools;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.pixelmed.dicom.DicomException;
import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.HeaderRegionDetector;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.RealFiles;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.header.DeidentificationContext;
import io.pixelscrub.scrubber.header.HeaderDeidentifier;
import io.pixelscrub.scrubber.header.InMemoryUidMapper;
import io.pixelscrub.scrubber.header.KeyedPatientPseudonymizer;
import io.pixelscrub.testdata.reference.ColorHandling;
import io.pixelscrub.testdata.reference.ReferenceDecoder;
import io.pixelscrub.testdata.reference.ReferenceImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End-to-end redaction checked with an independent decoder (dcmtk / GDCM command-line tools, no Java DICOM code):
 * scrub a real file with a fixed box, decode input and output with the reference decoder, and require the box to be
 * black in the image's own terms and everything else to be unchanged.
 */
class RedactionRoundTripTest {

    private static final String EXPLICIT_LE = "1.2.840.10008.1.2.1";
    private static final String IMPLICIT_LE = "1.2.840.10008.1.2";
    private static final String BIG_ENDIAN = "1.2.840.10008.1.2.2";
    private static final String DEFLATE = "1.2.840.10008.1.2.1.99";
    private static final String RLE = "1.2.840.10008.1.2.5";
    private static final String JPEG_BASELINE = "1.2.840.10008.1.2.4.50";
    private static final String JPEG_SV1 = "1.2.840.10008.1.2.4.70";
    private static final String JPEG_LS = "1.2.840.10008.1.2.4.80";
    private static final String J2K_LOSSLESS = "1.2.840.10008.1.2.4.90";

    private static final Box DEFAULT_BOX = new Box(10, 12, 40, 20);

    @TempDir
    Path tmp;

    @BeforeAll
    static void tools() {
        RequiredTools.referenceDecoders();
    }

    /**
     * One file per syntax / photometric.
     *
     * @param tolerance largest |output - input| allowed outside the box (0 = exact); only lossy inputs have one
     */
    record Case(String file, Box box, String tsOut, String piOut, int tolerance) {
        Case(String file, Box box, String tsOut, String piOut) {
            this(file, box, tsOut, piOut, 0);
        }

        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                new Case("pydicom/CT_small_explicitLE.dcm", DEFAULT_BOX, EXPLICIT_LE, "MONOCHROME2"),
                new Case("pydicom/MR_small_implicitLE.dcm", new Box(10, 12, 30, 20), IMPLICIT_LE, "MONOCHROME2"),
                new Case("dcm4che/US_GE_LOGIQ700_epicard_BigEndian_RGB.dcm", DEFAULT_BOX, BIG_ENDIAN, "RGB"),
                new Case("pydicom/OT_image_dfl_deflated.dcm", DEFAULT_BOX, DEFLATE, "MONOCHROME2"),
                new Case("pydicom/MR_small_RLE.dcm", new Box(10, 12, 30, 20), RLE, "MONOCHROME2"),
                new Case("pydicom/SC_rgb_rle_2frame.dcm", DEFAULT_BOX, RLE, "RGB"),
                new Case("dcm4che/US_Acuson_Sequoia_YBR_FULL_RLE.dcm", DEFAULT_BOX, RLE, "YBR_FULL"),
                new Case("pydicom-data/US_Philips_CX50_OBXXXX1A_rle_2frame.dcm", DEFAULT_BOX, RLE, "PALETTE COLOR"),
                // The big CR chest (1760x2140), used once only; the box covers part of the burned-in name.
                new Case("presidio/CR_chest_DAVIDSON_0_ORIGINAL_compressed_RLE.dcm", new Box(40, 40, 300, 60), RLE,
                        "MONOCHROME1"),
                new Case("pydicom/SC_rgb_jpeg_lossless_gdcm.dcm", DEFAULT_BOX, JPEG_SV1, "RGB"),
                // 16 allocated / 8 stored with overlay planes in the high bits: measured, dcmcjpeg keeps all 16 bits,
                // so even the raw cells (overlay bits included) compare exactly outside the box;
                // no masking to BitsStored is needed anywhere.
                new Case("dicompixelanon/XA_GE_JPEG_02_with_Overlays.dcm", new Box(236, 246, 40, 20), JPEG_SV1, "MONOCHROME2"),
                new Case("pydicom-data/MR_emri_small_jpeg_ls_10frames.dcm", new Box(10, 12, 30, 20), JPEG_LS,
                        "MONOCHROME2"),
                // Near-lossless .81 goes to lossless .80; both decoded by dcmdjpls (the scrubber decodes it with
                // dcmdjpls too), so outside the box is exact.
                new Case("pydicom-data/SC_JLSN_RGB_ILV0_nearlossless.dcm", DEFAULT_BOX, JPEG_LS, "RGB"),
                new Case("pydicom/MR_small_jp2klossless.dcm", new Box(10, 12, 30, 20), J2K_LOSSLESS, "MONOCHROME2"),
                new Case("pydicom-data/US_GE_LOGIQ700_US1_J2KR.dcm", DEFAULT_BOX, J2K_LOSSLESS, "YBR_RCT"),
                // Lossy J2K goes to lossless J2K; YBR_ICT becomes YBR_RCT (documented in Codecs.outputSyntax).
                // The input is decoded by GDCM (OpenJPEG) here but by PixelMed's J2K codec in the scrubber; the two
                // round the irreversible wavelet differently. Measured max |diff| outside the box: 2 (US1_J2KI, 8-bit
                // RGB after the inverse ICT) and 1 (NM, 16-bit grey); the tolerances are exactly those.
                new Case("pydicom-data/US_GE_LOGIQ700_US1_J2KI.dcm", DEFAULT_BOX, J2K_LOSSLESS, "YBR_RCT", 2),
                new Case("pydicom/NM_GE_JPEG2000_lossy.dcm", DEFAULT_BOX, J2K_LOSSLESS, "MONOCHROME2", 1),
                // 12-bit JPEG extended .51 goes to lossless .70; both sides decoded by dcmdjpeg: exact.
                new Case("pydicom/NM_GE_JPGExtended.dcm", DEFAULT_BOX, JPEG_SV1, "MONOCHROME2"),
                // Odd x: native YBR_FULL_422 boxes widen to whole chroma pairs (NativeFrameRedactor.effectiveBox).
                new Case("pydicom/SC_ybr_full_422_uncompressed.dcm", new Box(11, 12, 39, 20), EXPLICIT_LE, "YBR_FULL_422"),
                new Case("pydicom-data/US_Philips_CX50_OBXXXX1A_palette.dcm", DEFAULT_BOX, EXPLICIT_LE, "PALETTE COLOR"),
                new Case("pydicom-data/US_ALOKA_SSD4000_palette16.dcm", DEFAULT_BOX, IMPLICIT_LE, "PALETTE COLOR"),
                new Case("pydicom-data/CT_eCT_Supplemental_2frames.dcm", new Box(236, 246, 40, 20), EXPLICIT_LE, "MONOCHROME2")
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void boxIsBlackAndTheRestUnchanged(Case c) throws Exception {
        Path in = RealFiles.path(c.file());
        String md5Before = md5(Files.readAllBytes(in));
        Path out = tmp.resolve("out.dcm");

        FileOutcome outcome = scrubber(c.box(), Set.of()).scrub(in, out);

        assertEquals(FileStatus.SCRUBBED, outcome.status());
        assertEquals(md5Before, md5(Files.readAllBytes(in)), "input modified");
        assertDcmdumpClean(out);
        Map<String, String> hin = header(in);
        Map<String, String> hout = header(out);
        assertEquals(c.tsOut(), hout.get("0002,0010"), "output transfer syntax");
        assertEquals(c.tsOut(), outcome.transferSyntaxOut());
        for (String tag : List.of("0028,0010", "0028,0011", "0028,0002", "0028,0100", "0028,0101", "0028,0103")) {
            assertEquals(hin.get(tag), hout.get(tag), "attribute " + tag);
        }
        assertEquals(frames(hin), frames(hout), "NumberOfFrames");
        assertEquals(c.piOut(), hout.get("0028,0004"), "PhotometricInterpretation");
        if (!c.piOut().equals(hin.get("0028,0004"))) {
            // The only documented change: colour JPEG 2000 output is YBR_RCT.
            assertEquals(J2K_LOSSLESS, c.tsOut());
            assertEquals("YBR_RCT", c.piOut());
        }

        ReferenceImage before = ReferenceDecoder.decode(in, ColorHandling.AS_STORED);
        ReferenceImage after = ReferenceDecoder.decode(out, ColorHandling.AS_STORED);
        assertEquals(frames(hout), after.frames(), "frames decoded");
        assertEquals(before.rows(), after.rows());
        assertEquals(before.columns(), after.columns());
        assertEquals(before.samplesPerPixel(), after.samplesPerPixel());
        assertEquals(before.photometricInterpretation(), after.photometricInterpretation(), "decoded colour space");
        assertEquals(after.frameLength() * after.frames(), after.pixelData().length, "decoded length");

        Box filled = effectiveBox(c.box(), after);
        int[] fill = expectedFill(after, in, out);
        int maxDiff = 0;
        int changedInside = 0;
        for (int f = 0; f < after.frames(); f++) {
            for (int r = 0; r < after.rows(); r++) {
                for (int col = 0; col < after.columns(); col++) {
                    boolean inside = filled.contains(col, r);
                    for (int s = 0; s < after.samplesPerPixel(); s++) {
                        if (inside) {
                            changedInside += before.storedValue(f, r, col, s) != fill[s] ? 1 : 0;
                            if (after.storedValue(f, r, col, s) != fill[s]) {
                                fail("frame " + f + " (" + r + "," + col + ") sample " + s + " = "
                                        + after.storedValue(f, r, col, s) + ", expected fill " + fill[s]);
                            }
                        } else {
                            // Whole cells, bits above BitsStored included.
                            int a = before.sample(f, r, col, s);
                            int b = after.sample(f, r, col, s);
                            int d = Math.abs(a - b);
                            if (d > c.tolerance()) {
                                fail("frame " + f + " (" + r + "," + col + ") sample " + s + " changed outside the box: "
                                        + a + " -> " + b);
                            }
                            maxDiff = Math.max(maxDiff, d);
                        }
                    }
                }
            }
        }
        assertNotEquals(0, changedInside, "the box was black already: the test would prove nothing");
        System.out.println("[round-trip] " + c.file() + " max |diff| outside box = " + maxDiff
                + ", samples changed inside = " + changedInside);
    }

    /** What the scrubber fills: the box clipped, and for native YBR_FULL_422 widened to whole pixel pairs. */
    private static Box effectiveBox(Box box, ReferenceImage image) {
        Box b = box.clip(image.columns(), image.rows());
        if (image.isSubsampled422()) {
            int x0 = b.x() & ~1;
            int x1 = Math.min(image.columns(), (b.right() + 1) & ~1);
            b = new Box(x0, b.y(), x1 - x0, b.height());
        }
        return b;
    }

    /** Black in the decoded output's terms, as {@link ReferenceImage#storedValue} reports it. */
    private int[] expectedFill(ReferenceImage img, Path in, Path out) throws IOException, InterruptedException {
        int bits = img.bitsStored();
        boolean signed = img.pixelRepresentation() == 1;
        return switch (img.photometricInterpretation()) {
            case "MONOCHROME2" -> new int[] {signed ? -(1 << (bits - 1)) : 0};
            case "MONOCHROME1" -> new int[] {signed ? (1 << (bits - 1)) - 1 : (1 << bits) - 1};
            case "RGB" -> new int[] {0, 0, 0};
            case "YBR_FULL", "YBR_FULL_422" -> new int[] {0, 1 << (bits - 1), 1 << (bits - 1)};
            case "PALETTE COLOR" -> new int[] {darkestRenderedIndex(img, in, out)};
            default -> throw new AssertionError("unexpected photometric " + img.photometricInterpretation());
        };
    }

    /**
     * The palette index used as fill, checked independently of our palette code: dcm2pnm renders input and output
     * through their palettes; the filled colour must be at least as dark (BT.601 luma) as every colour of the input
     * image, so it is the darkest entry or ties with it (entry 0 is often not black in US palettes).
     */
    private int darkestRenderedIndex(ReferenceImage after, Path in, Path out) throws IOException, InterruptedException {
        int index = after.storedValue(0, DEFAULT_BOX.y(), DEFAULT_BOX.x(), 0);
        int[][] inRgb = renderPpm(in);
        int[][] outRgb = renderPpm(out);
        double minInputLuma = Double.MAX_VALUE;
        for (int[] p : inRgb) {
            minInputLuma = Math.min(minInputLuma, luma(p));
        }
        int[] filled = outRgb[DEFAULT_BOX.y() * after.columns() + DEFAULT_BOX.x()];
        assertTrue(luma(filled) <= minInputLuma + 1e-9,
                "palette fill index " + index + " renders as luma " + luma(filled) + ", darker input colour exists: "
                        + minInputLuma);
        return index;
    }

    private static double luma(int[] rgb) {
        return 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2];
    }

    /** First frame rendered to 8-bit RGB by dcm2pnm, one int[3] per pixel. */
    private int[][] renderPpm(Path dicom) throws IOException, InterruptedException {
        Path ppm = Files.createTempFile(tmp, "render", ".ppm");
        // dcm2pnm cannot render segmented palettes: GDCM expands them into plain LUTs first.
        Path plain = Files.createTempFile(tmp, "plainlut", ".dcm");
        run(List.of("gdcmconv", "--decompress-lut", "--raw", dicom.toString(), plain.toString()));
        run(List.of("dcm2pnm", "+Wm", "+op", plain.toString(), ppm.toString()));
        byte[] b = Files.readAllBytes(ppm);
        int pos = 0;
        String[] tokens = new String[4];
        for (int t = 0; t < 4; t++) {
            while (Character.isWhitespace(b[pos])) {
                pos++;
            }
            int start = pos;
            while (!Character.isWhitespace(b[pos])) {
                pos++;
            }
            tokens[t] = new String(b, start, pos - start, StandardCharsets.US_ASCII);
        }
        pos++;
        assertEquals("P6", tokens[0], "dcm2pnm should render a palette image as colour PPM");
        int w = Integer.parseInt(tokens[1]);
        int h = Integer.parseInt(tokens[2]);
        int[][] px = new int[w * h][];
        for (int i = 0; i < w * h; i++) {
            px[i] = new int[] {b[pos + 3 * i] & 0xFF, b[pos + 3 * i + 1] & 0xFF, b[pos + 3 * i + 2] & 0xFF};
        }
        return px;
    }

    // ---------------------------------------------------------------- JPEG baseline

    /**
     * Baseline JPEG stays baseline: blocks touching the box are made flat in the compressed domain, every other block
     * decodes bit-exactly as before.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("baselineFiles")
    void jpegBaselineBlocksOutsideTheBoxAreBitExact(String file) throws Exception {
        Path in = RealFiles.path(file);
        String md5Before = md5(Files.readAllBytes(in));
        Path out = tmp.resolve("out.dcm");
        Box box = DEFAULT_BOX;

        scrubber(box, Set.of()).scrub(in, out);

        assertEquals(md5Before, md5(Files.readAllBytes(in)), "input modified");
        assertDcmdumpClean(out);
        Map<String, String> hin = header(in);
        Map<String, String> hout = header(out);
        assertEquals(JPEG_BASELINE, hout.get("0002,0010"));
        assertEquals(hin.get("0028,0004"), hout.get("0028,0004"), "PhotometricInterpretation");
        assertEquals(hin.get("0028,0010"), hout.get("0028,0010"));
        assertEquals(hin.get("0028,0011"), hout.get("0028,0011"));
        assertEquals(frames(hin), frames(hout));

        List<byte[]> inFrames = pixelItems(in).subList(1, frames(hin) + 1);
        List<byte[]> outFrames = pixelItems(out).subList(1, frames(hout) + 1);
        int[] mcu = mcuSize(inFrames.get(0));
        long inBytes = 0;
        long outBytes = 0;
        for (int f = 0; f < inFrames.size(); f++) {
            inBytes += inFrames.get(f).length;
            outBytes += outFrames.get(f).length;
            assertFalse(java.util.Arrays.equals(inFrames.get(f), outFrames.get(f)), "frame " + f + " not rewritten");
        }
        assertTrue(outBytes <= 1.5 * inBytes, "output frames " + outBytes + " bytes vs input " + inBytes);

        ReferenceImage before = ReferenceDecoder.decode(in, ColorHandling.AS_STORED);
        ReferenceImage after = ReferenceDecoder.decode(out, ColorHandling.AS_STORED);
        assertEquals(before.toString().replaceAll(", \\d+ bytes", ""), after.toString().replaceAll(", \\d+ bytes", ""));
        assertEquals(frames(hout), after.frames(), "frames decoded");
        Box snapped = snap(box, mcu[0], mcu[1], after.columns(), after.rows());
        // The decoders upsample chroma with libjpeg's "fancy" (triangle) filter, which reads the neighbouring chroma
        // sample across an MCU edge: measured, the first pixel row/column just outside the snapped box may differ in
        // Cb/Cr (e.g. 87 -> 97) although its compressed blocks are bit-exact. Chroma is therefore compared outside
        // the snapped box grown by one pixel; luma (never resampled) outside the snapped box itself.
        Box chromaSnapped = new Box(Math.max(0, snapped.x() - 1), Math.max(0, snapped.y() - 1),
                snapped.width() + 2, snapped.height() + 2).clip(after.columns(), after.rows());
        int maxLumaRange = 0;
        int blocksChecked = 0;
        for (int f = 0; f < after.frames(); f++) {
            for (int r = 0; r < after.rows(); r++) {
                for (int c = 0; c < after.columns(); c++) {
                    for (int s = 0; s < after.samplesPerPixel(); s++) {
                        if ((s == 0 ? snapped : chromaSnapped).contains(c, r)) {
                            continue;
                        }
                        if (before.sample(f, r, c, s) != after.sample(f, r, c, s)) {
                            fail("frame " + f + " (" + r + "," + c + ") sample " + s + " changed outside the MCU-snapped box "
                                    + snapped + ": " + before.sample(f, r, c, s) + " -> " + after.sample(f, r, c, s));
                        }
                    }
                }
            }
            // Every 8x8 luma block touching the box is flat, so no text can remain in it.
            for (int by = box.y() / 8 * 8; by < box.bottom(); by += 8) {
                for (int bx = box.x() / 8 * 8; bx < box.right(); bx += 8) {
                    int min = Integer.MAX_VALUE;
                    int max = Integer.MIN_VALUE;
                    for (int r = by; r < Math.min(by + 8, after.rows()); r++) {
                        for (int c = bx; c < Math.min(bx + 8, after.columns()); c++) {
                            int y = after.sample(f, r, c, 0);
                            min = Math.min(min, y);
                            max = Math.max(max, y);
                        }
                    }
                    blocksChecked++;
                    maxLumaRange = Math.max(maxLumaRange, max - min);
                    assertTrue(max - min <= 2, "frame " + f + " block at (" + bx + "," + by + ") not flat: luma "
                            + min + ".." + max);
                }
            }
        }
        assertTrue(blocksChecked >= 15 * after.frames(), "blocks checked: " + blocksChecked);
        System.out.println("[round-trip] " + file + " MCU " + mcu[0] + "x" + mcu[1] + ", max luma range in box blocks "
                + maxLumaRange + ", frame bytes " + inBytes + " -> " + outBytes);
    }

    static Stream<String> baselineFiles() {
        return Stream.of("pydicom/SC_rgb_jpeg_baseline_YBR_FULL_422.dcm",
                "pydicom/US_SonoSite_examples_ybr_color_30frames.dcm");
    }

    /** MCU size from the SOF0 sampling factors: 8 x max(H) by 8 x max(V). */
    private static int[] mcuSize(byte[] jpeg) {
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                int components = jpeg[i + 9] & 0xFF;
                int hMax = 1;
                int vMax = 1;
                for (int k = 0; k < components; k++) {
                    int hv = jpeg[i + 11 + 3 * k] & 0xFF;
                    hMax = Math.max(hMax, hv >> 4);
                    vMax = Math.max(vMax, hv & 0x0F);
                }
                return new int[] {8 * hMax, 8 * vMax};
            }
        }
        throw new AssertionError("no SOF0 marker in the first frame");
    }

    private static Box snap(Box b, int mw, int mh, int columns, int rows) {
        int x0 = b.x() / mw * mw;
        int y0 = b.y() / mh * mh;
        int x1 = (b.right() + mw - 1) / mw * mw;
        int y1 = (b.bottom() + mh - 1) / mh * mh;
        return new Box(x0, y0, x1 - x0, y1 - y0).clip(columns, rows);
    }

    // ---------------------------------------------------------------- frame selection

    /** A finding for frame 1 only: frame 0 decodes exactly as before, frame 1 gets the box. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("twoFrameFiles")
    void findingForFrameOneRedactsOnlyFrameOne(String file, Box box) throws Exception {
        Path in = RealFiles.path(file);
        Path out = tmp.resolve("out.dcm");

        scrubber(box, Set.of(1)).scrub(in, out);

        ReferenceImage before = ReferenceDecoder.decode(in);
        ReferenceImage after = ReferenceDecoder.decode(out);
        assertEquals(2, after.frames());
        assertArrayEquals(before.frameBytes(0), after.frameBytes(0), "frame 0 must be untouched");
        int[] fill = expectedFill(after, in, out);
        int changed = 0;
        for (int r = 0; r < after.rows(); r++) {
            for (int c = 0; c < after.columns(); c++) {
                for (int s = 0; s < after.samplesPerPixel(); s++) {
                    if (box.contains(c, r)) {
                        assertEquals(fill[s], after.storedValue(1, r, c, s), "frame 1 (" + r + "," + c + ")");
                        changed += before.storedValue(1, r, c, s) != fill[s] ? 1 : 0;
                    } else {
                        assertEquals(before.sample(1, r, c, s), after.sample(1, r, c, s), "frame 1 (" + r + "," + c + ")");
                    }
                }
            }
        }
        assertNotEquals(0, changed, "the box was already black: the test would prove nothing");
    }

    static Stream<Arguments> twoFrameFiles() {
        return Stream.of(Arguments.of("pydicom/SC_rgb_rle_2frame.dcm", DEFAULT_BOX),
                Arguments.of("pydicom-data/CT_eCT_Supplemental_2frames.dcm", new Box(236, 246, 40, 20)));
    }

    // ---------------------------------------------------------------- no-op

    /**
     * With nothing found, every readable file keeps its Pixel Data value byte for byte (value bytes extracted by
     * dcmdump +W, item by item for encapsulated data) and its transfer syntax.
     */
    @Test
    void nothingFoundKeepsPixelDataByteIdentical() throws Exception {
        FileScrubber noop = new FileScrubber(List.of((h, r, c) -> List.of()), (list, cleaned) -> { });
        List<String> checked = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(RealFiles.root().resolve("testdata").resolve("real"))) {
            files = walk.filter(p -> p.toString().endsWith(".dcm")).sorted().toList();
        }
        for (Path in : files) {
            if (exec(List.of("dcmdump", "-q", in.toString())).exit != 0) {
                unreadable.add(in.getFileName().toString()); // e.g. the malformed JPEG-LS file dcmtk refuses
                continue;
            }
            String md5Before = md5(Files.readAllBytes(in));
            Path out = tmp.resolve("noop-" + in.getFileName());
            FileOutcome outcome;
            try {
                outcome = noop.scrub(in, out);
            } catch (InvalidDicomException e) {
                // The scrubber refuses (quarantines) syntaxes it cannot decode, as it could not redact them either.
                rejected.add(in.getFileName().toString());
                continue;
            }
            assertEquals(FileStatus.CLEAN_UNTOUCHED, outcome.status(), in.toString());
            assertEquals(md5Before, md5(Files.readAllBytes(in)), "input modified: " + in);
            String tsIn = header(in).getOrDefault("0002,0010", IMPLICIT_LE);
            assertEquals(tsIn, header(out).get("0002,0010"), "transfer syntax of " + in);
            assertEquals(pixelDigest(in), pixelDigest(out), "Pixel Data value of " + in);
            checked.add(in.getFileName().toString());
            Files.delete(out);
        }
        System.out.println("[round-trip] no-op checked " + checked.size() + " files; not readable by dcmdump: " + unreadable
                + "; rejected by the scrubber: " + rejected);
        assertEquals(List.of("US_Philips_iU22_GH364_JPEGLS_malformed.dcm"), unreadable, "dcmdump refuses only this");
        // The header without Pixel Data describes an image, so it may be a cut file.
        assertEquals(List.of("CR_DAVIDSON_0_ORIGINAL_no_pixels.dcm"), rejected,
                "only the image without pixel data may be refused");
        assertTrue(checked.size() >= 50, "too few files checked: " + checked.size());
    }

    /** MD5 over the top-level Pixel Data: item lengths and bytes in order, or the native value; "none" if absent. */
    private String pixelDigest(Path dicom) throws Exception {
        List<byte[]> items = pixelItems(dicom);
        if (items == null) {
            return "none";
        }
        MessageDigest md = MessageDigest.getInstance("MD5");
        for (byte[] item : items) {
            md.update(java.nio.ByteBuffer.allocate(4).putInt(item.length).array());
            md.update(item);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * The top-level Pixel Data value as dcmdump +W writes it: one entry for native data, or one per item (basic
     * offset table first) for encapsulated data; null when there is none.
     */
    private List<byte[]> pixelItems(Path dicom) throws IOException, InterruptedException {
        // dcmdump abbreviates long paths in its listing, so it runs inside the folder on a short link name.
        Path dir = Files.createTempDirectory(tmp, "raw");
        Files.createSymbolicLink(dir.resolve("x.dcm"), dicom.toAbsolutePath());
        String dump = run(List.of("dcmdump", "-q", "+W", ".", "x.dcm"), dir);
        List<byte[]> items = null;
        boolean inPixelData = false;
        for (String line : dump.split("\\R")) {
            if (line.startsWith("(7fe0,0010)")) {
                items = new ArrayList<>();
                int eq = line.indexOf(" =");
                if (eq > 0) {
                    items.add(Files.readAllBytes(dir.resolve(line.substring(eq + 2).split("\\s+")[0])));
                    break;
                }
                inPixelData = true;
            } else if (inPixelData && line.startsWith("  (fffe,e000)")) {
                int eq = line.indexOf(" =");
                items.add(eq > 0 ? Files.readAllBytes(dir.resolve(line.substring(eq + 2).split("\\s+")[0])) : new byte[0]);
            } else if (inPixelData && line.startsWith("(fffe,e0dd)")) {
                break;
            }
        }
        return items;
    }

    // ---------------------------------------------------------------- real header processor

    /** The production header step on top of redaction: header de-identified, pixels redacted, file still valid. */
    @Test
    void realHeaderDeidentifierWithRedaction() throws Exception {
        Path in = RealFiles.path("wg04/US1_RLE.dcm");
        Path out = tmp.resolve("out.dcm");
        HeaderDeidentifier deidentifier = new HeaderDeidentifier();
        InMemoryUidMapper uids = InMemoryUidMapper.withRandomKey();
        KeyedPatientPseudonymizer pseudonyms = KeyedPatientPseudonymizer.withRandomKey("PSEUDO-");
        HeaderRegionDetector d = (h, r, c) ->
                List.of(new Finding(DEFAULT_BOX, Set.of(), FindingSource.TEMPLATE, Verdict.PHI, 1.0, "test"));
        FileScrubber scrubber = new FileScrubber(List.of(d), (list, cleaned) -> {
            try {
                deidentifier.apply(list, new DeidentificationContext(cleaned, uids, pseudonyms));
            } catch (DicomException e) {
                throw new InvalidDicomException("header de-identification failed", e);
            }
        });

        scrubber.scrub(in, out);

        assertDcmdumpClean(out);
        Map<String, String> hin = header(in);
        Map<String, String> hout = header(out);
        assertEquals(RLE, hout.get("0002,0010"));
        assertEquals("RGB", hout.get("0028,0004"));
        assertNotEquals(hin.get("0008,0018"), hout.get("0008,0018"), "SOP Instance UID remapped");
        assertEquals(hout.get("0008,0018"), hout.get("0002,0003"), "meta and dataset SOP Instance UID agree");
        assertTrue(hout.getOrDefault("0010,0020", "").startsWith("PSEUDO-"), "PatientID " + hout.get("0010,0020"));
        assertEquals("NO", hout.get("0028,0301"), "BurnedInAnnotation after cleaning");
        assertNotNull(hin.get("0008,0080"));
        assertFalse(hout.containsKey("0008,0080") && hin.get("0008,0080").equals(hout.get("0008,0080")),
                "InstitutionName kept");
        ReferenceImage before = ReferenceDecoder.decode(in);
        ReferenceImage after = ReferenceDecoder.decode(out);
        for (int r = 0; r < after.rows(); r++) {
            for (int c = 0; c < after.columns(); c++) {
                for (int s = 0; s < 3; s++) {
                    int expected = DEFAULT_BOX.contains(c, r) ? 0 : before.sample(0, r, c, s);
                    assertEquals(expected, after.sample(0, r, c, s), "(" + r + "," + c + ") sample " + s);
                }
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static FileScrubber scrubber(Box box, Set<Integer> frames) {
        HeaderRegionDetector d = (h, r, c) ->
                List.of(new Finding(box, frames, FindingSource.TEMPLATE, Verdict.PHI, 1.0, "test"));
        return new FileScrubber(List.of(d), (list, cleaned) -> { });
    }

    private static int frames(Map<String, String> h) {
        String v = h.get("0028,0008");
        return v == null || v.isBlank() ? 1 : Integer.parseInt(v.strip());
    }

    private static final Pattern LINE =
            Pattern.compile("^\\(([0-9a-fA-F]{4},[0-9a-fA-F]{4})\\) (\\S\\S) (.*?)\\s*#\\s*\\d+,.*$");

    /** Top-level attributes (column 0 lines) of {@code dcmdump -M -Un}; bracketed strings unwrapped. */
    private Map<String, String> header(Path dicom) throws IOException, InterruptedException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : run(List.of("dcmdump", "-M", "-Un", dicom.toString())).split("\\R")) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                String raw = m.group(3);
                String v = raw.startsWith("[") ? raw.substring(1, Math.max(1, raw.lastIndexOf(']'))).strip() : raw.strip();
                values.putIfAbsent(m.group(1).toLowerCase(), v);
            }
        }
        return values;
    }

    /** dcmdump must read the whole file (pixel data included) with exit 0 and no error lines. */
    private void assertDcmdumpClean(Path dicom) throws IOException, InterruptedException {
        Result r = exec(List.of("dcmdump", dicom.toString()));
        assertEquals(0, r.exit, "dcmdump exit code; output tail: " + tail(r.output));
        for (String line : r.output.split("\\R")) {
            assertFalse(line.startsWith("E:"), "dcmdump error: " + line);
        }
    }

    private static String tail(String s) {
        return s.length() < 2000 ? s : s.substring(s.length() - 2000);
    }

    private record Result(int exit, String output) { }

    private Result exec(List<String> cmd) throws IOException, InterruptedException {
        return exec(cmd, null);
    }

    private Result exec(List<String> cmd, Path workDir) throws IOException, InterruptedException {
        Path log = Files.createTempFile(tmp, "tool", ".log");
        Process p = new ProcessBuilder(cmd).directory(workDir == null ? null : workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("timeout: " + cmd);
        }
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.ISO_8859_1));
    }

    private String run(List<String> cmd) throws IOException, InterruptedException {
        return run(cmd, null);
    }

    private String run(List<String> cmd, Path workDir) throws IOException, InterruptedException {
        Result r = exec(cmd, workDir);
        assertEquals(0, r.exit, cmd + " failed: " + tail(r.output));
        return r.output;
    }

    static String md5(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
