package io.pixelscrub.scrubber.header;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.ValueRepresentation;
import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;
import io.pixelscrub.models.Box;
import io.pixelscrub.scrubber.RealFiles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each option does beyond the table cells: pixel options by what was done, graphics, text, private, dates. */
class OptionBehaviourTest {

    private static final String US = "deid-data/US_Philips_EPIQ5G_GREYSCALE_IMAGE.dcm"; // BurnedInAnnotation YES
    private static final String OVERLAY = "pydicom-data/MR_Siemens_Avanto_WithOverlays.dcm";
    private static final String GE_CT = "pydicom/CT_small_explicitLE.dcm";

    private static DeidentificationResult apply(AttributeList l, boolean cleaned, List<Finding> redacted, ProfileOption... o)
            throws Exception {
        return new HeaderDeidentifier(ProfileOptions.of(o)).apply(l, new DeidentificationContext(cleaned, redacted,
                new InMemoryUidMapper(HeaderFixtures.UID_KEY), new KeyedPatientPseudonymizer("PSN", HeaderFixtures.PATIENT_KEY)));
    }

    private static String value(AttributeList l, AttributeTag t) {
        return Attribute.getSingleStringValueOrEmptyString(l, t);
    }

    @Test
    void cleanPixelDataIsClaimedOnlyWhenPixelsWereCleanedAndRefusedOnAFlaggedImageThatWasNot() throws Exception {
        AttributeList l = RealFiles.read(US);
        assertThrows(OptionNotSatisfiedException.class, () -> apply(l, false, List.of(), ProfileOption.CLEAN_PIXEL_DATA));
        AttributeList cleaned = RealFiles.read(US);
        apply(cleaned, true, List.of(), ProfileOption.CLEAN_PIXEL_DATA);
        assertEquals("NO", value(cleaned, TagFromName.BurnedInAnnotation));
        assertEquals(List.of("113100", "113101"), HeaderFixtures.methodCodes(cleaned));
    }

    @Test
    void recognizableVisualFeaturesAreClaimedOnlyWhereTheImageHasNone() throws Exception {
        AttributeList yes = RealFiles.read(GE_CT);
        yes.put(AttributeEdits.withValues(TagFromName.RecognizableVisualFeatures, ValueRepresentation.CS, "YES"));
        assertThrows(OptionNotSatisfiedException.class, () -> apply(yes, false, List.of(), ProfileOption.CLEAN_RECOGNIZABLE_VISUAL_FEATURES));

        AttributeList no = RealFiles.read(GE_CT);
        no.put(AttributeEdits.withValues(TagFromName.RecognizableVisualFeatures, ValueRepresentation.CS, "NO"));
        DeidentificationResult r = apply(no, false, List.of(), ProfileOption.CLEAN_RECOGNIZABLE_VISUAL_FEATURES);
        assertEquals(Set.of(ProfileOption.CLEAN_RECOGNIZABLE_VISUAL_FEATURES), r.optionsUsed());
        assertEquals(List.of("113100", "113102"), HeaderFixtures.methodCodes(no));

        AttributeList unknown = RealFiles.read(GE_CT);
        assertNull(unknown.get(TagFromName.RecognizableVisualFeatures), "fixture changed");
        apply(unknown, false, List.of(), ProfileOption.CLEAN_RECOGNIZABLE_VISUAL_FEATURES);
        assertNull(unknown.get(TagFromName.RecognizableVisualFeatures), "unknown must not be claimed as NO");
        assertEquals(List.of("113100"), HeaderFixtures.methodCodes(unknown));
    }

    @Test
    void cleanGraphicsKeepsOverlaysButClearsTheirBitsWherePixelsWereRedacted() throws Exception {
        AttributeTag data = new AttributeTag(0x6000, 0x3000);
        AttributeList before = RealFiles.read(OVERLAY);
        int rows = Attribute.getSingleIntegerValueOrDefault(before, new AttributeTag(0x6000, 0x0010), 0);
        int cols = Attribute.getSingleIntegerValueOrDefault(before, new AttributeTag(0x6000, 0x0011), 0);
        byte[] bits = bytes(before.get(data));
        assertTrue(count(bits, 0, 0, cols, rows, cols) > 0, "fixture overlay has no set bits");
        Box top = new Box(0, 0, cols, rows / 2);
        Finding f = new Finding(top, Set.of(), FindingSource.TEMPLATE, Verdict.PHI, 1.0, "test");

        AttributeList basic = RealFiles.read(OVERLAY);
        apply(basic, true, List.of(f));
        assertNull(basic.get(data), "the basic profile removes overlay data");

        AttributeList l = RealFiles.read(OVERLAY);
        DeidentificationResult r = apply(l, true, List.of(f), ProfileOption.CLEAN_GRAPHICS);
        byte[] after = bytes(l.get(data));
        assertEquals(0, count(after, 0, 0, cols, rows / 2, cols), "overlay bits left inside the redacted region");
        assertEquals(count(bits, 0, rows / 2, cols, rows, cols), count(after, 0, rows / 2, cols, rows, cols),
                "overlay bits outside the region must stay");
        assertTrue(r.actions().contains(new DeidentificationResult.AppliedAction("(6000,3000)", "C",
                DeidentificationResult.Step.GRAPHICS, "cleanGraphOpt:C")));
    }

    @Test
    void cleanDescriptorsMasksIdentifyingValuesAndPhiShapesButKeepsTheRest() throws Exception {
        AttributeList l = RealFiles.read(GE_CT);
        String family = value(l, TagFromName.PatientName).split("\\^")[0];
        assertTrue(family.length() >= 2, "fixture changed");
        l.put(AttributeEdits.withValues(TagFromName.StudyDescription, ValueRepresentation.LO,
                "CT head for " + family + " seen 2021-03-04 tel 555-123-4567"));
        apply(l, false, List.of(), ProfileOption.CLEAN_DESCRIPTORS);
        String cleaned = value(l, TagFromName.StudyDescription);
        assertTrue(cleaned.startsWith("CT head for "), "the descriptive part stays");
        assertFalse(cleaned.toUpperCase().contains(family.toUpperCase()), "the patient's name is masked");
        assertFalse(cleaned.contains("2021-03-04") || cleaned.contains("4567"), "dates and phone numbers are masked");

        AttributeList basic = RealFiles.read(GE_CT);
        basic.put(AttributeEdits.withValues(TagFromName.StudyDescription, ValueRepresentation.LO, "CT head"));
        apply(basic, false, List.of());
        assertNull(basic.get(TagFromName.StudyDescription), "without the option the table removes it");
    }

    @Test
    void retainSafePrivateKeepsOnlyListedElementsAndTheCreatorsTheyNeed() throws Exception {
        AttributeList l = RealFiles.read(GE_CT);
        apply(l, false, List.of(), ProfileOption.RETAIN_SAFE_PRIVATE);
        int kept = 0;
        for (Object k : l.keySet()) {
            AttributeTag t = (AttributeTag) k;
            if (t.isPrivate() && !t.isPrivateCreator()) {
                assertTrue(SafePrivateList.standard().isSafe(l.getPrivateCreatorString(t), t), "unsafe private kept: " + t);
                kept++;
            }
        }
        assertTrue(kept >= 3, "GE safe private attributes expected, kept " + kept);
        AttributeList basic = RealFiles.read(GE_CT);
        apply(basic, false, List.of());
        assertTrue(basic.keySet().stream().noneMatch(k -> ((AttributeTag) k).isPrivate()), "basic profile keeps no private element");
    }

    @Test
    void contentSequenceTextBecomesADummyInTheBasicProfileAndIsCleanedWithTheOption() throws Exception {
        for (boolean option : new boolean[] {false, true}) {
            AttributeList l = RealFiles.read(GE_CT);
            String family = value(l, TagFromName.PatientName).split("\\^")[0];
            AttributeList item = new AttributeList();
            item.put(AttributeEdits.withValues(TagFromName.ValueType, ValueRepresentation.CS, "TEXT"));
            item.put(AttributeEdits.withValues(TagFromName.TextValue, ValueRepresentation.UT, "Patient " + family + " tolerated well"));
            com.pixelmed.dicom.SequenceAttribute content = new com.pixelmed.dicom.SequenceAttribute(TagFromName.ContentSequence);
            content.addItem(item);
            l.put(content);
            if (option) {
                apply(l, false, List.of(), ProfileOption.CLEAN_STRUCTURED_CONTENT);
            } else {
                apply(l, false, List.of());
            }
            AttributeList out = ((com.pixelmed.dicom.SequenceAttribute) l.get(TagFromName.ContentSequence)).getItem(0).getAttributeList();
            String text = value(out, TagFromName.TextValue);
            assertFalse(text.toUpperCase().contains(family.toUpperCase()));
            assertEquals(option ? "Patient " + "X".repeat(family.length()) + " tolerated well" : "ANONYMIZED", text);
        }
    }

    private static byte[] bytes(Attribute a) throws Exception {
        if (a instanceof com.pixelmed.dicom.OtherWordAttribute) {
            short[] w = a.getShortValues();
            byte[] b = new byte[w.length * 2];
            for (int i = 0; i < w.length; i++) {
                b[2 * i] = (byte) w[i];
                b[2 * i + 1] = (byte) (w[i] >>> 8);
            }
            return b;
        }
        return a.getByteValues();
    }

    /** Set bits of frame 0 in rows [y0, y1), columns [x0, x1). */
    private static int count(byte[] bits, int x0, int y0, int x1, int y1, int cols) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                long bit = (long) y * cols + x;
                if ((bits[(int) (bit >>> 3)] >> (bit & 7) & 1) != 0) {
                    n++;
                }
            }
        }
        return n;
    }
}
