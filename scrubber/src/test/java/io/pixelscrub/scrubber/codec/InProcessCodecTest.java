package io.pixelscrub.scrubber.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.pixelscrub.scrubber.codec.CodecTestImages.Shape;
import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.dicom.PixelModule;
import io.pixelscrub.scrubber.dicom.TransferSyntaxes;
import io.pixelscrub.testdata.env.RequiredTools;
import io.pixelscrub.testdata.reference.ReferenceDecoder;
import io.pixelscrub.testdata.reference.ReferenceImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The in-process codecs (CharLS for JPEG-LS, OpenJPEG for JPEG 2000, through JNA; {@link RleCodec} in plain Java)
 * against the command-line tools they replace, on generated images of every layout ({@link CodecTestImages#shapes()}): what dcmtk's dcmcjpls or GDCM
 * encodes, we decode to the same samples as dcmdjpls or {@code gdcmconv --raw}; what we encode, they decode to the
 * original samples (lossless). JPEG-LS keeps whole sample words (P = BitsAllocated, as dcmcjpls); JPEG 2000 keeps the
 * BitsStored bits (as opj_compress), so it is compared on stored values. Corrupt codestreams must be refused with
 * {@link InvalidDicomException}, never crash the JVM.
 */
class InProcessCodecTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void librariesAndTools() {
        RequiredTools.require(CharLsCodec.available() && OpenJpegCodec.available(),
                "in-process codecs: " + Codecs.libraries() + " (scripts/setup.sh installs Debian libcharls2 libopenjp2-7)");
        RequiredTools.encodersAndDecoders();
        RequiredTools.onPath("JPEG-LS reference encoder", "dcmtk", "dcmcjpls");
    }

    static Stream<Shape> shapes() {
        return CodecTestImages.shapes().stream();
    }

    /** Shapes GDCM's JPEG 2000 encoder takes: it refuses the tiny ones and 16-bit colour ("Could not change the Transfer Syntax"). */
    static Stream<Shape> j2kReferenceShapes() {
        return shapes().filter(s -> Math.min(s.rows(), s.columns()) >= 9 && !(s.samples() == 3 && s.bitsAllocated() == 16));
    }

    // ---- JPEG-LS ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void jpegLsFromDcmtkDecodesAsDcmdjpls(Shape shape) throws Exception {
        assertReferenceEncodedDecodesAsReference(shape, 1, false, (in, out) -> List.of("dcmcjpls", "+el", in, out));
    }

    /** 8-bit colour: dcmdjpls fails on the 16-bit colour dcmcjpls writes uninterleaved or sample-interleaved. */
    static Stream<Shape> colourShapes() {
        return shapes().filter(s -> s.samples() == 3 && s.bitsAllocated() == 8);
    }

    /** dcmcjpls writes colour line-interleaved by default (above); uninterleaved and sample-interleaved too. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("colourShapes")
    void jpegLsColourOfEveryInterleaveDecodesAsDcmdjpls(Shape shape) throws Exception {
        for (String mode : List.of("+in", "+is")) {
            assertReferenceEncodedDecodesAsReference(shape, 13, false, (in, out) -> List.of("dcmcjpls", "+el", mode, in, out));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void jpegLsEncodedInProcessDecodesLosslesslyWithDcmdjpls(Shape shape) throws Exception {
        List<byte[]> original = CodecTestImages.frames(shape, 2);
        Path jls = encodeThroughCodecs(shape, original, List.of("dcmcjpls", "+el"));
        assertEquals(TransferSyntaxes.JPEG_LS_LOSSLESS, ReferenceDecoder.transferSyntax(jls));
        ReferenceImage dcmtk = ReferenceDecoder.decode(jls);
        for (int f = 0; f < shape.frames(); f++) {
            assertSameAsReference(shape.module(), original.get(f), dcmtk, f, false);
        }
    }

    /** dcmcjpls encodes near-lossless JPEG-LS of unsigned samples only. */
    static Stream<Shape> unsignedShapes() {
        return shapes().filter(s -> s.signed() == 0);
    }

    /** Near-lossless input decodes as dcmdjpls decodes it, and a redacted copy is written JPEG-LS lossless (NEAR 0). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("unsignedShapes")
    void jpegLsNearLosslessIsDecodedAsDcmtkAndReEncodedLossless(Shape shape) throws Exception {
        Path in = CodecTestImages.writeNative(tmp.resolve("in.dcm"), shape.module(), CodecTestImages.frames(shape, 3));
        Path near = tmp.resolve("near.dcm");
        CodecTestImages.transcode(tmp, near, "dcmcjpls", "+en", "+un", in.toString(), near.toString());
        ReferenceImage dcmtk = ReferenceDecoder.decode(near);
        Path out = tmp.resolve("out.dcm");
        List<byte[]> decoded = new ArrayList<>();
        PixelModule decodedModule;
        try (DicomInput input = DicomFileReader.open(near); FrameSource ours = Codecs.decoder(input)) {
            assertEquals(TransferSyntaxes.JPEG_LS_NEAR_LOSSLESS, input.transferSyntax());
            decodedModule = ours.module();
            for (int f = 0; f < shape.frames(); f++) {
                decoded.add(ours.frame(f));
                assertSameAsReference(ours.module(), decoded.get(f), dcmtk, f, false);
            }
            FrameEncoder encoder = Codecs.encoder(input, ours.module());
            assertInstanceOf(EncapsulatingEncoder.class, encoder, "encoded in-process");
            try (EncodedPixels encoded = encoder.encode(ours, (i, f) -> { })) {
                assertEquals(TransferSyntaxes.JPEG_LS_LOSSLESS, encoded.transferSyntax());
                CodecTestImages.write(out, encoded);
            }
        }
        ReferenceImage reEncoded = ReferenceDecoder.decode(out);
        for (int f = 0; f < shape.frames(); f++) {
            assertSameAsReference(decodedModule, decoded.get(f), reEncoded, f, false);
        }
        try (DicomInput written = DicomFileReader.open(out)) {
            for (int f = 0; f < shape.frames(); f++) {
                assertEquals(0, JpegLsNear.of(written.encapsulated().orElseThrow().readFrame(f)), "NEAR of frame " + f);
            }
        }
    }

    // ---- JPEG 2000 ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("j2kReferenceShapes")
    void j2kFromGdcmDecodesAsGdcmconv(Shape shape) throws Exception {
        assertReferenceEncodedDecodesAsReference(shape, 4, true, (in, out) -> List.of("gdcmconv", "--j2k", "-i", in, "-o", out));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void j2kEncodedInProcessDecodesLosslesslyWithGdcmconv(Shape shape) throws Exception {
        List<byte[]> original = CodecTestImages.frames(shape, 5);
        Path j2k = encodeThroughCodecs(shape, original, List.of());
        assertEquals(TransferSyntaxes.JPEG_2000_LOSSLESS, ReferenceDecoder.transferSyntax(j2k));
        ReferenceImage gdcm = ReferenceDecoder.decode(j2k);
        for (int f = 0; f < shape.frames(); f++) {
            assertSameAsReference(shape.module(), original.get(f), gdcm, f, true);
        }
        try (DicomInput written = DicomFileReader.open(j2k)) {
            assertEquals(shape.samples() == 3 ? "YBR_RCT" : "MONOCHROME2", written.module().orElseThrow().photometric());
            byte[] codestream = written.encapsulated().orElseThrow().readFrame(0);
            Cod cod = Cod.of(codestream);
            assertEquals(1, cod.transform(), "reversible 5/3 wavelet");
            assertEquals(1, cod.layers(), "one quality layer");
            assertEquals(shape.samples() == 3 ? 1 : 0, cod.mct(), "reversible colour transform for colour");
            assertEquals(OpenJpegCodec.resolutions(shape.module()) - 1, cod.decompositions());
        }
    }

    /** Where opj_compress takes the image, the in-process codestream is the very one it writes. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void j2kInProcessWritesWhatOpjCompressWrites(Shape shape) throws Exception {
        RequiredTools.onPath("JPEG 2000 tool encoder", "libopenjp2-tools", "opj_compress");
        PixelModule m = shape.module();
        byte[] frame = CodecTestImages.frames(shape, 6).get(0);
        byte[] ours = OpenJpegCodec.INSTANCE.compress(frame.clone(), m);
        if (OpenJpegCodec.resolutions(m) < 6) {
            // opj_compress keeps 6 resolution levels and fails on images this small; ours has fewer levels.
            assertThrows(InvalidDicomException.class, () -> OpenJpegToolCompressor.INSTANCE.compress(frame.clone(), m));
            return;
        }
        assertArrayEquals(OpenJpegToolCompressor.INSTANCE.compress(frame.clone(), m), ours);
    }

    // ---- RLE ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void rleFromDcmtkDecodesAsDcmdrle(Shape shape) throws Exception {
        assertReferenceEncodedDecodesAsReference(shape, 14, false, (in, out) -> List.of("dcmcrle", in, out));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void rleEncodedInProcessDecodesLosslesslyWithDcmdrle(Shape shape) throws Exception {
        List<byte[]> original = CodecTestImages.frames(shape, 15);
        Path rle = encodeThroughCodecs(shape, original, List.of("dcmcrle"));
        assertEquals(TransferSyntaxes.RLE, ReferenceDecoder.transferSyntax(rle));
        ReferenceImage dcmtk = ReferenceDecoder.decode(rle);
        for (int f = 0; f < shape.frames(); f++) {
            assertSameAsReference(shape.module(), original.get(f), dcmtk, f, false);
        }
        try (DicomInput written = DicomFileReader.open(rle)) {
            if (shape.samples() == 3) {
                assertEquals(1, written.module().orElseThrow().planarConfiguration(), "RLE colour is coded by plane");
            }
        }
    }

    /** Runs at a row's end, runs longer than 128, literals longer than 128, flat and alternating rows: round trip. */
    @Test
    void rleRunsOfEveryLengthRoundTrip() throws Exception {
        PixelModule m = new PixelModule(7, 300, 1, 8, 8, 7, 0, 0, "MONOCHROME2", 1);
        byte[] frame = new byte[m.bytesPerFrame()];
        Random random = new Random(16);
        for (int r = 0; r < m.rows(); r++) {
            for (int c = 0; c < m.columns(); c++) {
                frame[r * m.columns() + c] = (byte) switch (r) {
                    case 0 -> 0;                                      // one flat row: repeats of 128, then the rest
                    case 1 -> c % 2;                                  // no run at all: literals of 128
                    case 2 -> c / 3;                                  // runs of exactly 3
                    case 3 -> c < 299 ? 5 : 6;                        // a run up to the last pixel, then one literal
                    case 4 -> c / 129;                                // runs of 129 (one over a repeat's longest)
                    case 5 -> random.nextInt(3);                      // short runs among literals
                    default -> c == 0 ? 9 : 200;                      // a literal, then a run to the row's end
                };
            }
        }
        byte[] coded = RleCodec.INSTANCE.compress(frame.clone(), m);
        assertEquals(0, coded.length % 2, "even segment lengths");
        assertArrayEquals(frame, RleCodec.INSTANCE.decompress(coded, m));
        assertTrue(coded.length < frame.length, "runs were coded as runs: " + coded.length + " bytes for " + frame.length);
    }

    // ---- the fallbacks ----

    /** Shapes opj_compress takes (32 pixels or more on each side), one with 8 bits stored in 16. */
    static Stream<Shape> toolShapes() {
        return Stream.concat(shapes().filter(s -> Math.min(s.rows(), s.columns()) >= 32),
                Stream.of(CodecTestImages.grey("grey16 8-bit stored 40x33", 33, 40, 16, 8, 0, 1)));
    }

    /** Where a library does not load, dcmcjpls and opj_compress still write what the reference tools decode losslessly. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("toolShapes")
    void toolEncodersStayLossless(Shape shape) throws Exception {
        List<byte[]> original = CodecTestImages.frames(shape, 12);
        for (FrameEncoder encoder : List.of(new DcmtkEncoder(TransferSyntaxes.JPEG_LS_LOSSLESS, CodecTestImages.SECONDARY_CAPTURE),
                new EncapsulatingEncoder(OpenJpegToolCompressor.INSTANCE, TransferSyntaxes.JPEG_2000_LOSSLESS, m -> m))) {
            Path out = tmp.resolve("tool.dcm");
            try (EncodedPixels e = encoder.encode(CodecTestImages.source(shape.module(), original), (i, f) -> { })) {
                CodecTestImages.write(out, e);
            }
            boolean j2k = encoder instanceof EncapsulatingEncoder;
            ReferenceImage reference = ReferenceDecoder.decode(out);
            for (int f = 0; f < shape.frames(); f++) {
                assertSameAsReference(shape.module(), original.get(f), reference, f, j2k);
            }
        }
    }

    // ---- both ----

    /** Truncated and damaged codestreams: a frame of the right size or InvalidDicomException, never a crash. */
    @Test
    void corruptCodestreamsAreRefusedCleanly() throws Exception {
        Shape grey = CodecTestImages.grey("grey16", 37, 61, 16, 12, 0, 1);
        Shape colour = CodecTestImages.rgb("rgb8", 27, 41, 8, 8, 0, 1);
        Random random = new Random(42);
        int refused = 0;
        for (Shape s : List.of(grey, colour)) {
            PixelModule m = s.module();
            byte[] frame = CodecTestImages.frames(s, 7).get(0);
            for (FrameCodecPair codec : codecs()) {
                byte[] valid = codec.compressor().compress(frame.clone(), m);
                for (int cut : new int[] {0, 1, 2, 3, 4, 8, 11, 12, 16, 30, 60, valid.length / 2, valid.length - 2, valid.length - 1}) {
                    refused += decodeOrRefuse(codec.decompressor(), java.util.Arrays.copyOf(valid, Math.max(0, cut)), m);
                }
                for (int i = 0; i < 300; i++) {
                    byte[] damaged = valid.clone();
                    int flips = 1 + random.nextInt(8);
                    for (int k = 0; k < flips; k++) {
                        // Mostly the headers, where lengths and sizes live; sometimes anywhere.
                        int at = random.nextInt(4) > 0 ? random.nextInt(Math.min(200, damaged.length)) : random.nextInt(damaged.length);
                        damaged[at] = (byte) random.nextInt(256);
                    }
                    refused += decodeOrRefuse(codec.decompressor(), damaged, m);
                }
            }
        }
        assertTrue(refused > 100, "only " + refused + " damaged codestreams refused: the damage did not reach the decoders");
    }

    /** A codestream of another size than the header says is refused before its pixels are decoded. */
    @Test
    void codestreamOfAnotherSizeIsRefused() throws Exception {
        Shape s = CodecTestImages.grey("grey8", 13, 17, 8, 8, 0, 1);
        byte[] frame = CodecTestImages.frames(s, 8).get(0);
        PixelModule bigger = new PixelModule(26, 17, 1, 8, 8, 7, 0, 0, "MONOCHROME2", 1);
        PixelModule colour = new PixelModule(13, 17, 3, 8, 8, 7, 0, 0, "RGB", 1);
        for (FrameCodecPair codec : codecs()) {
            byte[] valid = codec.compressor().compress(frame, s.module());
            for (PixelModule wrong : List.of(bigger, colour)) {
                InvalidDicomException e = assertThrows(InvalidDicomException.class, () -> codec.decompressor().decompress(valid, wrong));
                assertTrue(e.getMessage().contains("the header says"), e.getMessage());
            }
        }
    }

    /** A damaged frame inside a file becomes the file's one-line refusal, naming the frame. */
    @Test
    void damagedFrameInAFileIsAQuarantineReason() throws Exception {
        Shape s = CodecTestImages.grey("grey16 2 frames", 37, 61, 16, 12, 0, 2);
        List<byte[]> frames = CodecTestImages.frames(s, 9);
        for (boolean jpegLs : new boolean[] {true, false}) {
            FrameCompressor compressor = jpegLs ? CharLsCodec.INSTANCE : OpenJpegCodec.INSTANCE;
            String ts = jpegLs ? TransferSyntaxes.JPEG_LS_LOSSLESS : TransferSyntaxes.JPEG_2000_LOSSLESS;
            FrameCompressor damageSecond = (f, m) -> {
                byte[] c = compressor.compress(f, m);
                return f == frames.get(1) || java.util.Arrays.equals(f, frames.get(1)) ? java.util.Arrays.copyOf(c, 20) : c;
            };
            Path file = tmp.resolve("damaged-" + jpegLs + ".dcm");
            try (EncodedPixels e = new EncapsulatingEncoder(damageSecond, ts, m -> m).encode(CodecTestImages.source(s.module(), frames), (i, f) -> { })) {
                CodecTestImages.write(file, e);
            }
            try (DicomInput input = DicomFileReader.open(file); FrameSource ours = Codecs.decoder(input)) {
                assertSameWords(s, frames.get(0), ours.module(), ours.frame(0), "undamaged frame");
                InvalidDicomException e = assertThrows(InvalidDicomException.class, () -> ours.frame(1));
                assertTrue(e.getMessage().startsWith("corrupt compressed frame 2 ("), e.getMessage());
            }
        }
    }

    /** Handles are per call: decoding and encoding on several threads at once gives what one thread gives. */
    @Test
    void codecsAreSafeOnSeveralThreads() throws Exception {
        List<Shape> shapes = CodecTestImages.shapes();
        List<byte[]> frames = new ArrayList<>();
        List<byte[][]> expected = new ArrayList<>();   // per shape: LS stream, LS decoded, J2K stream, J2K decoded
        for (Shape s : shapes) {
            byte[] f = CodecTestImages.frames(s, 10).get(0);
            frames.add(f);
            PixelModule m = s.module();
            byte[] ls = CharLsCodec.INSTANCE.compress(f.clone(), m);
            byte[] j2k = OpenJpegCodec.INSTANCE.compress(f.clone(), m);
            PixelModule decoded = m.withPhotometric(m.photometric(), 0);
            expected.add(new byte[][] {ls, CharLsCodec.INSTANCE.decompress(ls, decoded), j2k, OpenJpegCodec.INSTANCE.decompress(j2k, decoded)});
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 10; round++) {
                        for (int k = 0; k < shapes.size(); k++) {
                            int i = (k + offset) % shapes.size();
                            PixelModule m = shapes.get(i).module();
                            PixelModule decoded = m.withPhotometric(m.photometric(), 0);
                            byte[][] e = expected.get(i);
                            assertArrayEquals(e[0], CharLsCodec.INSTANCE.compress(frames.get(i).clone(), m));
                            assertArrayEquals(e[1], CharLsCodec.INSTANCE.decompress(e[0], decoded));
                            assertArrayEquals(e[2], OpenJpegCodec.INSTANCE.compress(frames.get(i).clone(), m));
                            assertArrayEquals(e[3], OpenJpegCodec.INSTANCE.decompress(e[2], decoded));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> r : runs) {
                r.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- helpers ----

    /**
     * Writes generated frames, has a reference tool encode them ({@code command} from input and output path), and
     * requires our in-process decoder to give the original samples and the reference decoder's (all of the word, or the
     * stored values).
     */
    private void assertReferenceEncodedDecodesAsReference(Shape shape, long seed, boolean storedOnly,
                                                          BiFunction<String, String, List<String>> command) throws Exception {
        List<byte[]> original = CodecTestImages.frames(shape, seed);
        Path in = CodecTestImages.writeNative(tmp.resolve("in.dcm"), shape.module(), original);
        Path encoded = tmp.resolve("encoded.dcm");
        CodecTestImages.transcode(tmp, encoded, command.apply(in.toString(), encoded.toString()).toArray(String[]::new));
        ReferenceImage reference = ReferenceDecoder.decode(encoded);
        try (DicomInput input = DicomFileReader.open(encoded); FrameSource ours = Codecs.decoder(input)) {
            assertInstanceOf(DecompressingFrameSource.class, ours, "decoded in-process");
            assertEquals(0, ours.module().planarConfiguration());
            for (int f = 0; f < shape.frames(); f++) {
                byte[] frame = ours.frame(f);
                compare(DecoderConformanceTest.ourFrame(shape.module(), original.get(f)), 0,
                        DecoderConformanceTest.ourFrame(ours.module(), frame), storedOnly, "frame " + f + " vs original");
                assertSameAsReference(ours.module(), frame, reference, f, storedOnly);
            }
        }
    }

    record FrameCodecPair(FrameCompressor compressor, FrameDecompressor decompressor) {
    }

    private static List<FrameCodecPair> codecs() {
        return List.of(new FrameCodecPair(CharLsCodec.INSTANCE, CharLsCodec.INSTANCE),
                new FrameCodecPair(OpenJpegCodec.INSTANCE, OpenJpegCodec.INSTANCE),
                new FrameCodecPair(RleCodec.INSTANCE, RleCodec.INSTANCE));
    }

    /** 1 when refused with InvalidDicomException, 0 when decoded to a frame of the right length; anything else fails. */
    private static int decodeOrRefuse(FrameDecompressor d, byte[] codestream, PixelModule m) {
        try {
            byte[] f = d.decompress(codestream, m);
            assertEquals(m.bytesPerFrame(), f.length, "decoded frame length");
            return 0;
        } catch (InvalidDicomException refused) {
            return 1;
        } catch (RuntimeException | Error e) {
            fail("damaged codestream of " + codestream.length + " bytes threw " + e, e);
            return 0;
        }
    }

    /**
     * Writes {@code original} in the syntax a reference tool gives it, then lets {@link Codecs} choose the encoder for
     * that input and re-encode its decoded frames: the path a redacted file takes. {@code command} empty: JPEG 2000
     * (the input written by our own in-process encoder, as GDCM refuses tiny images).
     */
    private Path encodeThroughCodecs(Shape shape, List<byte[]> original, List<String> command) throws Exception {
        Path input;
        if (command.isEmpty()) {
            input = tmp.resolve("j2k-in.dcm");
            try (EncodedPixels e = new EncapsulatingEncoder(OpenJpegCodec.INSTANCE, TransferSyntaxes.JPEG_2000_LOSSLESS, m -> m)
                    .encode(CodecTestImages.source(shape.module(), original), (i, f) -> { })) {
                CodecTestImages.write(input, e);
            }
        } else {
            Path in = CodecTestImages.writeNative(tmp.resolve("in.dcm"), shape.module(), original);
            input = tmp.resolve("ref.dcm");
            List<String> cmd = new ArrayList<>(command);
            cmd.add(in.toString());
            cmd.add(input.toString());
            CodecTestImages.transcode(tmp, input, cmd.toArray(String[]::new));
        }
        Path out = tmp.resolve("out.dcm");
        try (DicomInput in = DicomFileReader.open(input); FrameSource frames = Codecs.decoder(in)) {
            FrameEncoder encoder = Codecs.encoder(in, frames.module());
            assertInstanceOf(EncapsulatingEncoder.class, encoder, "encoded in-process");
            try (EncodedPixels encoded = encoder.encode(frames, (i, f) -> { })) {
                CodecTestImages.write(out, encoded);
            }
        }
        return out;
    }

    private static void assertSameWords(Shape shape, byte[] original, PixelModule decoded, byte[] ours, String what) {
        ReferenceImage a = DecoderConformanceTest.ourFrame(shape.module(), original);
        ReferenceImage b = DecoderConformanceTest.ourFrame(decoded, ours);
        compare(a, 0, b, false, what);
    }

    private static void assertSameAsReference(PixelModule m, byte[] ours, ReferenceImage ref, int frame, boolean storedOnly) {
        compare(ref, frame, DecoderConformanceTest.ourFrame(m, ours), storedOnly, "frame " + frame + " vs reference tool");
    }

    private static void compare(ReferenceImage a, int frameOfA, ReferenceImage b, boolean storedOnly, String what) {
        assertEquals(a.rows(), b.rows(), what + ": rows");
        assertEquals(a.columns(), b.columns(), what + ": columns");
        assertEquals(a.samplesPerPixel(), b.samplesPerPixel(), what + ": samples per pixel");
        long differing = 0;
        String first = null;
        for (int r = 0; r < a.rows(); r++) {
            for (int c = 0; c < a.columns(); c++) {
                for (int s = 0; s < a.samplesPerPixel(); s++) {
                    int x = storedOnly ? a.storedValue(frameOfA, r, c, s) : a.sample(frameOfA, r, c, s);
                    int y = storedOnly ? b.storedValue(0, r, c, s) : b.sample(0, r, c, s);
                    if (x != y) {
                        if (first == null) {
                            first = "row " + r + " col " + c + " sample " + s + ": " + x + " vs " + y;
                        }
                        differing++;
                    }
                }
            }
        }
        assertEquals(0, differing, what + ": samples differ, first at " + first);
    }

    /** The NEAR parameter of a JPEG-LS frame's first scan (SOS: Ls, Ns, Ns x (Ci, Tmi), NEAR). */
    static final class JpegLsNear {
        static int of(byte[] stream) {
            for (int i = 0; i + 4 < stream.length; i++) {
                if ((stream[i] & 0xFF) == 0xFF && (stream[i + 1] & 0xFF) == 0xDA) {
                    int ns = stream[i + 4] & 0xFF;
                    return stream[i + 5 + 2 * ns] & 0xFF;
                }
            }
            throw new AssertionError("no SOS marker");
        }
    }

    /** The coding style (COD) of a JPEG 2000 codestream's main header. */
    record Cod(int layers, int mct, int decompositions, int transform) {
        static Cod of(byte[] cs) {
            for (int i = 2; i + 13 < cs.length; i++) {
                if ((cs[i] & 0xFF) == 0xFF && (cs[i + 1] & 0xFF) == 0x52) {
                    // Lcod(2) Scod(1) progression(1) layers(2) MCT(1) decompositions(1) xcb(1) ycb(1) style(1) transform(1)
                    int at = i + 4;
                    return new Cod((cs[at + 2] & 0xFF) << 8 | cs[at + 3] & 0xFF, cs[at + 4] & 0xFF, cs[at + 5] & 0xFF,
                            cs[at + 9] & 0xFF);
                }
            }
            throw new AssertionError("no COD marker");
        }
    }
}
