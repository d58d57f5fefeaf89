package io.pixelscrub.scrubber.analysis;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.classify.LineJudge;
import io.pixelscrub.detector.classify.TextVerdict;
import io.pixelscrub.detector.image.RawFrame;
import io.pixelscrub.detector.text.FrameSequence;
import io.pixelscrub.detector.text.FrameStep;
import io.pixelscrub.detector.text.TextFindings;
import io.pixelscrub.scrubber.dicom.InvalidDicomException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text findings of every frame of one image, frame after frame: each frame goes through the text reader's
 * {@link FrameSequence}, which searches what changed since the previous frame; a frame proven unchanged (or changed
 * only in live picture where nothing that holds changed) takes the previous frame's findings; lines found new in a
 * live picture are also put on the earlier frames where it went unsearched; lines are judged once per distinct text.
 * Nothing is sampled: {@link #findings} fails when a frame was neither searched nor proven unchanged.
 */
final class FrameTextCoverage {
    private final FrameSequence sequence;
    private final LineJudge judge;
    private final int frameCount;
    private final List<Finding> findings = new ArrayList<>();
    private final boolean[] covered;
    private List<Finding> previous;
    private int next;

    FrameTextCoverage(FrameSequence sequence, LineJudge judge, int frameCount) {
        this.sequence = sequence;
        this.judge = once(judge);
        this.frameCount = frameCount;
        this.covered = new boolean[frameCount];
    }

    /** Frames must come in order, each once: the sequence compares each with the one before. */
    void add(int index, RawFrame frame) {
        if (index != next) {
            throw new IllegalStateException("frame " + index + " read out of order (expected " + next + ")");
        }
        next++;
        FrameStep step = sequence.next(frame);
        boolean sameLines = step.coverage() == FrameStep.Coverage.UNCHANGED || step.coverage() == FrameStep.Coverage.LIVE;
        List<Finding> found = sameLines && previous != null
                ? previous.stream().map(f -> f.withFrames(Set.of(index))).toList()
                : TextFindings.judge(step.lines(), index, judge, FindingSource.DETECTOR);
        findings.addAll(found);
        findings.addAll(backdated(found, step.backdated(), index));
        previous = found;
        covered[index] = true;
    }

    /**
     * The findings over lines found new in a live picture, on the frames before this one where it went unsearched:
     * the finding's box and verdict as judged here, among this frame's lines.
     */
    private static List<Finding> backdated(List<Finding> found, List<FrameStep.Backdated> lines, int index) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : found) {
            int frames = 0;
            for (FrameStep.Backdated b : lines) {
                if (f.box().intersects(b.box())) {
                    frames = Math.max(frames, b.frames());
                }
            }
            if (frames > 0) {
                Set<Integer> earlier = new HashSet<>();
                for (int k = index - frames; k < index; k++) {
                    earlier.add(k);
                }
                out.add(f.withFrames(earlier));
            }
        }
        return out;
    }

    /** Frames searched or proven unchanged. */
    int covered() {
        int c = 0;
        for (boolean b : covered) {
            c += b ? 1 : 0;
        }
        return c;
    }

    /** Every frame's findings, each on its frame. Fails closed when any frame was not covered. */
    List<Finding> findings() throws InvalidDicomException {
        int c = covered();
        if (c != frameCount) {
            throw new InvalidDicomException("text detection covered " + c + " of " + frameCount
                    + " frames; a frame neither searched nor proven unchanged is never passed");
        }
        return findings;
    }

    /** The same text gets the same verdict: each distinct line is judged once per image. */
    private static LineJudge once(LineJudge judge) {
        Map<String, TextVerdict> verdicts = new HashMap<>();
        return text -> verdicts.computeIfAbsent(text, judge::judge);
    }
}
