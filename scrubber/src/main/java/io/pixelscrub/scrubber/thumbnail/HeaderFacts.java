package io.pixelscrub.scrubber.thumbnail;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.TagFromName;

/** The few header values a report shows: instance UID, modality and device (none of them patient data). */
record HeaderFacts(String sopInstanceUid, String modality, String manufacturer, String model) {

    static HeaderFacts of(AttributeList header) {
        return new HeaderFacts(value(header, TagFromName.SOPInstanceUID), value(header, TagFromName.Modality),
                value(header, TagFromName.Manufacturer), value(header, TagFromName.ManufacturerModelName));
    }

    private static String value(AttributeList header, AttributeTag tag) {
        String v = Attribute.getSingleStringValueOrNull(header, tag);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
