package io.pixelscrub.models.template;

/** How a multi-valued (or absent) attribute is presented to a value operator. */
public enum ValueMode {
    /**
     * CTP: the whole value as one string, values joined with backslashes as in the DICOM encoding;
     * an absent attribute reads as the empty string (so {@code X.equals("")} is true when X is absent).
     */
    JOINED,
    /**
     * deid: the test passes when any single value passes (or the backslash-joined whole does);
     * an absent or empty attribute has nothing to test, so value tests are false.
     */
    ANY_VALUE
}
