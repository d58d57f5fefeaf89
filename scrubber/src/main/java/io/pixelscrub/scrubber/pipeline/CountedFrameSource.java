package io.pixelscrub.scrubber.pipeline;

import io.pixelscrub.scrubber.codec.FrameSource;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import io.pixelscrub.scrubber.dicom.PixelModule;
import io.pixelscrub.scrubber.timing.Stage;
import io.pixelscrub.scrubber.timing.StageTimes;
import java.io.IOException;

/** A frame source whose decoding time goes to {@link Stage#DECODE}, so an encoder's own time can be told from it. */
final class CountedFrameSource implements FrameSource {
    private final FrameSource frames;
    private final StageTimes times;

    CountedFrameSource(FrameSource frames, StageTimes times) {
        this.frames = frames;
        this.times = times;
    }

    @Override
    public PixelModule module() {
        long t0 = System.nanoTime();
        try {
            return frames.module(); // may decode the first frame
        } finally {
            times.lap(Stage.DECODE, t0);
        }
    }

    @Override
    public int frameCount() {
        return frames.frameCount();
    }

    @Override
    public byte[] frame(int index) throws IOException, InvalidDicomException {
        long t0 = System.nanoTime();
        try {
            return frames.frame(index);
        } finally {
            times.lap(Stage.DECODE, t0);
        }
    }

    @Override
    public void close() throws IOException {
        frames.close();
    }
}
