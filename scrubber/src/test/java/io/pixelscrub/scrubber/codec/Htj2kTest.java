package io.pixelscrub.scrubber.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.HeaderRegionDetector;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.RealFiles;
import io.pixelscrub.scrubber.dicom.DicomFileReader;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.dicom.PixelModule;
import io.pixelscrub.scrubber.dicom.TransferSyntaxes;
import io.pixelscrub.scrubber.pipeline.FileOutcome;
import io.pixelscrub.scrubber.pipeline.FileScrubber;
import io.pixelscrub.scrubber.pipeline.FileStatus;
import io.pixelscrub.testdata.env.RequiredTools;
import io.pixelscrub.testdata.reference.ToolRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * High-Throughput JPEG 2000: decoded in-process by OpenJPEG, encoded by OpenJPH's {@code ojph_compress}, and both
 * checked against OpenJPH's own decoder {@code ojph_expand} (an implementation independent of OpenJPEG; dcmtk 3.6.7 and
 * GDCM 3.0.21 read no HTJ2K). Frames are taken out of the DICOM files by {@code dcmdump +W}, not by our reader.
 */
class Htj2kTest {
    private static final String SAMPLE = "pydicom-data/SC_HTJ2K_08_RGB.dcm";

    @TempDir
    Path tmp;

    @BeforeAll
    static void tools() {
        RequiredTools.onPath("HTJ2K encoder and reference decoder", "openjph-tools", "ojph_compress", "ojph_expand");
        RequiredTools.onPath("fragments of encapsulated pixel data", "dcmtk", "dcmdump");
    }

    /**
     * The sample is irreversible (9/7 wavelet, ICT): two decoders round the inverse transform differently. Measured
     * against ojph_expand: 670 of 921,600 samples (0.07 %) one level apart, none further.
     */
    @Test
    void decodesTheRealSampleAsOpenJphDoes() throws Exception {
        Path in = RealFiles.path(SAMPLE);
        try (DicomInput d = DicomFileReader.open(in); FrameSource ours = Codecs.decoder(d)) {
            assertEquals(TransferSyntaxes.HTJ2K, d.transferSyntax());
            PixelModule m = ours.module();
            assertEquals(1, ours.frameCount());
            assertEquals(3, m.samplesPerPixel());
            byte[] reference = referenceFrames(in, m).get(0);
            byte[] decoded = ours.frame(0);
            assertEquals(reference.length, decoded.length);
            int apart = 0;
            for (int i = 0; i < reference.length; i++) {
                int diff = Math.abs((reference[i] & 0xFF) - (decoded[i] & 0xFF));
                assertTrue(diff <= IRREVERSIBLE_ROUNDING, "sample " + i + " is " + diff + " levels from ojph_expand's");
                apart += diff == 0 ? 0 : 1;
            }
            assertTrue(apart < reference.length / 500, apart + " samples differ: more than rounding");
        }
    }

    /** How far two decoders of an irreversible codestream may round a sample apart (measured: 1). */
    private static final int IRREVERSIBLE_ROUNDING = 1;

    @Test
    void whatWeEncodeOpenJphAndOpenJpegDecodeBackExactly() throws Exception {
        Random rnd = new Random(15);
        for (int[] layout : new int[][] {{8, 1}, {12, 1}, {16, 1}, {8, 3}}) {
            int bits = layout[0];
            int spp = layout[1];
            PixelModule m = module(53, 37, spp, bits);
            byte[] frame = randomFrame(m, rnd);
            byte[] j2c = OpenJphToolCompressor.INSTANCE.compress(frame, m);
            assertEquals(0x4F, j2c[1] & 0xFF, "a JPEG 2000 codestream (SOC)");
            String what = bits + " bits, " + spp + " sample(s)";
            assertArrayEquals(frame, expand(j2c, m), "ojph_expand, " + what);
            assertArrayEquals(frame, OpenJpegCodec.INSTANCE.decompress(j2c, m), "OpenJPEG, " + what);
        }
    }

    @Test
    void signedSamplesAreRefusedWithTheirReason() {
        PixelModule signed = new PixelModule(8, 8, 1, 16, 12, 11, 1, 0, "MONOCHROME2", 1);
        InvalidDicomException e = assertThrows(InvalidDicomException.class, () -> OpenJphToolCompressor.check(signed));
        assertTrue(e.getMessage().contains("signed"), e.getMessage());
    }

    /**
     * A box redacted in the real sample: black inside, every sample outside as before (within the rounding of the
     * irreversible original's decoders), HTJ2K still, now reversible.
     */
    @Test
    void redactedSampleKeepsItsSyntaxBlackInsideTheBoxUnchangedOutside() throws Exception {
        Path in = RealFiles.path(SAMPLE);
        byte[] original = Files.readAllBytes(in);
        Path out = tmp.resolve("out.dcm");
        Box box = new Box(300, 200, 60, 40);
        HeaderRegionDetector d = (h, r, c) ->
                List.of(new Finding(box, Set.of(), FindingSource.TEMPLATE, Verdict.PHI, 1.0, "test"));
        FileOutcome outcome = new FileScrubber(List.of(d), (list, cleaned) -> { }).scrub(in, out);

        assertEquals(FileStatus.SCRUBBED, outcome.status());
        assertArrayEquals(original, Files.readAllBytes(in), "input modified");
        assertEquals(TransferSyntaxes.HTJ2K, outcome.transferSyntaxOut());
        String dump = ToolRunner.run(tmp, List.of("dcmdump", "-M", "+P", "0002,0010", "+P", "0028,0004", out.toString()));
        assertTrue(dump.contains(TransferSyntaxes.HTJ2K), dump);
        assertTrue(dump.contains("YBR_RCT"), "colour written with the reversible colour transform: " + dump);

        PixelModule rgb = module(640, 480, 3, 8);
        byte[] before = referenceFrames(in, rgb).get(0);
        byte[] after = referenceFrames(out, rgb).get(0);
        int changedInside = 0;
        for (int y = 0; y < 480; y++) {
            for (int x = 0; x < 640; x++) {
                for (int s = 0; s < 3; s++) {
                    int i = 3 * (y * 640 + x) + s;
                    if (box.contains(x, y)) {
                        assertEquals(0, after[i], "inside the box at " + x + "," + y);
                        changedInside += before[i] != 0 ? 1 : 0;
                    } else {
                        // Re-encoded losslessly from OpenJPEG's decoding of the lossy original, compared with
                        // ojph_expand's: only the two decoders' rounding of the original remains.
                        assertTrue(Math.abs((before[i] & 0xFF) - (after[i] & 0xFF)) <= IRREVERSIBLE_ROUNDING,
                                "outside the box at " + x + "," + y + ": " + (before[i] & 0xFF) + " -> " + (after[i] & 0xFF));
                    }
                }
            }
        }
        assertNotEquals(0, changedInside, "the box was black already: the test would prove nothing");
    }

    private static PixelModule module(int columns, int rows, int spp, int bitsStored) {
        return new PixelModule(rows, columns, spp, bitsStored <= 8 ? 8 : 16, bitsStored, bitsStored - 1, 0, 0,
                spp == 3 ? "RGB" : "MONOCHROME2", 1);
    }

    private static byte[] randomFrame(PixelModule m, Random rnd) {
        int samples = m.columns() * m.rows() * m.samplesPerPixel();
        byte[] f = new byte[samples * m.bytesPerSample()];
        for (int i = 0; i < samples; i++) {
            int v = rnd.nextInt(1 << m.bitsStored());
            if (m.bytesPerSample() == 2) {
                f[2 * i] = (byte) v;
                f[2 * i + 1] = (byte) (v >> 8);
            } else {
                f[i] = (byte) v;
            }
        }
        return f;
    }

    /** Each frame of {@code dicom}, one fragment per frame, as {@code ojph_expand} decodes it. */
    private List<byte[]> referenceFrames(Path dicom, PixelModule m) throws Exception {
        Path dir = Files.createTempDirectory(tmp, "fragments");
        ToolRunner.run(tmp, List.of("dcmdump", "-q", "+W", dir.toString(), dicom.toString()));
        List<Path> items = new ArrayList<>();
        try (var s = Files.list(dir)) {
            s.filter(p -> p.toString().endsWith(".raw")).forEach(items::add);
        }
        items.sort((a, b) -> Integer.compare(index(a), index(b)));
        List<byte[]> frames = new ArrayList<>();
        for (Path item : items.subList(1, items.size())) { // item 0 is the basic offset table
            frames.add(expand(Files.readAllBytes(item), m));
        }
        return frames;
    }

    private static int index(Path item) {
        String n = item.getFileName().toString();
        String[] parts = n.substring(0, n.length() - ".raw".length()).split("\\.");
        return Integer.parseInt(parts[parts.length - 1]);
    }

    /** {@code j2c} decoded by ojph_expand, as the frame's sample bytes (little-endian words above 8 bits). */
    private byte[] expand(byte[] j2c, PixelModule m) throws Exception {
        Path in = Files.createTempFile(tmp, "frame", ".j2c");
        Files.write(in, j2c);
        boolean colour = m.samplesPerPixel() == 3;
        Path out = Files.createTempFile(tmp, "frame", colour ? ".ppm" : ".yuv");
        ToolRunner.run(tmp, List.of("ojph_expand", "-i", in.toString(), "-o", out.toString()));
        byte[] b = Files.readAllBytes(out);
        if (!colour) {
            return b; // planar raw: one plane, 2 bytes a sample above 8 bits, as the frame
        }
        int pixels = 3 * m.columns() * m.rows();
        String head = new String(b, 0, Math.min(b.length, 32), StandardCharsets.US_ASCII);
        assertTrue(head.startsWith("P6"), head);
        return Arrays.copyOfRange(b, b.length - pixels, b.length);
    }
}
