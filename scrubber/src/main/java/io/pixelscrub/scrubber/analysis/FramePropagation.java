package io.pixelscrub.scrubber.analysis;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Text that stays put across the frames of a cine (a header bar, a frame counter) is one region: detection may miss it
 * on some frames, so it is redacted on every frame. Text seen on one frame only stays on that frame, unless the frames
 * were sampled, in which case nothing proves the others lack it.
 */
public final class FramePropagation {

    private FramePropagation() {
    }

    /**
     * @param perFrame findings of one source, each on one frame
     * @param frameCount frames in the image
     * @param sampled whether some frames were not analysed
     */
    public static List<Finding> propagate(List<Finding> perFrame, int frameCount, boolean sampled) {
        List<Group> groups = new ArrayList<>();
        for (Finding f : perFrame) {
            Group home = null;
            for (Group g : groups) {
                if (g.box.overlapsMostly(f.box())) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                groups.add(new Group(f));
            } else {
                home.add(f);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Group g : groups) {
            boolean everyFrame = frameCount <= 1 || sampled || g.frames.size() >= 2;
            Finding f = g.worst.withBox(g.box).withFrames(everyFrame ? Set.of() : g.frames);
            if (everyFrame && frameCount > 1) {
                f = f.withReason(f.reason() + "; on " + g.frames.size() + " analysed frame(s), redacted on every frame");
            }
            out.add(f);
        }
        return out;
    }

    private static final class Group {
        Box box;
        Finding worst;
        final Set<Integer> frames = new TreeSet<>();

        Group(Finding f) {
            box = f.box();
            worst = f;
            frames.addAll(f.frames());
        }

        void add(Finding f) {
            box = box.union(f.box());
            frames.addAll(f.frames());
            if (rank(f.verdict()) > rank(worst.verdict())
                    || rank(f.verdict()) == rank(worst.verdict()) && f.confidence() > worst.confidence()) {
                worst = f;
            }
        }

        private static int rank(Verdict v) {
            return switch (v) {
                case PHI -> 2;
                case UNKNOWN -> 1;
                case NOT_PHI -> 0;
            };
        }
    }
}
