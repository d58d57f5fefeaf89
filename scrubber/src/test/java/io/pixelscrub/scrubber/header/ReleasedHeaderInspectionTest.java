package io.pixelscrub.scrubber.header;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.ValueRepresentation;
import io.pixelscrub.scrubber.inspect.HeaderInspector;
import io.pixelscrub.scrubber.inspect.OriginalLookup;
import io.pixelscrub.scrubber.inspect.ReleasedAttribute;
import io.pixelscrub.scrubber.inspect.ReleasedFlags;
import io.pixelscrub.scrubber.inspect.ReleasedHeader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The released header as the review sees it (actions, options, flags), and the reviewer's overrides. */
class ReleasedHeaderInspectionTest {

    private static AttributeList header() throws Exception {
        AttributeList l = new AttributeList();
        l.put(AttributeEdits.withValues(TagFromName.SOPClassUID, ValueRepresentation.UI, "1.2.840.10008.5.1.4.1.1.7"));
        l.put(AttributeEdits.withValues(TagFromName.SOPInstanceUID, ValueRepresentation.UI, "1.2.3.4.5.6"));
        l.put(AttributeEdits.withValues(TagFromName.PatientName, ValueRepresentation.PN, "Doe^Johnathan"));
        l.put(AttributeEdits.withValues(TagFromName.PatientID, ValueRepresentation.LO, "MRN884201"));
        l.put(AttributeEdits.withValues(TagFromName.StudyDate, ValueRepresentation.DA, "20190304"));
        l.put(AttributeEdits.withValues(TagFromName.InstanceCreationDate, ValueRepresentation.DA, "20190304"));
        l.put(AttributeEdits.withValues(TagFromName.InstitutionName, ValueRepresentation.LO, "Lakeside Clinic"));
        l.put(AttributeEdits.withValues(TagFromName.Manufacturer, ValueRepresentation.LO, "ACME"));
        l.put(AttributeEdits.withValues(TagFromName.ManufacturerModelName, ValueRepresentation.LO, "X1"));
        l.put(AttributeEdits.withValues(TagFromName.StationName, ValueRepresentation.SH, "ROOM7"));
        l.put(AttributeEdits.withValues(TagFromName.ProcessingFunction, ValueRepresentation.LO, "OB JOHNATHAN"));
        l.put(AttributeEdits.withValues(TagFromName.ProtocolName, ValueRepresentation.LO, "ABDOMEN"));
        SequenceAttribute s = new SequenceAttribute(TagFromName.SourceImageSequence);
        AttributeList item = new AttributeList();
        item.put(AttributeEdits.withValues(TagFromName.ReferencedSOPClassUID, ValueRepresentation.UI, "1.2.840.10008.5.1.4.1.1.7"));
        item.put(AttributeEdits.withValues(TagFromName.ReferencedSOPInstanceUID, ValueRepresentation.UI, "1.2.3.4.5.7"));
        s.addItem(item);
        l.put(s);
        return l;
    }

    private static Map<String, ReleasedAttribute> inspect(HeaderDeidentifier d, AttributeList l, OriginalLookup lookup) throws Exception {
        ReleasedFlags flags = new ReleasedFlags(d.identifying(l), lookup);
        DeidentificationResult r = d.apply(l, HeaderFixtures.context(false, new InMemoryUidMapper(HeaderFixtures.UID_KEY)));
        ReleasedHeader h = new HeaderInspector(d.policy(), d.safePrivate()).inspect(l, r.actions(), flags);
        return h.attributes().stream().collect(Collectors.toMap(ReleasedAttribute::tagPath, Function.identity()));
    }

    @Test
    void actionsOptionsAndFlagsOfTheReleasedHeader() throws Exception {
        HeaderDeidentifier d = new HeaderDeidentifier(ProfileOptions.of(ProfileOption.RETAIN_DEVICE_IDENTITY));
        OriginalLookup lookup = new OriginalLookup() {
            @Override public boolean isOriginalUid(String v) { return false; }
            @Override public boolean isOriginalPatient(String v) { return v.equals("ACME"); }   // as if a patient ID
        };
        Map<String, ReleasedAttribute> a = inspect(d, header(), lookup);
        assertEquals("kept", a.get("(0008,1010)").action());
        assertEquals("rtnDevIdOpt:K", a.get("(0008,1010)").rule());
        assertEquals(Set.of(ReleasedFlags.KEPT_BY_OPTION), a.get("(0008,1010)").flags());
        assertEquals("pseudonym", a.get("(0010,0010)").action());
        assertTrue(a.get("(0010,0010)").flags().isEmpty(), "a pseudonym is not flagged");
        assertEquals("dummy", a.get("(0008,0080)").action());
        assertEquals("remapped", a.get("(0008,0018)").action());
        assertEquals("emptied", a.get("(0008,0020)").action());
        assertTrue(a.get("(0018,5020)").flags().contains("header:(0010,0010)"), "free text holding the original name");
        assertTrue(a.get("(0008,0012)").flags().contains("header:(0008,0020)"), "an unlisted date equal to the original Study Date");
        assertEquals(Set.of(ReleasedFlags.ORIGINAL_PATIENT), a.get("(0008,0070)").flags(), "keyed lookup in the store");
        assertEquals("remapped", a.get("(0008,2112)[0]/(0008,1155)").action(), "nested items are listed");
        assertEquals("1 item(s)", a.get("(0008,2112)").value());
        for (ReleasedAttribute x : a.values()) {
            assertFalse(x.value().contains("Doe") || x.value().contains("MRN884201") || x.value().contains("Lakeside"),
                    x.tagPath() + " holds no original identifier");
        }
    }

    @Test
    void overridesRemoveByDeviceValueAndPathAndAreAudited() throws Exception {
        HeaderOverrides o = new HeaderOverrides(List.of(
                new AttributeOverride("(0018,1030)", "ACME", "X1", null, "marked"),
                new AttributeOverride("(0008,1010)", "OTHER", null, null, "marked"),
                new AttributeOverride("(0008,2112)/(0008,1150)", null, null, "1.2.840.10008.5.1.4.1.1.7", "marked")));
        HeaderDeidentifier d = new HeaderDeidentifier(ProfileOptions.of(ProfileOption.RETAIN_DEVICE_IDENTITY,
                ProfileOption.CLEAN_DESCRIPTORS)).withOverrides(o);
        AttributeList l = header();
        DeidentificationResult r = d.apply(l, HeaderFixtures.context(false, new InMemoryUidMapper(HeaderFixtures.UID_KEY)));
        assertNull(l.get(TagFromName.ProtocolName), "ACME X1's override applies");
        assertTrue(Attribute.getSingleStringValueOrEmptyString(l, TagFromName.StationName).equals("ROOM7"), "another device's does not");
        AttributeList item = ((SequenceAttribute) l.get(TagFromName.SourceImageSequence)).getItem(0).getAttributeList();
        assertNull(item.get(TagFromName.ReferencedSOPClassUID), "the value-scoped override inside the sequence");
        List<String> audited = r.by(DeidentificationResult.Step.OVERRIDE).stream().map(x -> x.tagPath() + " " + x.action() + " " + x.rule()).toList();
        assertEquals(List.of("(0018,1030) X override:marked (device ACME / X1)",
                "(0008,2112)[0]/(0008,1150) X override:marked (one value)"), audited);
        assertThrows(IllegalArgumentException.class, () -> new AttributeOverride("(0008,0018)", null, null, null, "x"));
        assertThrows(IllegalArgumentException.class, () -> new AttributeOverride("ProtocolName", null, null, null, "x"));
    }
}
