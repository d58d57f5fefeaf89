package io.pixelscrub.scrubber.header;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.ClinicalTrialsAttributes;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.ValueRepresentation;
import io.pixelscrub.scrubber.header.DeidentificationResult.AppliedAction;
import io.pixelscrub.scrubber.header.DeidentificationResult.Step;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PixelMed's ClinicalTrialsAttributes in its Basic Profile configuration: every "keep" option off, dates and
 * structured content removed. UIDs are kept here and remapped afterwards by our own {@link UidMapper}, because
 * PixelMed's remapping uses a process-wide map with random UIDs that a later run cannot reproduce.
 * Records top-level changes (X removed, Z emptied, D replaced) by tag, never values.
 */
final class PixelMedBasicProfile {

    private PixelMedBasicProfile() { }

    static void apply(AttributeList list, List<AppliedAction> out) throws DicomException {
        Map<AttributeTag, String> before = snapshot(list);
        ClinicalTrialsAttributes.removeOrNullIdentifyingAttributes(list,
                ClinicalTrialsAttributes.HandleUIDs.keep,
                false, false, false, false, false, false, // keepDescriptors, keepSeriesDescriptors, keepProtocolName,
                                                          // keepPatientCharacteristics, keepDeviceIdentity, keepInstitutionIdentity
                ClinicalTrialsAttributes.HandleDates.remove, null, null,
                ClinicalTrialsAttributes.HandleStructuredContent.remove);
        for (Map.Entry<AttributeTag, String> e : before.entrySet()) {
            Attribute now = list.get(e.getKey());
            String path = TagPattern.format(e.getKey());
            if (now == null) {
                out.add(new AppliedAction(path, "X", Step.PIXELMED));
            } else if (!e.getValue().isEmpty() && AttributeEdits.isEmpty(now)) {
                out.add(new AppliedAction(path, "Z", Step.PIXELMED));
            } else if (!e.getValue().equals(fingerprint(now))) {
                out.add(new AppliedAction(path, "D", Step.PIXELMED));
            }
        }
    }

    /** Top-level values for change detection; bulk data and sequences by size only, kept in memory only. */
    private static Map<AttributeTag, String> snapshot(AttributeList list) {
        Map<AttributeTag, String> m = new HashMap<>();
        for (Attribute a : list.values()) {
            m.put(a.getTag(), fingerprint(a));
        }
        return m;
    }

    private static String fingerprint(Attribute a) {
        if (a instanceof SequenceAttribute s) {
            return s.getNumberOfItems() == 0 ? "" : "items:" + s.getNumberOfItems();
        }
        byte[] vr = a.getVR();
        if (ValueRepresentation.isOtherByteOrWordVR(vr) || ValueRepresentation.isUnknownVR(vr)
                || ValueRepresentation.isOtherFloatVR(vr) || ValueRepresentation.isOtherDoubleVR(vr)) {
            return a.getVL() == 0 ? "" : "bytes:" + a.getVL();
        }
        return AttributeEdits.valueText(a);
    }
}
