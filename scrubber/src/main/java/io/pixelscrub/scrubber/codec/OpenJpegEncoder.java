package io.pixelscrub.scrubber.codec;

import io.pixelscrub.scrubber.output.PrivateTemp;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.dicom.PixelModule;
import io.pixelscrub.scrubber.dicom.TransferSyntaxes;
import io.pixelscrub.scrubber.output.EncapsulatedItemsWriter;
import io.pixelscrub.scrubber.output.PixelDataPayload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reversible JPEG 2000 with OpenJPEG's opj_compress, one frame at a time. Colour uses the reversible colour transform
 * (MCT), so the result is YBR_RCT as DICOM expects of JPEG 2000 Lossless colour images.
 */
public final class OpenJpegEncoder {

    private OpenJpegEncoder() {
    }

    public static EncodedPixels encode(FrameSource frames, FrameTransform transform) throws IOException, InvalidDicomException {
        PixelModule m = frames.module();
        if (m.isSubsampled422() || m.planarConfiguration() != 0) {
            throw new InvalidDicomException("JPEG 2000 encoder needs colour-by-pixel samples");
        }
        Path items = PrivateTemp.file("pixelscrub-j2k-", ".items");
        Path raw = PrivateTemp.file("pixelscrub-j2k-frame-", ".rawl");
        Path j2k = Path.of(raw.toString().replace(".rawl", ".j2k"));
        try (EncapsulatedItemsWriter writer = new EncapsulatedItemsWriter(items)) {
            String format = m.columns() + "," + m.rows() + "," + m.samplesPerPixel() + "," + m.bitsStored() + ","
                    + (m.pixelRepresentation() == 1 ? "s" : "u");
            for (int i = 0; i < frames.frameCount(); i++) {
                byte[] f = frames.frame(i);
                transform.apply(i, f);
                Files.write(raw, toPlanar(f, m));
                List<String> args = m.isColor()
                        ? List.of("-i", raw.toString(), "-o", j2k.toString(), "-F", format, "-mct", "1")
                        : List.of("-i", raw.toString(), "-o", j2k.toString(), "-F", format);
                ExternalTool.run("opj_compress", args);
                writer.addFrame(Files.readAllBytes(j2k));
            }
            PixelDataPayload payload = writer.finish();
            PixelModule encoded = m.isColor() ? m.withPhotometric("YBR_RCT", 0) : m;
            return new EncodedPixels(payload, encoded, TransferSyntaxes.JPEG_2000_LOSSLESS, List.of(items));
        } catch (IOException | InvalidDicomException | RuntimeException e) {
            Files.deleteIfExists(items);
            throw e;
        } finally {
            Files.deleteIfExists(raw);
            Files.deleteIfExists(j2k);
        }
    }

    /** OpenJPEG's raw input holds each component as a plane; samples above BitsStored are masked off. */
    static byte[] toPlanar(byte[] f, PixelModule m) {
        int spp = m.samplesPerPixel();
        int bytes = m.bytesPerSample();
        int pixels = m.rows() * m.columns();
        int mask = m.bitsStored() >= 16 ? 0xFFFF : (1 << m.bitsStored()) - 1;
        boolean signed = m.pixelRepresentation() == 1;
        byte[] out = new byte[f.length];
        for (int p = 0; p < pixels; p++) {
            for (int s = 0; s < spp; s++) {
                int src = (p * spp + s) * bytes;
                int dst = (s * pixels + p) * bytes;
                int v = bytes == 2 ? (f[src] & 0xFF) | (f[src + 1] & 0xFF) << 8 : f[src] & 0xFF;
                v &= mask;
                if (signed && m.bitsStored() < 16 && (v & (1 << (m.bitsStored() - 1))) != 0) {
                    v |= ~mask; // sign-extend so OpenJPEG sees the stored value
                }
                out[dst] = (byte) v;
                if (bytes == 2) {
                    out[dst + 1] = (byte) (v >> 8);
                }
            }
        }
        return out;
    }
}
