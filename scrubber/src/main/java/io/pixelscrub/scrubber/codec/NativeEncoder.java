package io.pixelscrub.scrubber.codec;

import io.pixelscrub.scrubber.output.PrivateTemp;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.output.PixelDataPayload;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Streams transformed frames into an uncompressed pixel data file, one frame in memory at a time. */
final class NativeEncoder implements FrameEncoder {
    private final String transferSyntax;
    private final boolean bigEndian;
    private final String vr;

    NativeEncoder(String transferSyntax, boolean bigEndian, String vr) {
        this.transferSyntax = transferSyntax;
        this.bigEndian = bigEndian;
        this.vr = vr;
    }

    @Override
    public EncodedPixels encode(FrameSource frames, FrameTransform transform) throws IOException, InvalidDicomException {
        Path file = PrivateTemp.file("pixelscrub-native-", ".raw");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            boolean swap = bigEndian && frames.module().bitsAllocated() == 16;
            for (int i = 0; i < frames.frameCount(); i++) {
                byte[] f = frames.frame(i);
                transform.apply(i, f);
                if (swap) {
                    NativeFrameSource.swap16(f);
                }
                out.write(f);
            }
        } catch (IOException | InvalidDicomException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        PixelDataPayload p = new PixelDataPayload(file, 0, Files.size(file), vr, false);
        return new EncodedPixels(p, frames.module(), transferSyntax, List.of(file));
    }
}
