package io.pixelscrub.scrubber.codec;

import com.pixelmed.dicom.CompressedFrameDecoder;
import com.pixelmed.dicom.DicomException;
import io.pixelscrub.scrubber.dicom.EncapsulatedPixelData;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.dicom.PixelModule;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.io.IOException;

/** Decodes encapsulated frames in-process with PixelMed (RLE, JPEG baseline and lossless, JPEG 2000), one frame per call. */
final class PixelMedFrameSource implements FrameSource {
    private final EncapsulatedPixelData pixels;
    private final PixelModule fileModule;
    private final CompressedFrameDecoder decoder;
    private PixelModule decodedModule;
    /** Frame 0 decoded early to learn the decoded layout; handed out once instead of being decoded again. */
    private byte[] firstFrame;

    PixelMedFrameSource(EncapsulatedPixelData pixels, PixelModule fileModule, String transferSyntax) throws InvalidDicomException {
        this.pixels = pixels;
        this.fileModule = fileModule;
        ColorSpace cs = ColorSpace.getInstance(fileModule.isColor() ? ColorSpace.CS_sRGB : ColorSpace.CS_GRAY);
        try {
            this.decoder = new CompressedFrameDecoder(transferSyntax, fileModule.bytesPerSample(), fileModule.columns(),
                    fileModule.rows(), fileModule.samplesPerPixel(), cs);
        } catch (DicomException | RuntimeException e) {
            throw new InvalidDicomException("no in-process decoder for this pixel data (" + e.getClass().getSimpleName() + ")", e);
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (Error e) {
            throw new InvalidDicomException("no in-process decoder for this pixel data (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    @Override
    public synchronized PixelModule module() {
        if (decodedModule == null) {
            try {
                firstFrame = frame(0);
            } catch (IOException | InvalidDicomException e) {
                return fileModule;
            }
        }
        return decodedModule;
    }

    @Override
    public int frameCount() { return pixels.frameCount(); }

    @Override
    public synchronized byte[] frame(int index) throws IOException, InvalidDicomException {
        if (index == 0 && firstFrame != null) {
            byte[] f = firstFrame;
            firstFrame = null;
            return f;
        }
        BufferedImage image;
        try {
            image = decoder.getDecompressedFrameAsBufferedImage(pixels.readFrame(index));
        } catch (DicomException | RuntimeException e) {
            throw new InvalidDicomException("corrupt compressed frame " + (index + 1) + " (" + e.getClass().getSimpleName() + ")", e);
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (Error e) {
            // jai-imageio's JPEG 2000 reader throws Errors at bad input (jj2000.j2k.NotImplementedError: "Tile length
            // larger than maximum supported", found by DicomReaderFuzzTest): the frame cannot be decoded, nothing more.
            throw new InvalidDicomException("corrupt compressed frame " + (index + 1) + " (" + e.getClass().getSimpleName() + ")", e);
        }
        if (image == null) {
            throw new InvalidDicomException("corrupt compressed frame " + (index + 1) + " (decoder returned nothing)");
        }
        if (decodedModule == null) {
            decodedModule = decodedModule();
        }
        try {
            return RasterLayout.toNative(image, decodedModule);
        } catch (IllegalStateException e) {
            throw new InvalidDicomException("frame " + (index + 1) + ": " + e.getMessage(), e);
        }
    }

    /** Decoders hand back full-resolution, colour-by-pixel samples; some convert YCbCr to RGB on the way. */
    private PixelModule decodedModule() {
        String pi = fileModule.photometric();
        if (fileModule.isColor()) {
            if (decoder.getColorSpaceConvertedToRGBDuringDecompression() || pi.equals("YBR_RCT") || pi.equals("YBR_ICT")) {
                pi = "RGB";
            } else if (fileModule.isSubsampled422()) {
                pi = "YBR_FULL";
            }
        }
        return fileModule.withPhotometric(pi, 0);
    }
}
