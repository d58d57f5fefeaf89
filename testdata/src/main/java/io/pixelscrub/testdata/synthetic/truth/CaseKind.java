package io.pixelscrub.testdata.synthetic.truth;

/**
 * What a synthetic file holds in its pixels. {@code CLEAN} and {@code DEVICE_ONLY} files carry no
 * PHI in their pixels, so a perfect tool leaves their Pixel Data byte-identical.
 */
public enum CaseKind {
    CLEAN,
    DEVICE_ONLY,
    PHI
}
