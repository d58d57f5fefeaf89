package io.pixelscrub.scrubber.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Which frames of compressed multi-frame data are looked at for overlay bits when text detection is off: all of them up
 * to a limit, otherwise the first, the last and evenly spaced frames between. Text detection samples nothing: it
 * covers every frame ({@link FrameTextCoverage}).
 */
public final class FrameSampler {

    private FrameSampler() {
    }

    public static List<Integer> select(int frameCount, int maxFrames) {
        List<Integer> out = new ArrayList<>();
        if (frameCount <= maxFrames) {
            for (int i = 0; i < frameCount; i++) {
                out.add(i);
            }
            return out;
        }
        int n = Math.max(2, maxFrames);
        for (int k = 0; k < n; k++) {
            int f = (int) Math.round(k * (frameCount - 1) / (double) (n - 1));
            if (out.isEmpty() || out.get(out.size() - 1) != f) {
                out.add(f);
            }
        }
        return out;
    }
}
