package io.pixelscrub.models;

import java.util.List;
import java.util.Optional;

/**
 * Read-only view of a DICOM header by attribute keyword (e.g. "Manufacturer", "Rows").
 * Lets rules and detectors evaluate conditions without depending on a DICOM toolkit.
 */
public interface HeaderView {

    /** All values of a top-level attribute as strings (trimmed), empty when absent. Unknown keywords are absent. */
    List<String> values(String keyword);

    /** The first value, if any. */
    default Optional<String> value(String keyword) {
        List<String> v = values(keyword);
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    /** Whether the attribute is in the header (possibly with an empty value). */
    boolean contains(String keyword);

    /**
     * The regions of the Sequence of Ultrasound Regions (0018,6011) as pixel boxes
     * (RegionLocationMinX0/MinY0 to MaxX1/MaxY1, inclusive in DICOM, made exclusive here). Empty when absent.
     */
    List<Box> ultrasoundRegions();
}
