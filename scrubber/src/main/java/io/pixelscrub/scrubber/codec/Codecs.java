package io.pixelscrub.scrubber.codec;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.dicom.PixelModule;
import io.pixelscrub.scrubber.dicom.TransferSyntaxes;
import java.io.IOException;

/**
 * The one place that chooses, per transfer syntax family, how a file's frames are decoded ({@link #decoder}) and how
 * redacted frames are encoded ({@link #encoder}, in {@link #outputSyntax}): in-process where a library can (PixelMed,
 * CharLS for JPEG-LS, OpenJPEG for JPEG 2000 and HTJ2K, {@link RleCodec} for RLE), a dcmtk, GDCM, OpenJPEG or OpenJPH
 * (HTJ2K encoding) command-line tool where it cannot (a library
 * missing, or a layout it does not take). JPEG Baseline redaction rewrites blocks without decoding
 * ({@code pipeline.PixelRewriter}) and does not come here for an encoder.
 */
public final class Codecs {
    private static final String SECONDARY_CAPTURE = "1.2.840.10008.5.1.4.1.1.7";

    private Codecs() {
    }

    /** Where a redacted image is re-encoded. Lossy syntaxes other than baseline JPEG go lossless, so no second generation loss. */
    public static String outputSyntax(String inputSyntax) {
        return switch (inputSyntax) {
            case TransferSyntaxes.JPEG_EXTENDED -> TransferSyntaxes.JPEG_LOSSLESS_SV1;
            case TransferSyntaxes.JPEG_LS_NEAR_LOSSLESS -> TransferSyntaxes.JPEG_LS_LOSSLESS;
            case TransferSyntaxes.JPEG_2000 -> TransferSyntaxes.JPEG_2000_LOSSLESS;
            // RPCL-only HTJ2K also asks for markers OpenJPH's tool does not write: plain HTJ2K Lossless, as lossless.
            case TransferSyntaxes.HTJ2K_LOSSLESS_RPCL -> TransferSyntaxes.HTJ2K_LOSSLESS;
            default -> inputSyntax;
        };
    }

    /**
     * The block-level rewriter for {@code input}'s syntax, if it has one (baseline JPEG): redaction then never decodes
     * the frames and the untouched blocks stay bit-exact. Otherwise frames go through {@link #decoder} and {@link #encoder}.
     */
    public static java.util.Optional<CompressedFrameRewriter> rewriter(DicomInput input) {
        if (!TransferSyntaxes.JPEG_BASELINE.equals(input.transferSyntax()) || input.module().isEmpty()) {
            return java.util.Optional.empty();
        }
        PixelModule m = input.module().get();
        boolean monochrome1 = "MONOCHROME1".equals(m.photometric());
        return java.util.Optional.of((frame, boxes) -> {
            if (boxes.isEmpty()) {
                return frame;
            }
            // Every frame's own size, not only the first's (checked when the file was opened), before any buffer is sized.
            io.pixelscrub.scrubber.dicom.CodestreamSize.checkFrame(frame, m, TransferSyntaxes.JPEG_BASELINE);
            return io.pixelscrub.scrubber.redact.JpegBlockRedactor.redact(frame, boxes, monochrome1);
        });
    }

    public static FrameSource decoder(DicomInput input) throws IOException, InvalidDicomException {
        if (!input.hasPixelData()) {
            throw new InvalidDicomException("file has no pixel data");
        }
        PixelModule m = input.module().orElseThrow();
        String ts = input.transferSyntax();
        if (!input.location().encapsulated()) {
            return new NativeFrameSource(input.pixelFile(), input.location().valueOffset(), m,
                    TransferSyntaxes.EXPLICIT_BE.equals(ts));
        }
        FrameDecompressor inProcess = libraryDecoder(ts, m);
        FrameSource source = inProcess != null
                ? new DecompressingFrameSource(input.encapsulated().orElseThrow(), decodedLayout(ts, m), inProcess)
                : pixelMedDecodes(ts, m) ? new PixelMedFrameSource(input.encapsulated().orElseThrow(), m, ts)
                : ToolDecodedFrameSource.decode(input.source(), ts);
        try {
            return matching(source, m);
        } catch (InvalidDicomException | RuntimeException e) {
            source.close();
            throw e;
        }
    }

    /** The encoder for {@code input}'s redacted frames, which {@link #decoder} decoded to {@code decoded}. */
    public static FrameEncoder encoder(DicomInput input, PixelModule decoded) throws InvalidDicomException {
        String ts = input.transferSyntax();
        if (TransferSyntaxes.isNative(ts)) {
            return new NativeEncoder(ts, TransferSyntaxes.EXPLICIT_BE.equals(ts), input.location().vr());
        }
        String target = outputSyntax(ts);
        if (TransferSyntaxes.JPEG_2000_LOSSLESS.equals(target)) {
            FrameCompressor j2k = OpenJpegCodec.supports(decoded) ? OpenJpegCodec.INSTANCE : OpenJpegToolCompressor.INSTANCE;
            return new EncapsulatingEncoder(j2k, target, Codecs::reversibleColourTransform);
        }
        if (TransferSyntaxes.isHtj2k(target)) {
            OpenJphToolCompressor.check(decoded);
            return new EncapsulatingEncoder(OpenJphToolCompressor.INSTANCE, target, Codecs::reversibleColourTransform);
        }
        if (TransferSyntaxes.JPEG_LS_LOSSLESS.equals(target) && CharLsCodec.supports(decoded)) {
            return new EncapsulatingEncoder(CharLsCodec.INSTANCE, target, m -> m);
        }
        if (TransferSyntaxes.RLE.equals(target) && RleCodec.supports(decoded)) {
            // RLE codes colour plane by plane whatever the frames' order; the header says so, as dcmcrle writes it.
            return new EncapsulatingEncoder(RleCodec.INSTANCE, target, m -> m.isColor() ? m.withPhotometric(m.photometric(), 1) : m);
        }
        if (DcmtkEncoder.supports(target)) {
            String sopClass = Attribute.getSingleStringValueOrEmptyString(input.header(), TagFromName.SOPClassUID);
            return new DcmtkEncoder(target, sopClass.isEmpty() ? SECONDARY_CAPTURE : sopClass);
        }
        throw new InvalidDicomException("no encoder for " + TransferSyntaxes.name(target));
    }

    /** Lossless JPEG 2000 and HTJ2K colour uses the reversible colour transform: the header says YBR_RCT. */
    private static PixelModule reversibleColourTransform(PixelModule m) {
        return m.isColor() ? m.withPhotometric("YBR_RCT", 0) : m;
    }

    /** Whether encapsulated frames of this syntax decode inside the JVM (PixelMed or a native library), not in a tool. */
    public static boolean decodesInProcess(String ts, PixelModule m) {
        return libraryDecoder(ts, m) != null || pixelMedDecodes(ts, m);
    }

    /** One line on the in-process codec libraries, for logs and {@code bench}. */
    public static String libraries() {
        return CharLs.LIBRARY.describe() + "; " + OpenJpeg.LIBRARY.describe();
    }

    private static FrameDecompressor libraryDecoder(String ts, PixelModule m) {
        return switch (ts) {
            case TransferSyntaxes.JPEG_LS_LOSSLESS, TransferSyntaxes.JPEG_LS_NEAR_LOSSLESS ->
                    CharLsCodec.supports(m) ? CharLsCodec.INSTANCE : null;
            // OpenJPEG 2.5 decodes HTJ2K codestreams (not encodes them: OpenJphToolCompressor does).
            case TransferSyntaxes.JPEG_2000_LOSSLESS, TransferSyntaxes.JPEG_2000, TransferSyntaxes.HTJ2K_LOSSLESS,
                 TransferSyntaxes.HTJ2K_LOSSLESS_RPCL, TransferSyntaxes.HTJ2K ->
                    OpenJpegCodec.supports(m) ? OpenJpegCodec.INSTANCE : null;
            case TransferSyntaxes.RLE -> RleCodec.supports(m) ? RleCodec.INSTANCE : null;
            default -> null;
        };
    }

    /** Library decoders give colour-by-pixel samples; OpenJPEG undoes JPEG 2000's colour transforms (RCT, ICT) to RGB. */
    private static PixelModule decodedLayout(String ts, PixelModule m) {
        boolean j2kTransform = TransferSyntaxes.isJpeg2000(ts)
                && ("YBR_RCT".equals(m.photometric()) || "YBR_ICT".equals(m.photometric()));
        return m.withPhotometric(j2kTransform ? "RGB" : m.photometric(), 0);
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
     * Measured: PixelMed lacks JPEG-LS, 12-bit JPEG and RLE of 16-bit colour (see DESIGN.md). JPEG 2000 goes to
     * OpenJPEG in-process when libopenjp2 loads; without it, PixelMed (jai-imageio) decodes it, except irreversible
     * (YBR_ICT) colour, which goes to gdcmconv (OpenJPEG): jai-imageio's J2KImageReader decodes it with a systematic +1
     * bias (on US1_J2KI 89% of samples are 1 above OpenJPEG's, mean error against the lossless original 2.2 instead
     * of 1.7; see DecoderConformanceTest). Grey irreversible JPEG 2000 differs only by rounding.
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
