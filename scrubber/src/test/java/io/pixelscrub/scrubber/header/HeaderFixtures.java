package io.pixelscrub.scrubber.header;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;

import java.nio.charset.StandardCharsets;

/** Fixed keys and a one-call de-identification for the header tests. */
final class HeaderFixtures {

    static final byte[] UID_KEY = "pixelscrub-test-uid-key-0123456789".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PATIENT_KEY = "pixelscrub-test-patient-key-012345".getBytes(StandardCharsets.US_ASCII);

    /** Files with rich fake PHI headers, sequences, overlays and private attributes. */
    static final String[] PHI_FILES = {
            "deid-data/SC_CT_ctbrain2_jpeg_baseline.dcm",
            "presidio/PT_CT_fused_RGB_ORIGINAL.dcm",
            "deid-data/US_Siemens_S2000_RGB_IMAGE.dcm",
            "deid-data/US_Philips_EPIQ5G_GREYSCALE_IMAGE.dcm",
            "presidio/CR_DAVIDSON_0_ORIGINAL_no_pixels.dcm",
            "pydicom/CT_small_explicitLE.dcm",
            "pydicom-data/MR_Siemens_Avanto_WithOverlays.dcm",
            "dicompixelanon/XA_GE_JPEG_02_with_Overlays.dcm",
            "pydicom-data/CT_eCT_Supplemental_2frames.dcm",
            "fo-dicom/CT_SC_GH1728_BIA_YES_no_text.dcm",
    };

    private HeaderFixtures() { }

    static DeidentificationContext context(boolean pixelsCleaned, UidMapper mapper) {
        return new DeidentificationContext(pixelsCleaned, mapper, new KeyedPatientPseudonymizer("PSN", PATIENT_KEY));
    }

    static PatientMapper.PatientMapping expectedMapping(AttributeList original) {
        return new KeyedPatientPseudonymizer("PSN", PATIENT_KEY).map(
                Attribute.getSingleStringValueOrEmptyString(original, TagFromName.PatientID),
                Attribute.getSingleStringValueOrEmptyString(original, TagFromName.PatientName));
    }

    /** The CodeValues of DeidentificationMethodCodeSequence, in order; each item must be a DCM code with a meaning. */
    static java.util.List<String> methodCodes(AttributeList l) {
        com.pixelmed.dicom.SequenceAttribute s = (com.pixelmed.dicom.SequenceAttribute) l.get(TagFromName.DeidentificationMethodCodeSequence);
        java.util.List<String> codes = new java.util.ArrayList<>();
        for (int i = 0; i < s.getNumberOfItems(); i++) {
            AttributeList item = s.getItem(i).getAttributeList();
            org.junit.jupiter.api.Assertions.assertEquals("DCM", Attribute.getSingleStringValueOrEmptyString(item, TagFromName.CodingSchemeDesignator));
            org.junit.jupiter.api.Assertions.assertFalse(Attribute.getSingleStringValueOrEmptyString(item, TagFromName.CodeMeaning).isEmpty());
            codes.add(Attribute.getSingleStringValueOrEmptyString(item, TagFromName.CodeValue));
        }
        return codes;
    }

    static PatientPseudonymizer.Pseudonym expectedPseudonym(AttributeList original) {
        return new KeyedPatientPseudonymizer("PSN", PATIENT_KEY).pseudonymFor(
                Attribute.getSingleStringValueOrEmptyString(original, TagFromName.PatientID),
                Attribute.getSingleStringValueOrEmptyString(original, TagFromName.PatientName));
    }
}
