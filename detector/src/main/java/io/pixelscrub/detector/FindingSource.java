package io.pixelscrub.detector;

/** Which detector produced a finding. */
public enum FindingSource {
    /** A region template matched the header (CTP, deid or pixelscrub rules). */
    TEMPLATE,
    /** An overlay plane or overlay bits in the pixel data. */
    OVERLAY,
    /** Text found in the pixels by the text detector. */
    DETECTOR
}
