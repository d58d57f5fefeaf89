package io.pixelscrub.scrubber.pipeline;

import io.pixelscrub.detector.image.BoxShrink;
import io.pixelscrub.detector.image.DisplayHints;
import io.pixelscrub.detector.image.DisplayImage;
import io.pixelscrub.detector.image.DisplayMapper;
import io.pixelscrub.scrubber.analysis.RawFrameBuilder;
import io.pixelscrub.scrubber.dicom.PixelModule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Takes the review pictures of chosen frames while redaction streams them, so that the review needs neither a second
 * decode of the input nor a decode of the written output. Each frame is rendered as the text detector renders it
 * (the same decoded values, display mapping and window) and shrunk at once, so a file holds at most
 * {@link ReviewFrames#MAX_FRAMES} small pictures. The "after" picture is the redacted frame the encoder receives: for
 * the lossless encoders this is what the output decodes to (their round trips are tested against dcmtk).
 */
final class ReviewPictureTaker {
    private static final DisplayMapper MAPPER = new DisplayMapper();

    private final Set<Integer> frames;
    private final int maxSide;
    private final DisplayHints hints;
    private final Map<Integer, DisplayImage> before = new HashMap<>();
    private final List<ReviewPicture> pictures = new ArrayList<>();
    private RawFrameBuilder builder;
    private double scale = 1;

    ReviewPictureTaker(Set<Integer> frames, int maxSide, DisplayHints hints) {
        this.frames = Set.copyOf(frames);
        this.maxSide = maxSide;
        this.hints = hints;
    }

    boolean wants(int frame) {
        return frames.contains(frame);
    }

    /** The frame as decoded, before anything in it changes. */
    void before(int frame, PixelModule decoded, byte[] raw) {
        before.put(frame, picture(decoded, raw));
    }

    /** The same frame with its regions filled. */
    void after(int frame, PixelModule decoded, byte[] raw) {
        DisplayImage b = before.remove(frame);
        if (b != null) {
            pictures.add(new ReviewPicture(frame, b, picture(decoded, raw), scale));
        }
    }

    List<ReviewPicture> pictures() {
        return List.copyOf(pictures);
    }

    private DisplayImage picture(PixelModule decoded, byte[] raw) {
        if (builder == null) {
            builder = new RawFrameBuilder(decoded, hints);
            scale = BoxShrink.scale(decoded.columns(), decoded.rows(), maxSide);
        }
        return BoxShrink.toMaxSide(MAPPER.primary(builder.build(raw)), maxSide);
    }
}
