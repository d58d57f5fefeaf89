package io.pixelscrub.scrubber.pipeline;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.models.Box;
import java.util.ArrayList;
import java.util.List;

/** The findings that will be redacted, and the boxes each frame gets. */
public record RedactionPlan(List<Finding> findings) {

    public RedactionPlan {
        findings = List.copyOf(findings);
    }

    public boolean isEmpty() { return findings.isEmpty(); }

    public List<Box> boxesFor(int frame) {
        List<Box> boxes = new ArrayList<>();
        for (Finding f : findings) {
            if (f.appliesTo(frame)) {
                boxes.add(f.box());
            }
        }
        return boxes;
    }
}
