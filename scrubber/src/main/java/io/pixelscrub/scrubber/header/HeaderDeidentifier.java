package io.pixelscrub.scrubber.header;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.ValueRepresentation;
import io.pixelscrub.scrubber.header.DeidentificationResult.AppliedAction;
import io.pixelscrub.scrubber.header.DeidentificationResult.Step;
import io.pixelscrub.scrubber.header.PatientPseudonymizer.Pseudonym;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * De-identifies a header with the PS3.15 Basic Application Level Confidentiality Profile, in this order:
 * PixelMed's ClinicalTrialsAttributes, UID remapping through the run's {@link UidMapper}, a check of
 * Table E.1-1 that fixes whatever PixelMed left, the patient pseudonym, then the de-identification flags.
 * Works in place on the list (including any file meta information in it). Never logs or reports values.
 */
public final class HeaderDeidentifier {

    private final ProfileTable table;

    public HeaderDeidentifier() {
        this(ProfileTable.standard());
    }

    public HeaderDeidentifier(ProfileTable table) {
        this.table = table;
    }

    public DeidentificationResult apply(AttributeList list, DeidentificationContext ctx) throws DicomException {
        List<AppliedAction> out = new ArrayList<>();
        // Pseudonym first: PixelMed empties the attributes it is derived from.
        Pseudonym pseudonym = ctx.pseudonymizer().pseudonymFor(
                Attribute.getSingleStringValueOrEmptyString(list, TagFromName.PatientID),
                Attribute.getSingleStringValueOrEmptyString(list, TagFromName.PatientName));

        java.util.Set<Integer> overlaysWithData = OverlayGroups.withOverlayData(list);
        PixelMedBasicProfile.apply(list, out);
        new UidRemapper(ctx.uidMapper()).remap(list, out);
        ProfileActionApplier applier = new ProfileActionApplier(table, ProfileTable.BASIC_PROFILE, pixelMed(out, "D"));
        applier.apply(list, out);
        applier.restoreRemoved(list, pixelMed(out, "X"), out);
        OverlayGroups.removeOrphaned(list, overlaysWithData, out);

        list.put(AttributeEdits.withValues(TagFromName.PatientName, ValueRepresentation.PN, pseudonym.name()));
        list.put(AttributeEdits.withValues(TagFromName.PatientID, ValueRepresentation.LO, pseudonym.id()));
        out.add(new AppliedAction(TagPattern.format(TagFromName.PatientName), "D", Step.PSEUDONYM));
        out.add(new AppliedAction(TagPattern.format(TagFromName.PatientID), "D", Step.PSEUDONYM));

        DeidentificationFlags.set(list, ctx.pixelsCleaned(), out);
        return new DeidentificationResult(out);
    }

    /** Top-level tags on which PixelMed applied {@code action}. */
    private static Set<AttributeTag> pixelMed(List<AppliedAction> out, String action) {
        return out.stream()
                .filter(a -> a.step() == Step.PIXELMED && a.action().equals(action))
                .map(a -> TagPattern.parseTag(a.tagPath()))
                .collect(Collectors.toSet());
    }
}
