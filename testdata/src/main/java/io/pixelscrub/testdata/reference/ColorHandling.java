package io.pixelscrub.testdata.reference;

/**
 * What the reference decoder does with YCbCr colour in JPEG (baseline/extended) streams.
 *
 * <p>Only dcmdjpeg honours this choice; it maps to its {@code +cn} / {@code +cp} options.
 * Other syntaxes are always returned as the tool decodes them:
 * RLE and uncompressed keep the stored colour space, while GDCM's JPEG 2000 path always
 * applies the inverse RCT/ICT component transform and reports {@code RGB}.
 */
public enum ColorHandling {
    /**
     * dcmdjpeg {@code +cn}: never convert YCbCr to RGB. Samples stay YCbCr, but chroma is
     * upsampled, so a stored {@code YBR_FULL_422} comes back labelled {@code YBR_FULL}.
     */
    AS_STORED,
    /**
     * dcmdjpeg {@code +cp}: convert to RGB when the PhotometricInterpretation says YCbCr
     * (the dcmtk default). Output is labelled {@code RGB}. We deliberately avoid {@code +ca}
     * ("always"), which would also transform streams stored as RGB without a colour transform.
     */
    TO_RGB
}
