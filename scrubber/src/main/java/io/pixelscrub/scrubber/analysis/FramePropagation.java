package io.pixelscrub.scrubber.analysis;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.Box;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Text that stays put across the frames of a cine (a header bar, a frame counter) is one region: detection may miss it
 * on some frames, so it is redacted on every frame. Text seen on one frame only stays on that frame, unless the frames
 * were sampled, in which case nothing proves the others lack it. A kept finding and another finding of the same frame
 * are two lines, never one region: stacked lines 16 px apart overlap mostly once their margins are added, and joining
 * them gave a device parameter column the verdict of the ID line among it (four LOGIQ 700 lines under one "pattern:id"
 * box). Redacted findings of one frame that overlap mostly are still one region, their union redacted, as before:
 * it covers the corners and gaps between two boxes of one badly found line.
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
            long homeShared = 0;
            for (Group g : groups) {
                long shared = g.box.sharedArea(f.box());
                if (shared > homeShared && g.box.overlapsMostly(f.box())
                        && (Collections.disjoint(g.frames, f.frames()) || g.allRedacted && redacted(f))) {
                    home = g;
                    homeShared = shared;
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

    private static boolean redacted(Finding f) {
        return f.verdict() != Verdict.NOT_PHI;
    }

    private static final class Group {
        Box box;
        Finding worst;
        final Set<Integer> frames = new TreeSet<>();

        /** Every finding of the place is redacted: it may take more findings of a frame it has. */
        boolean allRedacted;

        Group(Finding f) {
            allRedacted = redacted(f);
            box = f.box();
            worst = f;
            frames.addAll(f.frames());
        }

        void add(Finding f) {
            box = box.union(f.box());
            allRedacted &= redacted(f);
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
