package io.pixelscrub.scrubber.header;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import io.pixelscrub.scrubber.RealFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeidentificationFlagsTest {

    /** BurnedInAnnotation absent in the original. */
    private static final String SIEMENS_US = "deid-data/US_Siemens_S2000_RGB_IMAGE.dcm";
    /** BurnedInAnnotation = YES in the original. */
    private static final String PHILIPS_US = "deid-data/US_Philips_EPIQ5G_GREYSCALE_IMAGE.dcm";

    private static AttributeList deidentify(String file, boolean cleaned) throws Exception {
        AttributeList list = RealFiles.read(file);
        new HeaderDeidentifier().apply(list, HeaderFixtures.context(cleaned, new InMemoryUidMapper(HeaderFixtures.UID_KEY)));
        return list;
    }

    private static String value(AttributeList l, com.pixelmed.dicom.AttributeTag t) {
        return Attribute.getSingleStringValueOrEmptyString(l, t);
    }

    private static List<String> methodCodes(AttributeList l) {
        SequenceAttribute s = (SequenceAttribute) l.get(TagFromName.DeidentificationMethodCodeSequence);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < s.getNumberOfItems(); i++) {
            AttributeList item = s.getItem(i).getAttributeList();
            assertEquals("DCM", value(item, TagFromName.CodingSchemeDesignator));
            assertFalse(value(item, TagFromName.CodeMeaning).isEmpty());
            codes.add(value(item, TagFromName.CodeValue));
        }
        return codes;
    }

    @ParameterizedTest
    @ValueSource(strings = {SIEMENS_US, PHILIPS_US})
    void cleanedPixelsSetBurnedInAnnotationNoAndAddCleanPixelDataCode(String file) throws Exception {
        AttributeList l = deidentify(file, true);
        assertEquals("NO", value(l, TagFromName.BurnedInAnnotation));
        assertEquals("YES", value(l, TagFromName.PatientIdentityRemoved));
        assertEquals(List.of("113100", "113101"), methodCodes(l));
        assertTrue(Attribute.getDelimitedStringValuesOrEmptyString(l, TagFromName.DeidentificationMethod).contains("Clean Pixel Data"));
        assertEquals("REMOVED", value(l, TagFromName.LongitudinalTemporalInformationModified));
    }

    @Test
    void uncleanedPixelsKeepBurnedInAnnotationYes() throws Exception {
        assertEquals("YES", value(RealFiles.read(PHILIPS_US), TagFromName.BurnedInAnnotation), "fixture changed");
        AttributeList l = deidentify(PHILIPS_US, false);
        assertEquals("YES", value(l, TagFromName.BurnedInAnnotation));
        assertEquals("YES", value(l, TagFromName.PatientIdentityRemoved));
        assertEquals(List.of("113100"), methodCodes(l));
        assertFalse(Attribute.getDelimitedStringValuesOrEmptyString(l, TagFromName.DeidentificationMethod).contains("Clean Pixel Data"));
    }

    @Test
    void uncleanedPixelsLeaveAnAbsentBurnedInAnnotationAbsent() throws Exception {
        assertNull(RealFiles.read(SIEMENS_US).get(TagFromName.BurnedInAnnotation), "fixture changed");
        AttributeList l = deidentify(SIEMENS_US, false);
        assertNull(l.get(TagFromName.BurnedInAnnotation));
        assertEquals(List.of("113100"), methodCodes(l));
    }

    @Test
    void patientNameAndIdBecomeThePseudonym() throws Exception {
        AttributeList original = RealFiles.read(SIEMENS_US);
        String id = value(original, TagFromName.PatientID);
        String name = value(original, TagFromName.PatientName);
        assertFalse(id.isEmpty() || name.isEmpty(), "fixture changed");
        AttributeList l = deidentify(SIEMENS_US, false);
        PatientPseudonymizer.Pseudonym p = HeaderFixtures.expectedPseudonym(original);
        assertEquals(p.name(), value(l, TagFromName.PatientName));
        assertEquals(p.id(), value(l, TagFromName.PatientID));
        assertFalse(p.id().contains(id) || p.name().contains(name));
    }

    @Test
    void resultNamesTagsActionsAndRulesOnly() throws Exception {
        AttributeList l = RealFiles.read("presidio/PT_CT_fused_RGB_ORIGINAL.dcm");
        DeidentificationResult r = new HeaderDeidentifier().apply(l,
                HeaderFixtures.context(false, new InMemoryUidMapper(HeaderFixtures.UID_KEY)));
        for (DeidentificationResult.AppliedAction a : r.actions()) {
            assertTrue(a.tagPath().matches("(\\([0-9A-F]{4},[0-9A-F]{4}\\)(\\[\\d+\\]/)?)+"), "not a bare tag path");
            assertTrue(a.action().matches("[XZDUCS]"), "unknown action code");
            assertTrue(a.rule().matches("[A-Za-z]+(:[A-Z/*]+)?( \\([a-z -]+\\))?"), "rule is not a table cell: " + a.rule());
        }
        // overlays and clinical trial time points: removed by their rows, and the audit says which cell decided
        assertTrue(r.by(DeidentificationResult.Step.PROFILE_TABLE).contains(new DeidentificationResult.AppliedAction(
                "(6000,3000)", "X", DeidentificationResult.Step.PROFILE_TABLE, "basicProfile:X")));
        assertTrue(r.by(DeidentificationResult.Step.PROFILE_TABLE).contains(new DeidentificationResult.AppliedAction(
                "(0012,0051)", "X", DeidentificationResult.Step.PROFILE_TABLE, "basicProfile:X")));
        assertFalse(r.by(DeidentificationResult.Step.UID_REMAP).isEmpty());
        assertEquals(Set.of(), r.optionsUsed());
        assertEquals(Attribute.getSingleStringValueOrEmptyString(l, TagFromName.SOPInstanceUID), r.sopInstanceUid());
    }
}
