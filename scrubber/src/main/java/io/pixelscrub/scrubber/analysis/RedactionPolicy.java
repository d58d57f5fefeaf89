package io.pixelscrub.scrubber.analysis;

import io.pixelscrub.detector.Finding;
import io.pixelscrub.detector.FindingSource;
import io.pixelscrub.detector.Verdict;

/**
 * Which findings are redacted. Templates always apply and overlays are always removed; the policy decides text found
 * by the detector.
 */
public enum RedactionPolicy {
    /** The safe default: PHI and any text whose verdict is unknown; only confident device annotations are kept. */
    PHI,
    /** Every detected text region. */
    ALL_TEXT,
    /** Template regions only: detected text is reported, not redacted. */
    TEMPLATES;

    public boolean redacts(Finding f) {
        if (f.source() != FindingSource.DETECTOR) {
            return true;
        }
        return switch (this) {
            case PHI -> f.verdict() != Verdict.NOT_PHI;
            case ALL_TEXT -> true;
            case TEMPLATES -> false;
        };
    }
}
