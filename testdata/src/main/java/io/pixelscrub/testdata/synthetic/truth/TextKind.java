package io.pixelscrub.testdata.synthetic.truth;

/** Whether a burned text item identifies someone (must go) or is a device annotation (may stay). */
public enum TextKind {
    PHI,
    DEVICE
}
