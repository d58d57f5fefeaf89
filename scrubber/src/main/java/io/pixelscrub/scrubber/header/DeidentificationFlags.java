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
import java.util.Set;

/**
 * The attributes that say what was done (PS3.15 E.1.1, E.3; PS3.3 C.7.1.1, C.7.6.1.1.7): PatientIdentityRemoved,
 * DeidentificationMethod and its code sequence (CID 7050: the profile and each option actually applied),
 * BurnedInAnnotation, RecognizableVisualFeatures and LongitudinalTemporalInformationModified.
 */
final class DeidentificationFlags {

    static final String BASIC_PROFILE_CODE = ProfileOption.BASIC_PROFILE_CODE;
    static final String CLEAN_PIXEL_DATA_CODE = ProfileOption.CLEAN_PIXEL_DATA.code();

    private DeidentificationFlags() { }

    static void set(AttributeList list, Set<ProfileOption> used, List<AppliedAction> out) throws DicomException {
        put(list, TagFromName.PatientIdentityRemoved, ValueRepresentation.CS, out, "YES");

        // Claim NO only when it is true: pixels cleaned, or an image already free of recognizable features.
        if (used.contains(ProfileOption.CLEAN_PIXEL_DATA)) {
            put(list, TagFromName.BurnedInAnnotation, ValueRepresentation.CS, out, "NO");
        }
        if (used.contains(ProfileOption.CLEAN_RECOGNIZABLE_VISUAL_FEATURES)) {
            put(list, TagFromName.RecognizableVisualFeatures, ValueRepresentation.CS, out, "NO");
        }

        String temporal = used.contains(ProfileOption.RETAIN_LONGITUDINAL_FULL_DATES) ? "UNMODIFIED"
                : used.contains(ProfileOption.RETAIN_LONGITUDINAL_MODIFIED_DATES) ? "MODIFIED" : "REMOVED";
        put(list, TagFromName.LongitudinalTemporalInformationModified, ValueRepresentation.CS, out, temporal);

        List<String> methods = new ArrayList<>(List.of(ProfileOption.BASIC_PROFILE_MEANING));
        SequenceAttribute codes = new SequenceAttribute(TagFromName.DeidentificationMethodCodeSequence);
        codes.addItem(new CodedSequenceItem(BASIC_PROFILE_CODE, "DCM", ProfileOption.BASIC_PROFILE_MEANING).getAttributeList());
        for (ProfileOption o : ProfileOption.values()) { // the standard's order
            if (used.contains(o)) {
                methods.add(o.meaning());
                codes.addItem(new CodedSequenceItem(o.code(), "DCM", o.meaning()).getAttributeList());
            }
        }
        methods.add("pixelscrub: PS3.15 Table E.1-1");
        put(list, TagFromName.DeidentificationMethod, ValueRepresentation.LO, out, methods.toArray(String[]::new));
        list.put(codes);
        out.add(new AppliedAction(TagPattern.format(TagFromName.DeidentificationMethodCodeSequence), "S", Step.FLAGS));
    }

    private static void put(AttributeList list, AttributeTag tag, byte[] vr, List<AppliedAction> out, String... values)
            throws DicomException {
        list.put(AttributeEdits.withValues(tag, vr, values));
        out.add(new AppliedAction(TagPattern.format(tag), "S", Step.FLAGS));
    }
}
