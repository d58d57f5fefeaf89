package io.pixelscrub.scrubber.codec;

import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.dicom.PixelModule;
import io.pixelscrub.scrubber.dicom.TransferSyntaxes;
import java.io.IOException;

/** Chooses the decoder for a file's pixel data: in-process where PixelMed can, a dcmtk tool where it cannot. */
public final class FrameDecoders {

    private FrameDecoders() {
    }

    public static FrameSource open(DicomInput input) throws IOException, InvalidDicomException {
        if (!input.hasPixelData()) {
            throw new InvalidDicomException("file has no pixel data");
        }
        PixelModule m = input.module().orElseThrow();
        String ts = input.transferSyntax();
        if (!input.location().encapsulated()) {
            return new NativeFrameSource(input.pixelFile(), input.location().valueOffset(), m,
                    TransferSyntaxes.EXPLICIT_BE.equals(ts));
        }
        if (pixelMedDecodes(ts, m)) {
            return new PixelMedFrameSource(input.encapsulated().orElseThrow(), m, ts);
        }
        return ToolDecodedFrameSource.decode(input.source(), ts);
    }

    /** Measured: PixelMed lacks JPEG-LS, 12-bit JPEG and RLE of 16-bit colour (see DESIGN.md). */
    static boolean pixelMedDecodes(String ts, PixelModule m) {
        return switch (ts) {
            case TransferSyntaxes.JPEG_BASELINE, TransferSyntaxes.JPEG_LOSSLESS, TransferSyntaxes.JPEG_LOSSLESS_SV1,
                 TransferSyntaxes.JPEG_2000_LOSSLESS, TransferSyntaxes.JPEG_2000 -> true;
            case TransferSyntaxes.RLE -> m.bitsAllocated() == 8 || !m.isColor();
            default -> false;
        };
    }
}
