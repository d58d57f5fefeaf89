package io.pixelscrub.scrubber.induce;

import io.pixelscrub.models.template.RegionTemplate;
import java.util.List;

/**
 * A region template learnt from one device's images, with its support.
 *
 * @param confidence   patients / (patients + 1) times the mean share of images in which the redact regions were found:
 *                     more patients and steadier places make a layout more certain
 * @param keepEvidence places whose text was the same for every patient (device labels): recorded, never redacted
 */
public record InducedTemplate(DeviceKey device, RegionTemplate template, int images, int patients, double confidence,
                              List<InducedRegion> redact, List<InducedRegion> keepEvidence) {

    public InducedTemplate {
        redact = List.copyOf(redact);
        keepEvidence = List.copyOf(keepEvidence);
    }
}
