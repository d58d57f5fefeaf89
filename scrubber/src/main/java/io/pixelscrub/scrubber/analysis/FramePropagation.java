package io.pixelscrub.scrubber.analysis;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.detector.text.TextFindings;
import io.pixelscrub.models.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Text that stays put across the frames of a cine (a header bar, a frame counter) is one region: detection may miss it
 * on some frames, so it is redacted on every frame. Text seen on one frame only stays on that frame, unless the frames
 * were sampled, in which case nothing proves the others lack it.
 *
 * <p>Two findings are one place when their line boxes overlap mostly ({@link Finding#line}: the same line
 * found twice, on two frames or in two views), or when their boxes with margins overlap mostly and neither is a kept
 * line ({@link TextFindings#mayBePieceOfNeighbour}: pieces of one badly found line, a kept blob read as a character or
 * two beside a redacted line; their union is redacted, gaps included). A kept device line beside a redacted one is not
 * the same place merely because their margins overlap: on a cine whose parameter lines are set 14 px apart in 23 px
 * boxes, the margins chained a column of kept lines into one unknown region redacted on every frame. A box kept for
 * showing no writing ({@link TextFindings#isPicture}) is one place only with other such boxes: a small line found
 * inside it on another frame does not make the picture part of that line's region.
 *
 * <p>A place read surely as device text on some frames and left undecided on others ({@link Verdict#UNKNOWN}: read
 * unsurely, or not at all) is redacted only on the frames where it was not read as device text, and on every frame
 * where it was not found; the frames whose reading kept it keep it ({@link #keptFrames}). Each of those frames was
 * read and judged as a single image would be, over the whole of the place, so keeping the line there is no weaker
 * than keeping it on a one-frame image; before, one unsure reading (a noisy frame, a dim palette, a crop the live
 * picture moved) blacked the line out on every frame of the cine. A place read as PHI on any frame stays redacted on
 * every frame.
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
                if (g.samePlace(f)) {
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
            Finding f = g.worst.withBox(g.box).withLine(g.line).withFrames(everyFrame ? Set.of() : g.frames);
            Set<Integer> kept = everyFrame && frameCount > 1 && !sampled ? keptFrames(g) : Set.of();
            if (!kept.isEmpty()) {
                Set<Integer> redacted = new TreeSet<>();
                for (int i = 0; i < frameCount; i++) {
                    if (!kept.contains(i)) {
                        redacted.add(i);
                    }
                }
                out.add(f.withFrames(redacted).withReason(f.reason() + "; on " + g.frames.size() + " analysed frame(s), redacted on "
                        + redacted.size() + " where it was not read as device text"));
                Finding best = g.bestKept();
                out.add(best.withFrames(kept).withReason(best.reason() + "; kept on the " + kept.size()
                        + " frame(s) whose reading judged it device text"));
                continue;
            }
            if (everyFrame && frameCount > 1) {
                String applied = f.verdict() == Verdict.NOT_PHI ? "kept" : "redacted";
                f = f.withReason(f.reason() + "; on " + g.frames.size() + " analysed frame(s), " + applied + " on every frame");
            }
            out.add(f);
        }
        return out;
    }

    /**
     * The frames on which an undecided place was read as device text over (nearly) its whole extent, and on which no
     * other reading of it was undecided; empty when the place was read as PHI anywhere, or when no such frame exists.
     */
    private static Set<Integer> keptFrames(Group g) {
        if (g.worst.verdict() != Verdict.UNKNOWN) {
            return Set.of();
        }
        Set<Integer> kept = new TreeSet<>();
        Set<Integer> undecided = new TreeSet<>();
        for (Finding m : g.members) {
            if (m.frames().isEmpty()) {
                return Set.of(); // a reading that holds for every frame: nothing to split
            }
            if (Group.keptLine(m) && coversMostOf(m.lineOrBox(), g.line)) {
                kept.addAll(m.frames());
            } else {
                undecided.addAll(m.frames());
            }
        }
        kept.removeAll(undecided);
        return kept;
    }

    /**
     * Whether a kept reading's line spans the place: a reading that kept only part of the line (the detector boxed
     * its first words on that frame) says nothing about the rest, which another frame left undecided.
     */
    private static boolean coversMostOf(Box reading, Box place) {
        return reading.sharedArea(place) >= MIN_KEPT_SHARE * place.area();
    }

    /** Share of a place's line box a kept reading must cover; boxes of one line found on two frames move a pixel or two. */
    static final double MIN_KEPT_SHARE = 0.8;

    private static final class Group {
        Box box;
        Box line;
        Finding worst;
        /** Every member kept was a blob that may be a piece of a neighbouring line. */
        boolean noKeptLine;
        final Set<Integer> frames = new TreeSet<>();
        final List<Finding> members = new ArrayList<>();

        Group(Finding f) {
            box = f.box();
            line = f.lineOrBox();
            worst = f;
            noKeptLine = !keptLine(f);
            frames.addAll(f.frames());
            members.add(f);
        }

        /** The most confident member kept as a line. */
        Finding bestKept() {
            Finding best = null;
            for (Finding m : members) {
                if (keptLine(m) && (best == null || m.confidence() > best.confidence())) {
                    best = m;
                }
            }
            return best;
        }

        boolean samePlace(Finding f) {
            if (TextFindings.isPicture(worst) != TextFindings.isPicture(f)) {
                return false;
            }
            return line.overlapsMostly(f.lineOrBox()) || noKeptLine && !keptLine(f) && box.overlapsMostly(f.box());
        }

        private static boolean keptLine(Finding f) {
            return f.verdict() == Verdict.NOT_PHI && !TextFindings.mayBePieceOfNeighbour(f);
        }

        void add(Finding f) {
            box = box.union(f.box());
            line = line.union(f.lineOrBox());
            noKeptLine &= !keptLine(f);
            frames.addAll(f.frames());
            members.add(f);
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
