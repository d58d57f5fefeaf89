package io.pixelscrub.scrubber.pipeline;

import io.pixelscrub.scrubber.output.PrivateTemp;
import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.analysis.StoredBits;
import io.pixelscrub.scrubber.codec.Codecs;
import io.pixelscrub.scrubber.codec.CompressedFrameRewriter;
import io.pixelscrub.scrubber.codec.EncodedPixels;
import io.pixelscrub.scrubber.codec.FrameSource;
import io.pixelscrub.scrubber.codec.FrameTransform;
import io.pixelscrub.scrubber.dicom.DicomInput;
import io.pixelscrub.scrubber.dicom.EncapsulatedPixelData;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.dicom.PixelModule;
import io.pixelscrub.scrubber.limit.FileBudget;
import io.pixelscrub.scrubber.output.EncapsulatedItemsWriter;
import io.pixelscrub.scrubber.output.PixelDataPayload;
import io.pixelscrub.scrubber.redact.FillValue;
import io.pixelscrub.scrubber.redact.NativeFrameRedactor;
import io.pixelscrub.scrubber.redact.PaletteDarkestEntry;
import io.pixelscrub.scrubber.redact.jpeg.CorruptJpegException;
import io.pixelscrub.scrubber.timing.Stage;
import io.pixelscrub.scrubber.timing.StageTimes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Produces the output pixel data: untouched (byte-identical) when nothing is redacted; otherwise redacted frame by frame
 * and encoded in the same transfer syntax, or its lossless sibling for lossy syntaxes (see {@link Codecs#outputSyntax}),
 * with the decoder and encoder {@link Codecs} chooses.
 */
public final class PixelRewriter {

    private PixelRewriter() {
    }

    public static EncodedPixels untouched(DicomInput in) {
        PixelDataPayload p = new PixelDataPayload(in.pixelFile(), in.location().valueOffset(), in.location().valueEnd(),
                in.location().vr(), in.location().encapsulated());
        return new EncodedPixels(p, in.module().orElseThrow(), in.transferSyntax(), List.of());
    }

    public static EncodedPixels redact(DicomInput in, RedactionPlan plan) throws IOException, InvalidDicomException {
        return redact(in, plan, new StageTimes());
    }

    /**
     * As above, adding to {@code times}: decoding (the decoder opened and each frame), filling (redact) and the rest
     * (encode). Frames stream from decoder to encoder one at a time.
     */
    public static EncodedPixels redact(DicomInput in, RedactionPlan plan, StageTimes times) throws IOException, InvalidDicomException {
        return redact(in, plan, times, null);
    }

    /** As above; {@code pictures} (or null) takes the review pictures of its frames as they pass. */
    static EncodedPixels redact(DicomInput in, RedactionPlan plan, StageTimes times, ReviewPictureTaker pictures)
            throws IOException, InvalidDicomException {
        long start = System.nanoTime();
        long countedBefore = counted(times);
        java.util.Optional<CompressedFrameRewriter> blocks = Codecs.rewriter(in);
        try {
            return blocks.isPresent() ? rewriteFrames(in, plan, blocks.get()) : decodeRedactEncode(in, plan, times, pictures);
        } finally {
            long counted = counted(times) - countedBefore;
            times.add(blocks.isPresent() ? Stage.REDACT : Stage.ENCODE, System.nanoTime() - start - counted);
        }
    }

    /** The stages timed inside the frame loop; the rest of redact's time is encoding (or block rewriting). */
    private static long counted(StageTimes times) {
        return times.nanos(Stage.DECODE) + times.nanos(Stage.REDACT) + times.nanos(Stage.THUMBNAIL);
    }

    private static EncodedPixels decodeRedactEncode(DicomInput in, RedactionPlan plan, StageTimes times,
                                                    ReviewPictureTaker pictures) throws IOException, InvalidDicomException {
        long opening = System.nanoTime();
        FrameSource opened = Codecs.decoder(in);
        times.lap(Stage.DECODE, opening); // a tool decoder decodes the whole file here
        try (FrameSource frames = new CountedFrameSource(opened, times)) {
            PixelModule decoded = frames.module();
            int palette = "PALETTE COLOR".equals(decoded.photometric()) ? PaletteDarkestEntry.find(in.header()) : 0;
            NativeFrameRedactor redactor = new NativeFrameRedactor(decoded, FillValue.of(decoded, palette));
            StoredBits storedBits = new StoredBits(decoded);
            FrameTransform transform = (i, f) -> {
                FileBudget.current().check(); // a slow file stops at the next frame once over its time
                boolean picture = pictures != null && pictures.wants(i);
                if (picture) {
                    long p0 = System.nanoTime();
                    pictures.before(i, decoded, f);
                    times.lap(Stage.THUMBNAIL, p0);
                }
                long t0 = System.nanoTime();
                if (plan.clearOutsideBits()) {
                    storedBits.clearOutside(f);
                }
                redactor.redact(f, plan.boxesFor(i));
                long t1 = times.lap(Stage.REDACT, t0);
                if (picture) {
                    pictures.after(i, decoded, f);
                    times.lap(Stage.THUMBNAIL, t1);
                }
            };
            return Codecs.encoder(in, decoded).encode(frames, transform);
        }
    }

    /** Each compressed frame rewritten where it has regions, copied where it has none; the syntax is kept. */
    private static EncodedPixels rewriteFrames(DicomInput in, RedactionPlan plan, CompressedFrameRewriter rewriter)
            throws IOException, InvalidDicomException {
        EncapsulatedPixelData pixels = in.encapsulated().orElseThrow();
        Path items = PrivateTemp.file("pixelscrub-jpeg-", ".items");
        try (EncapsulatedItemsWriter writer = new EncapsulatedItemsWriter(items)) {
            for (int i = 0; i < pixels.frameCount(); i++) {
                byte[] frame = pixels.readFrame(i);
                List<Box> boxes = plan.boxesFor(i);
                try {
                    writer.addFrame(rewriter.rewrite(frame, boxes));
                } catch (CorruptJpegException e) {
                    String where = pixels.frameCount() > 1 ? " in frame " + (i + 1) : "";
                    throw CorruptJpegTriage.reason(in.source(), where, e);
                }
            }
            PixelDataPayload payload = writer.finish();
            return new EncodedPixels(payload, in.module().orElseThrow(), in.transferSyntax(), List.of(items));
        } catch (IOException | InvalidDicomException | RuntimeException e) {
            Files.deleteIfExists(items);
            throw e;
        }
    }
}
