package io.pixelscrub.detector.text;

import io.pixelscrub.detector.image.RawFrame;
import java.util.List;

/**
 * Frame in, text lines out: renders the frame for display (more than one mapping when text may be faint),
 * locates text, merges what the mappings found, and reads each line. One instance per worker thread.
 */
public interface FrameTextReader extends AutoCloseable {

    List<ReadLine> read(RawFrame frame);

    /** Time spent in OCR so far (the rest of {@link #read} is rendering and locating); zero for readers that do not count. */
    default OcrClock ocrClock() {
        return OcrClock.NONE;
    }

    /**
     * Reads the frames of one image in order. By default every frame is read whole; a reader that can tell what
     * changed between frames searches only there.
     */
    default FrameSequence sequence() {
        return frame -> FrameStep.whole(read(frame));
    }

    @Override
    void close();
}
