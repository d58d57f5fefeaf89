package io.pixelscrub.detector;

/** What a finding is judged to be. */
public enum Verdict {
    PHI,
    NOT_PHI,
    UNKNOWN
}
