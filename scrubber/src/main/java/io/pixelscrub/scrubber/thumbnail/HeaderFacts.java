package io.pixelscrub.scrubber.thumbnail;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.TagFromName;

/**
 * The few header values a report shows: instance UID, modality and device (none of them patient data), and, in memory
 * only, a digest of the patient's identifiers that the report turns into a token valid inside that report alone.
 */
record HeaderFacts(String sopInstanceUid, String modality, String manufacturer, String model, String softwareVersions,
                   String photometric, byte[] patientDigest) {

    static HeaderFacts of(AttributeList header) {
        String software = Attribute.getDelimitedStringValuesOrEmptyString(header, TagFromName.SoftwareVersions).trim();
        return new HeaderFacts(value(header, TagFromName.SOPInstanceUID), value(header, TagFromName.Modality),
                value(header, TagFromName.Manufacturer), value(header, TagFromName.ManufacturerModelName),
                software.isEmpty() ? null : software, value(header, TagFromName.PhotometricInterpretation),
                PatientDigest.of(Attribute.getSingleStringValueOrEmptyString(header, TagFromName.PatientID),
                        Attribute.getSingleStringValueOrEmptyString(header, TagFromName.PatientName)));
    }

    private static String value(AttributeList header, AttributeTag tag) {
        String v = Attribute.getSingleStringValueOrNull(header, tag);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
