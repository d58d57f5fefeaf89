package io.pixelscrub.detector.text;

import io.pixelscrub.models.Box;
import java.util.List;

/**
 * The lines of one frame of a sequence, and how the frame was covered.
 *
 * @param lines     every line on the frame: found on it, or carried over from the previous frame where nothing changed
 *                  (or, in a live picture, where nothing that holds changed)
 * @param coverage  how the frame was covered
 * @param searched  where the detector looked ({@link Coverage#REGIONS}); empty otherwise
 * @param backdated lines found new on this frame in a live picture that was not searched on the frames before it:
 *                  they may have been there since, and are taken to be ({@link LiveTiles})
 */
public record FrameStep(List<ReadLine> lines, Coverage coverage, List<Box> searched, List<Backdated> backdated) {

    public FrameStep {
        lines = List.copyOf(lines);
        searched = List.copyOf(searched);
        backdated = List.copyOf(backdated);
    }

    public FrameStep(List<ReadLine> lines, Coverage coverage, List<Box> searched) {
        this(lines, coverage, searched, List.of());
    }

    /** A line of this frame that is also taken to be on each of the {@code frames} frames before it. */
    public record Backdated(Box box, int frames) { }

    /** How a frame was covered. Every frame is one of these: none is skipped. */
    public enum Coverage {
        /** The whole frame was searched. */
        WHOLE,
        /**
         * The regions that changed since the previous frame were searched; the rest is pixel for pixel as there, or
         * live picture whose held pixels did not change ({@link LiveTiles}).
         */
        REGIONS,
        /**
         * Only live picture changed ({@link LiveTiles}), and nothing that holds from frame to frame changed in it: the
         * lines are the previous frame's.
         */
        LIVE,
        /** Every pixel of every rendering equals the previous frame's: its lines are the previous frame's. */
        UNCHANGED
    }

    public static FrameStep whole(List<ReadLine> lines) {
        return new FrameStep(lines, Coverage.WHOLE, List.of());
    }
}
