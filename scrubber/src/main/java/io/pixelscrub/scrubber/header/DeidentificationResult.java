package io.pixelscrub.scrubber.header;

import java.util.List;
import java.util.Set;

/**
 * What the header step did, per attribute, for the audit trail. Holds tags, action codes and rule names only, never
 * values.
 *
 * @param actions        in the order applied
 * @param optionsUsed    the options that were actually applied to this instance (coded in the output)
 * @param sopInstanceUid the output SOP Instance UID (already de-identified), the key of the audit trail
 */
public record DeidentificationResult(List<AppliedAction> actions, Set<ProfileOption> optionsUsed, String sopInstanceUid) {

    public DeidentificationResult {
        actions = List.copyOf(actions);
        optionsUsed = Set.copyOf(optionsUsed);
    }

    /** The actions applied by one step. */
    public List<AppliedAction> by(Step step) {
        return actions.stream().filter(a -> a.step() == step).toList();
    }

    /** Which part of the header step acted. */
    public enum Step {
        /** Table E.1-1 under the chosen options, applied recursively. */
        PROFILE_TABLE,
        /** UID remapping through the UidMapper (U cells and unlisted UI attributes). */
        UID_REMAP,
        /** Modified Dates: a date moved by the patient's offset. */
        DATE_SHIFT,
        /** Clean Graphics: overlay bits cleared where pixels were redacted. */
        GRAPHICS,
        /** Pseudonymous Patient's Name / Patient ID. */
        PSEUDONYM,
        /** A reviewer's override (--remove-attribute, --overrides): an attribute removed after the profile. */
        OVERRIDE,
        /** De-identification flags and method codes that were set. */
        FLAGS
    }

    /**
     * One action on one attribute.
     *
     * @param tagPath where the attribute is, e.g. "(0010,0010)" or "(0008,1140)[0]/(0008,1155)"
     * @param action  the PS3.15 action code applied: X (removed), Z (emptied), D (dummy), U (UID remapped),
     *                C (cleaned: text masked, date shifted, overlay bits cleared) or S (set by us)
     * @param rule    the table cell that decided it, "column:code" (e.g. "basicProfile:X/Z", "rtnSafePrivOpt:C"),
     *                "unlisted" for attributes without a row, or the name of the step that set it
     */
    public record AppliedAction(String tagPath, String action, Step step, String rule) {

        public AppliedAction(String tagPath, String action, Step step) {
            this(tagPath, action, step, step.name().toLowerCase(java.util.Locale.ROOT).replace("_", ""));
        }
    }
}
