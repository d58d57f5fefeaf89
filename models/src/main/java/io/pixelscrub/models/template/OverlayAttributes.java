package io.pixelscrub.models.template;

import java.util.Set;

/** The attributes of the Overlay Plane module (repeating group 60xx), by keyword or by the tag an unknown one keeps. */
final class OverlayAttributes {

    private static final Set<String> KEYWORDS = Set.of("OverlayRows", "OverlayColumns", "OverlayPlanes",
            "NumberOfFramesInOverlay", "OverlayDescription", "OverlayType", "OverlaySubtype", "OverlayOrigin",
            "ImageFrameOrigin", "OverlayPlaneOrigin", "OverlayBitsAllocated", "OverlayBitPosition", "OverlayLabel",
            "OverlayData", "ROIArea", "ROIMean", "ROIStandardDeviation");

    private OverlayAttributes() {
    }

    /** True for an overlay keyword, or a "gggg,eeee" tag whose group is an even 60xx (DicomKeywords keeps unknown tags so). */
    static boolean isOverlay(String attribute) {
        String a = attribute.trim();
        if (KEYWORDS.contains(a)) {
            return true;
        }
        if (a.matches("(?i)60\\p{XDigit}{2},\\p{XDigit}{4}")) {
            return Integer.parseInt(a.substring(2, 4), 16) % 2 == 0;
        }
        return false;
    }
}
