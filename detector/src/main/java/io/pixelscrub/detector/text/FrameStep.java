package io.pixelscrub.detector.text;

import io.pixelscrub.models.Box;
import java.util.List;

/**
 * The lines of one frame of a sequence, and how the frame was covered.
 *
 * @param lines    every line on the frame: found on it, or carried over from the previous frame where nothing changed
 * @param coverage how the frame was covered
 * @param searched where the detector looked ({@link Coverage#REGIONS}); empty otherwise
 */
public record FrameStep(List<ReadLine> lines, Coverage coverage, List<Box> searched) {

    public FrameStep {
        lines = List.copyOf(lines);
        searched = List.copyOf(searched);
    }

    /** How a frame was covered. Every frame is one of these: none is skipped. */
    public enum Coverage {
        /** The whole frame was searched. */
        WHOLE,
        /** The regions that changed since the previous frame were searched; the rest is pixel for pixel as there. */
        REGIONS,
        /** Every pixel of every rendering equals the previous frame's: its lines are the previous frame's. */
        UNCHANGED
    }

    public static FrameStep whole(List<ReadLine> lines) {
        return new FrameStep(lines, Coverage.WHOLE, List.of());
    }
}
