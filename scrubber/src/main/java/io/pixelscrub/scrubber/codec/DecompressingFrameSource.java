package io.pixelscrub.scrubber.codec;

import io.pixelscrub.scrubber.dicom.EncapsulatedPixelData;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.dicom.PixelModule;
import java.io.IOException;

/** Encapsulated frames decoded one per call by an in-process {@link FrameDecompressor} (CharLS, OpenJPEG). */
final class DecompressingFrameSource implements FrameSource {
    private final EncapsulatedPixelData pixels;
    private final PixelModule decoded;
    private final FrameDecompressor decompressor;

    /** @param decoded the layout frames decode to: the file's geometry and words, colour-by-pixel */
    DecompressingFrameSource(EncapsulatedPixelData pixels, PixelModule decoded, FrameDecompressor decompressor) {
        this.pixels = pixels;
        this.decoded = decoded;
        this.decompressor = decompressor;
    }

    @Override
    public PixelModule module() { return decoded; }

    @Override
    public int frameCount() { return pixels.frameCount(); }

    @Override
    public byte[] frame(int index) throws IOException, InvalidDicomException {
        byte[] codestream = pixels.readFrame(index);
        try {
            return decompressor.decompress(codestream, decoded);
        } catch (InvalidDicomException e) {
            throw new InvalidDicomException("corrupt compressed frame " + (index + 1) + " (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            throw new InvalidDicomException("corrupt compressed frame " + (index + 1) + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
