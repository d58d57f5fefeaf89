package io.pixelscrub.scrubber.pipeline;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.models.Box;
import java.util.ArrayList;
import java.util.List;

/**
 * What will be done to the pixels.
 *
 * @param redacted         findings hidden: pixel regions blacked out, overlay planes removed
 * @param kept             findings left as they are (device annotations the policy keeps)
 * @param clearOutsideBits clear overlay bits above the stored bits on every frame
 */
public record RedactionPlan(List<Finding> redacted, List<Finding> kept, boolean clearOutsideBits) {

    public RedactionPlan {
        redacted = List.copyOf(redacted);
        kept = List.copyOf(kept);
    }

    public RedactionPlan(List<Finding> redacted) {
        this(redacted, List.of(), false);
    }

    /** Whether the pixel data stays as it is (overlays in their own planes go with the header). */
    public boolean leavesPixelsAlone() {
        return !clearOutsideBits && redacted.stream().noneMatch(RedactionPlan::inPixels);
    }

    public List<Box> boxesFor(int frame) {
        List<Box> boxes = new ArrayList<>();
        for (Finding f : redacted) {
            if (inPixels(f) && f.appliesTo(frame)) {
                boxes.add(f.box());
            }
        }
        return boxes;
    }

    /** Overlay findings are hidden by removing the overlay, not by painting over the image. */
    private static boolean inPixels(Finding f) {
        return f.source() != FindingSource.OVERLAY;
    }
}
