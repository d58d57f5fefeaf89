package io.pixelscrub.scrubber.codec;

import io.pixelscrub.scrubber.output.PrivateTemp;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.dicom.PixelModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reversible JPEG 2000 with OpenJPEG's opj_compress, one process per frame: the fallback where libopenjp2 cannot be
 * loaded ({@link OpenJpegCodec} is the in-process path). Colour uses the reversible colour transform (MCT), so the
 * result is YBR_RCT as DICOM expects of JPEG 2000 Lossless colour images.
 */
final class OpenJpegToolCompressor implements FrameCompressor {
    static final OpenJpegToolCompressor INSTANCE = new OpenJpegToolCompressor();

    private OpenJpegToolCompressor() {
    }

    @Override
    public byte[] compress(byte[] frame, PixelModule m) throws IOException, InvalidDicomException {
        if (m.isSubsampled422()) {
            throw new InvalidDicomException("JPEG 2000 encoder cannot take subsampled (4:2:2) samples");
        }
        Path raw = PrivateTemp.file("pixelscrub-j2k-frame-", ".rawl");
        Path j2k = Path.of(raw.toString().replace(".rawl", ".j2k"));
        try {
            String format = m.columns() + "," + m.rows() + "," + m.samplesPerPixel() + "," + m.bitsStored() + ","
                    + (m.pixelRepresentation() == 1 ? "s" : "u");
            Files.write(raw, toPlanar(frame, m));
            List<String> args = m.isColor()
                    ? List.of("-i", raw.toString(), "-o", j2k.toString(), "-F", format, "-mct", "1")
                    : List.of("-i", raw.toString(), "-o", j2k.toString(), "-F", format);
            ExternalTool.run("opj_compress", args);
            return Files.readAllBytes(j2k);
        } finally {
            Files.deleteIfExists(raw);
            Files.deleteIfExists(j2k);
        }
    }

    /**
     * opj_compress's raw input: each component as a plane of stored values, little-endian, in 1 byte up to 8 bits
     * stored and 2 above (opj_compress reads by precision, not by BitsAllocated).
     */
    static byte[] toPlanar(byte[] f, PixelModule m) {
        int bytes = m.bitsStored() <= 8 ? 1 : 2;
        byte[] out = new byte[m.samplesPerFrame() * bytes];
        int[] row = new int[m.columns()];
        int i = 0;
        for (int s = 0; s < m.samplesPerPixel(); s++) {
            for (int y = 0; y < m.rows(); y++) {
                SamplePlanes.storedRow(f, m, s, y, row);
                for (int v : row) {
                    out[i++] = (byte) v;
                    if (bytes == 2) {
                        out[i++] = (byte) (v >> 8);
                    }
                }
            }
        }
        return out;
    }
}
