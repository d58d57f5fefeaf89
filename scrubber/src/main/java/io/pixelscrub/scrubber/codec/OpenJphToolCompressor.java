package io.pixelscrub.scrubber.codec;

import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.dicom.PixelModule;
import io.pixelscrub.scrubber.output.PrivateTemp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reversible HTJ2K (High-Throughput JPEG 2000) with OpenJPH's {@code ojph_compress} (Debian {@code openjph-tools}), one
 * process per frame: OpenJPEG decodes HTJ2K but cannot write it. Grey frames go in as raw planes (1 byte a sample up
 * to 8 bits stored, 2 little-endian above), colour as an 8-bit PPM with the reversible colour transform, so the header
 * says YBR_RCT as for JPEG 2000 Lossless. {@code ojph_compress} 0.9 reads signed raw samples as unsigned (measured:
 * every sample came back clipped), and takes colour only from PPM: signed and 16-bit colour frames are refused with
 * their reason, before any frame is written.
 */
final class OpenJphToolCompressor implements FrameCompressor {
    static final OpenJphToolCompressor INSTANCE = new OpenJphToolCompressor();
    static final String TOOL = "ojph_compress";

    private OpenJphToolCompressor() {
    }

    /** Refuses what the tool cannot encode losslessly: signed samples, colour other than 8-bit RGB, 4:2:2. */
    static void check(PixelModule m) throws InvalidDicomException {
        if (m.pixelRepresentation() == 1) {
            throw new InvalidDicomException("no HTJ2K encoder for signed samples (OpenJPH's ojph_compress reads them as unsigned)");
        }
        if (m.isColor() && (m.samplesPerPixel() != 3 || m.bitsStored() != 8 || m.isSubsampled422())) {
            throw new InvalidDicomException("no HTJ2K encoder for colour other than 8-bit RGB samples");
        }
        if (!m.isColor() && m.samplesPerPixel() != 1) {
            throw new InvalidDicomException("no HTJ2K encoder for " + m.samplesPerPixel() + " samples per pixel");
        }
    }

    @Override
    public byte[] compress(byte[] frame, PixelModule m) throws IOException, InvalidDicomException {
        check(m);
        boolean colour = m.isColor();
        Path in = PrivateTemp.file("pixelscrub-htj2k-frame-", colour ? ".ppm" : ".yuv");
        Path out = Path.of(in.toString().replaceAll("\\.(ppm|yuv)$", ".j2c"));
        try {
            Files.write(in, colour ? ppm(frame, m) : OpenJpegToolCompressor.toPlanar(frame, m));
            List<String> args = colour
                    ? List.of("-i", in.toString(), "-o", out.toString(), "-reversible", "true", "-colour_trans", "true")
                    : List.of("-i", in.toString(), "-o", out.toString(), "-reversible", "true",
                            "-dims", "{" + m.columns() + "," + m.rows() + "}", "-num_comps", "1", "-signed", "false",
                            "-bit_depth", Integer.toString(m.bitsStored()), "-downsamp", "{1,1}");
            ExternalTool.run(TOOL, args);
            return Files.readAllBytes(out);
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
        }
    }

    /** A binary PPM of the frame's 8-bit RGB samples, pixel by pixel whatever the frame's planar configuration. */
    static byte[] ppm(byte[] f, PixelModule m) {
        byte[] head = ("P6\n" + m.columns() + " " + m.rows() + "\n255\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[head.length + 3 * m.columns() * m.rows()];
        System.arraycopy(head, 0, out, 0, head.length);
        int[] row = new int[m.columns()];
        for (int s = 0; s < 3; s++) {
            for (int y = 0; y < m.rows(); y++) {
                SamplePlanes.storedRow(f, m, s, y, row);
                int base = head.length + 3 * y * m.columns() + s;
                for (int x = 0; x < row.length; x++) {
                    out[base + 3 * x] = (byte) row[x];
                }
            }
        }
        return out;
    }
}
