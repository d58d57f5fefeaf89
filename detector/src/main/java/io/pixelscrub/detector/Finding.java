package io.pixelscrub.detector;

import io.pixelscrub.models.Box;
import java.util.Objects;
import java.util.Set;

/**
 * Something found in an image that may need redaction.
 *
 * @param box        region in pixel coordinates
 * @param frames     zero-based frame numbers it applies to; empty means every frame
 * @param source     which detector found it
 * @param verdict    PHI, not PHI, or unknown
 * @param confidence 0..1
 * @param reason     the rule or header attribute that decided it; never a PHI value
 */
public record Finding(Box box, Set<Integer> frames, FindingSource source, Verdict verdict, double confidence, String reason) {

    public Finding {
        Objects.requireNonNull(box, "box");
        frames = Set.copyOf(frames);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean appliesToAllFrames() { return frames.isEmpty(); }

    public boolean appliesTo(int frame) { return frames.isEmpty() || frames.contains(frame); }
}
