package io.pixelscrub.scrubber.codec;

import io.pixelscrub.scrubber.output.PrivateTemp;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.dicom.PixelModule;
import io.pixelscrub.scrubber.output.EncapsulatedItemsWriter;
import io.pixelscrub.scrubber.output.PixelDataPayload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Compresses frames one at a time and writes them as encapsulated pixel data (empty basic offset table, one fragment
 * per frame), one frame in memory at a time.
 */
final class EncapsulatingEncoder implements FrameEncoder {
    private final FrameCompressor compressor;
    private final String transferSyntax;
    private final UnaryOperator<PixelModule> encodedModule;

    /** @param encodedModule what the header must say of the encoded frames (JPEG 2000 colour becomes YBR_RCT) */
    EncapsulatingEncoder(FrameCompressor compressor, String transferSyntax, UnaryOperator<PixelModule> encodedModule) {
        this.compressor = compressor;
        this.transferSyntax = transferSyntax;
        this.encodedModule = encodedModule;
    }

    @Override
    public EncodedPixels encode(FrameSource frames, FrameTransform transform) throws IOException, InvalidDicomException {
        PixelModule m = frames.module();
        Path items = PrivateTemp.file("pixelscrub-enc-", ".items");
        try (EncapsulatedItemsWriter writer = new EncapsulatedItemsWriter(items)) {
            for (int i = 0; i < frames.frameCount(); i++) {
                byte[] f = frames.frame(i);
                transform.apply(i, f);
                writer.addFrame(compressor.compress(f, m));
            }
            PixelDataPayload payload = writer.finish();
            return new EncodedPixels(payload, encodedModule.apply(m), transferSyntax, List.of(items));
        } catch (IOException | InvalidDicomException | RuntimeException e) {
            Files.deleteIfExists(items);
            throw e;
        }
    }
}
