package io.pixelscrub.models.template;

import java.util.List;
import java.util.Objects;

/**
 * One region rule: when {@code condition} holds for a header, the {@code action} applies.
 *
 * @param id                    unique within a library (e.g. "ctp:DicomPixelAnonymizer.script:92")
 * @param name                  human label (CTP comment line above the signature, deid LABEL)
 * @param source                where it came from, e.g. "ctp:DicomPixelAnonymizer.script#12", "deid:deid.dicom#EPIQ 7G"
 * @param action                clean regions, flag, or pass
 * @param condition             header test
 * @param redact                regions to clean
 * @param keep                  regions to keep: everything else in the image is cleaned
 * @param wholeImage            clean the whole image (less the keep regions)
 * @param keepUltrasoundRegions keep the header's Sequence of Ultrasound Regions, clean the rest
 * @param exclusiveGroup        templates sharing a non-null group apply first-match-only, in list order (CTP);
 *                              null: applies whenever it matches (deid)
 */
public record RegionTemplate(String id, String name, String source, TemplateAction action, Condition condition,
                             List<TemplateRegion> redact, List<TemplateRegion> keep, boolean wholeImage,
                             boolean keepUltrasoundRegions, String exclusiveGroup) {

    public RegionTemplate {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(condition, "condition");
        redact = List.copyOf(redact);
        keep = List.copyOf(keep);
    }

    /** Whether the template cleans everything outside its keep regions. */
    public boolean cleansOutsideKeep() {
        return wholeImage || keepUltrasoundRegions || !keep.isEmpty();
    }

    /**
     * Whether the template describes an overlay plane rather than the pixel data: a CLEAN_REGIONS rule whose condition
     * tests overlay attributes (group 60xx) and nothing else, such as CTP's "This is an overlay" ([6000,0022] contains
     * "Siemens MedCom Object Graphics"). Its regions are places in the overlay, which Clean Graphics removes whole;
     * applied to the pixel data they would black out an image that has no burned-in text there.
     */
    public boolean describesOverlayPlane() {
        List<String> tested = condition.attributes();
        return action == TemplateAction.CLEAN_REGIONS && !tested.isEmpty()
                && tested.stream().allMatch(OverlayAttributes::isOverlay);
    }

    /** Number of region entries written in the template (redact + keep + whole/ultrasound markers). */
    public int regionCount() {
        return redact.size() + keep.size() + (wholeImage ? 1 : 0) + (keepUltrasoundRegions ? 1 : 0);
    }
}
