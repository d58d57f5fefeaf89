package io.pixelscrub.scrubber.header;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.CodedSequenceItem;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.ValueRepresentation;
import io.pixelscrub.scrubber.header.DeidentificationResult.AppliedAction;
import io.pixelscrub.scrubber.header.DeidentificationResult.Step;

import java.util.ArrayList;
import java.util.List;

/**
 * The attributes that say what was done (PS3.15 E.1.1, E.3.1; PS3.3 C.7.1.1, C.7.6.1.1.7):
 * PatientIdentityRemoved, DeidentificationMethod, its code sequence, BurnedInAnnotation and
 * LongitudinalTemporalInformationModified.
 */
final class DeidentificationFlags {

    static final String BASIC_PROFILE_CODE = "113100";
    static final String CLEAN_PIXEL_DATA_CODE = "113101";

    private DeidentificationFlags() { }

    static void set(AttributeList list, boolean pixelsCleaned, List<AppliedAction> out) throws DicomException {
        put(list, TagFromName.PatientIdentityRemoved, ValueRepresentation.CS, out, "YES");

        // Claim NO only when burned-in text was actually removed; otherwise leave whatever was there (or nothing).
        if (pixelsCleaned) {
            put(list, TagFromName.BurnedInAnnotation, ValueRepresentation.CS, out, "NO");
        }

        // Basic profile dates are removed, emptied or replaced by a fixed dummy: nothing longitudinal is left.
        put(list, TagFromName.LongitudinalTemporalInformationModified, ValueRepresentation.CS, out, "REMOVED");

        List<String> methods = new ArrayList<>(List.of("Basic Application Confidentiality Profile"));
        if (pixelsCleaned) {
            methods.add("Clean Pixel Data Option");
        }
        methods.add("pixelscrub: PixelMed + PS3.15 Table E.1-1 check");
        put(list, TagFromName.DeidentificationMethod, ValueRepresentation.LO, out, methods.toArray(String[]::new));

        SequenceAttribute codes = new SequenceAttribute(TagFromName.DeidentificationMethodCodeSequence);
        codes.addItem(new CodedSequenceItem(BASIC_PROFILE_CODE, "DCM", "Basic Application Confidentiality Profile").getAttributeList());
        if (pixelsCleaned) {
            codes.addItem(new CodedSequenceItem(CLEAN_PIXEL_DATA_CODE, "DCM", "Clean Pixel Data Option").getAttributeList());
        }
        list.put(codes);
        out.add(new AppliedAction(TagPattern.format(TagFromName.DeidentificationMethodCodeSequence), "S", Step.FLAGS));
    }

    private static void put(AttributeList list, AttributeTag tag, byte[] vr, List<AppliedAction> out, String... values)
            throws DicomException {
        list.put(AttributeEdits.withValues(tag, vr, values));
        out.add(new AppliedAction(TagPattern.format(tag), "S", Step.FLAGS));
    }
}
