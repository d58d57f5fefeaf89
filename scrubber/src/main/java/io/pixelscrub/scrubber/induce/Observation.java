package io.pixelscrub.scrubber.induce;

import io.pixelscrub.models.Box;
import java.util.List;

/**
 * One image as induction sees it: its device, who the patient is, and the text lines the detector found and judged.
 * Everything here can be read from a run report (1.4): induction from images and from a report see the same thing.
 *
 * @param patient a token for the patient, valid inside one report (keyed, key discarded)
 * @param lines   text lines (detector source)
 */
public record Observation(DeviceKey device, String patient, List<Line> lines) {

    /**
     * One text line.
     *
     * @param phi    judged PHI
     * @param sketch the report's sketch of what it says (comparable, not readable), or null when OCR read nothing
     */
    public record Line(Box box, boolean phi, String sketch) { }

    public Observation {
        lines = List.copyOf(lines);
    }
}
