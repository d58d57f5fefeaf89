package io.pixelscrub.detector.text;

import io.pixelscrub.detector.image.RawFrame;

/**
 * Reads the frames of one image in order (a cine), knowing what earlier frames held: what did not change need not be
 * searched or read again. One per image, on the worker thread that reads it.
 */
@FunctionalInterface
public interface FrameSequence {

    /** The lines of the next frame, and how much of it was searched. */
    FrameStep next(RawFrame frame);
}
