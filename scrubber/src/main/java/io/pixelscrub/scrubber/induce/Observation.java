package io.pixelscrub.scrubber.induce;

import io.pixelscrub.detector.Finding;
import java.util.List;

/**
 * One image as induction sees it: its device, who the patient is, and the text lines the detector found and judged.
 *
 * @param patient an in-memory token for the patient (a hash of the file's own identifiers); never written anywhere
 * @param lines   text findings (detector source) with their OCR text, which is PHI and stays in memory
 */
public record Observation(DeviceKey device, String patient, List<Finding> lines) {

    public Observation {
        lines = List.copyOf(lines);
    }
}
