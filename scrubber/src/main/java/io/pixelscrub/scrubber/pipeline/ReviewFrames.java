package io.pixelscrub.scrubber.pipeline;

import io.pixelscrub.detector.Finding;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The frames a review shows of a file: those with findings, at most {@link #MAX_FRAMES}, or the first. */
public final class ReviewFrames {
    public static final int MAX_FRAMES = 16;

    private ReviewFrames() {
    }

    /** Every frame with a finding (a finding on all frames counts as frame 0), or frame 0 when there is none. */
    public static TreeSet<Integer> withFindings(List<Finding> redacted, List<Finding> kept) {
        TreeSet<Integer> frames = new TreeSet<>();
        Stream.concat(redacted.stream(), kept.stream()).forEach(f -> {
            if (f.appliesToAllFrames()) {
                frames.add(0);
            } else {
                frames.addAll(f.frames());
            }
        });
        if (frames.isEmpty()) {
            frames.add(0);
        }
        return frames;
    }

    /** {@link #withFindings}, cut to the first {@link #MAX_FRAMES}. */
    public static TreeSet<Integer> shown(List<Finding> redacted, List<Finding> kept) {
        return firstShown(withFindings(redacted, kept));
    }

    /** The first {@link #MAX_FRAMES} of {@code frames}. */
    public static TreeSet<Integer> firstShown(TreeSet<Integer> frames) {
        TreeSet<Integer> shown = new TreeSet<>();
        for (int f : frames) {
            if (shown.size() == MAX_FRAMES) {
                break;
            }
            shown.add(f);
        }
        return shown;
    }
}
