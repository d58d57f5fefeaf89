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
 * <p>A place read as device text on some frames and left undecided on others is redacted on every frame. Keeping it
 * on the frames whose reading kept it was tried (session 10): it kept more device text on every corpus, but on a
 * generated seed nobody had tuned on it left 7 more PHI items visible (1191 -> 1184 of 1277):
 * a PHI line misread as a device reading on some frames of a cine is caught only because another frame left it
 * undecided.
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
            if (everyFrame && frameCount > 1) {
                String applied = f.verdict() == Verdict.NOT_PHI ? "kept" : "redacted";
                f = f.withReason(f.reason() + "; on " + g.frames.size() + " analysed frame(s), " + applied + " on every frame");
            }
            out.add(f);
        }
        return out;
    }

    private static final class Group {
        Box box;
        Box line;
        Finding worst;
        /** Every member kept was a blob that may be a piece of a neighbouring line. */
        boolean noKeptLine;
        final Set<Integer> frames = new TreeSet<>();

        Group(Finding f) {
            box = f.box();
            line = f.lineOrBox();
            worst = f;
            noKeptLine = !keptLine(f);
            frames.addAll(f.frames());
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
