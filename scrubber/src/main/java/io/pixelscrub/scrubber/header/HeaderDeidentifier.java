package io.pixelscrub.scrubber.header;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.ValueRepresentation;
import io.pixelscrub.scrubber.header.DeidentificationResult.AppliedAction;
import io.pixelscrub.scrubber.header.DeidentificationResult.Step;
import io.pixelscrub.scrubber.header.PatientMapper.PatientMapping;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * De-identifies a header with the PS3.15 Basic Application Level Confidentiality Profile and the chosen options:
 * Table E.1-1 decides every attribute it lists, at any depth ({@link ProfileEngine}); then Clean Graphics on kept
 * overlays, the patient pseudonym, and the flags that say what was done. PixelMed supplies the mechanics (dictionary,
 * VRs, private creators, coded items). Works in place on the list (including any file meta information in it).
 * Never logs or reports values.
 */
public final class HeaderDeidentifier {

    private final ProfileTable table;
    private final ProfileOptions options;
    private final ProfilePolicy policy;
    private final SafePrivateList safePrivate;
    private final HeaderOverrides overrides;

    public HeaderDeidentifier() {
        this(ProfileOptions.basic());
    }

    public HeaderDeidentifier(ProfileOptions options) {
        this(ProfileTable.standard(), options, SafePrivateList.standard());
    }

    public HeaderDeidentifier(ProfileTable table, ProfileOptions options, SafePrivateList safePrivate) {
        this(table, options, safePrivate, HeaderOverrides.NONE);
    }

    private HeaderDeidentifier(ProfileTable table, ProfileOptions options, SafePrivateList safePrivate, HeaderOverrides overrides) {
        this.table = table;
        this.options = options;
        this.policy = new ProfilePolicy(table, options);
        this.safePrivate = safePrivate;
        this.overrides = overrides;
    }

    /** The same profile with a reviewer's overrides applied after it. */
    public HeaderDeidentifier withOverrides(HeaderOverrides o) {
        return new HeaderDeidentifier(table, options, safePrivate, o);
    }

    public ProfileOptions options() {
        return options;
    }

    public ProfilePolicy policy() {
        return policy;
    }

    public ProfileTable table() {
        return table;
    }

    public SafePrivateList safePrivate() {
        return safePrivate;
    }

    /** The identifying values of an original header (to flag released values that still contain one). */
    public IdentifyingValues identifying(AttributeList original) {
        return IdentifyingValues.from(original, table);
    }

    public DeidentificationResult apply(AttributeList list, DeidentificationContext ctx) throws DicomException {
        Set<ProfileOption> used = optionsUsed(list, ctx);
        List<AppliedAction> out = new ArrayList<>();
        // Read before anything changes: the pseudonym and the identifying values derive from the originals.
        PatientMapping patient = ctx.patients().map(
                Attribute.getSingleStringValueOrEmptyString(list, TagFromName.PatientID),
                Attribute.getSingleStringValueOrEmptyString(list, TagFromName.PatientName));
        IdentifyingValues identifying = IdentifyingValues.from(list, table);
        Set<Integer> overlaysWithData = OverlayGroups.withOverlayData(list);
        HeaderOverrides.Device device = HeaderOverrides.Device.of(list);

        new ProfileEngine(policy, safePrivate,
                new UidRemapper(ctx.uidMapper()), !options.has(ProfileOption.RETAIN_UIDS),
                options.has(ProfileOption.RETAIN_LONGITUDINAL_MODIFIED_DATES) ? new DateShifter(patient.dateOffsetDays()) : null,
                new TextCleaner(identifying)).apply(list, out);
        if (options.has(ProfileOption.CLEAN_GRAPHICS)) {
            OverlayCleaner.clean(list, ctx.redacted(), "cleanGraphOpt:C", out);
        }
        OverlayGroups.removeOrphaned(list, overlaysWithData, out);

        list.put(AttributeEdits.withValues(TagFromName.PatientName, ValueRepresentation.PN, patient.name()));
        list.put(AttributeEdits.withValues(TagFromName.PatientID, ValueRepresentation.LO, patient.id()));
        out.add(new AppliedAction(TagPattern.format(TagFromName.PatientName), "D", Step.PSEUDONYM));
        out.add(new AppliedAction(TagPattern.format(TagFromName.PatientID), "D", Step.PSEUDONYM));
        overrides.apply(list, device, out);

        DeidentificationFlags.set(list, used, out);
        return new DeidentificationResult(out, used, Attribute.getSingleStringValueOrEmptyString(list, TagFromName.SOPInstanceUID));
    }

    /**
     * The options this instance may claim. Header options apply as chosen; the pixel options only by what was done:
     * Clean Pixel Data when text was removed from the pixels, Clean Recognizable Visual Features when the image
     * is flagged as having none (pixelscrub cannot remove a face). A requested pixel option that cannot be claimed
     * on an image flagged as needing it refuses the instance rather than release it unclean.
     */
    private Set<ProfileOption> optionsUsed(AttributeList list, DeidentificationContext ctx) throws OptionNotSatisfiedException {
        Set<ProfileOption> used = EnumSet.noneOf(ProfileOption.class);
        for (ProfileOption o : options.ordered()) {
            if (o.column().isPresent()) {
                used.add(o);
            }
        }
        String burnedIn = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.BurnedInAnnotation).trim();
        if (ctx.pixelsCleaned()) {
            used.add(ProfileOption.CLEAN_PIXEL_DATA);
        } else if (options.has(ProfileOption.CLEAN_PIXEL_DATA) && "YES".equalsIgnoreCase(burnedIn)) {
            throw new OptionNotSatisfiedException("Clean Pixel Data Option requested, but the image is flagged "
                    + "BurnedInAnnotation=YES and no burned-in text was found to remove");
        }
        String visual = Attribute.getSingleStringValueOrEmptyString(list, TagFromName.RecognizableVisualFeatures).trim();
        if (options.has(ProfileOption.CLEAN_RECOGNIZABLE_VISUAL_FEATURES)) {
            if ("YES".equalsIgnoreCase(visual)) {
                throw new OptionNotSatisfiedException("Clean Recognizable Visual Features Option requested, but the image "
                        + "is flagged RecognizableVisualFeatures=YES and pixelscrub cannot remove them");
            }
            if ("NO".equalsIgnoreCase(visual)) {
                used.add(ProfileOption.CLEAN_RECOGNIZABLE_VISUAL_FEATURES);
            }
        }
        return used;
    }
}
