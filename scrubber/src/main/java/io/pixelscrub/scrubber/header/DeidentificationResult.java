package io.pixelscrub.scrubber.header;

import java.util.List;

/**
 * What the header step did, per attribute, for the audit trail. Holds tags and action codes only, never values.
 *
 * @param actions in the order applied
 */
public record DeidentificationResult(List<AppliedAction> actions) {

    public DeidentificationResult {
        actions = List.copyOf(actions);
    }

    /** The actions applied by one step. */
    public List<AppliedAction> by(Step step) {
        return actions.stream().filter(a -> a.step() == step).toList();
    }

    /** Which part of the header step acted. */
    public enum Step {
        /** PixelMed's ClinicalTrialsAttributes (basic profile configuration). */
        PIXELMED,
        /** Our check of PS3.15 Table E.1-1: what PixelMed left that the table says to change. */
        PROFILE_TABLE,
        /** UID remapping through the UidMapper. */
        UID_REMAP,
        /** Pseudonymous Patient's Name / Patient ID. */
        PSEUDONYM,
        /** De-identification flags and method codes that were set. */
        FLAGS
    }

    /**
     * One action on one attribute.
     *
     * @param tagPath where the attribute is, e.g. "(0010,0010)" or "(0008,1140)[0]/(0008,1155)"
     * @param action  the PS3.15 action code applied: X (removed), Z (emptied), D (dummy), U (UID remapped),
     *                or S (set by us)
     */
    public record AppliedAction(String tagPath, String action, Step step) { }
}
