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
        FrameSource source = pixelMedDecodes(ts, m) ? new PixelMedFrameSource(input.encapsulated().orElseThrow(), m, ts)
                : ToolDecodedFrameSource.decode(input.source(), ts);
        try {
            return matching(source, m);
        } catch (InvalidDicomException | RuntimeException e) {
            source.close();
            throw e;
        }
    }

    /**
     * Fail closed: a decoder that yields fewer or more frames, or frames of another size, than the header describes
     * would leave frames unchecked or checked in the wrong place, so the file is refused.
     */
    private static FrameSource matching(FrameSource source, PixelModule header) throws InvalidDicomException {
        if (source.frameCount() != header.frames()) {
            throw new InvalidDicomException("the decoder found " + source.frameCount() + " frame(s), the header says "
                    + header.frames() + ": not every frame could be checked");
        }
        PixelModule decoded = source.module();
        if (decoded.rows() != header.rows() || decoded.columns() != header.columns()) {
            throw new InvalidDicomException("decoded frames are " + decoded.columns() + "x" + decoded.rows()
                    + ", the header says " + header.columns() + "x" + header.rows());
        }
        return source;
    }

    /**
     * Measured: PixelMed lacks JPEG-LS, 12-bit JPEG and RLE of 16-bit colour (see DESIGN.md).
     * Irreversible (YBR_ICT) colour JPEG 2000 goes to gdcmconv (OpenJPEG) too: jai-imageio's J2KImageReader decodes it
     * with a systematic +1 bias (on US1_J2KI 89% of samples are 1 above OpenJPEG's, mean error against the lossless
     * original 2.2 instead of 1.7; see DecoderConformanceTest). Grey irreversible JPEG 2000 differs only by rounding.
     */
    static boolean pixelMedDecodes(String ts, PixelModule m) {
        return switch (ts) {
            case TransferSyntaxes.JPEG_BASELINE, TransferSyntaxes.JPEG_LOSSLESS, TransferSyntaxes.JPEG_LOSSLESS_SV1,
                 TransferSyntaxes.JPEG_2000_LOSSLESS -> true;
            case TransferSyntaxes.JPEG_2000 -> !m.isColor();
            case TransferSyntaxes.RLE -> m.bitsAllocated() == 8 || !m.isColor();
            default -> false;
        };
    }
}
