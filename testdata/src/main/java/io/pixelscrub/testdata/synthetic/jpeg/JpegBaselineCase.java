package io.pixelscrub.testdata.synthetic.jpeg;

/**
 * One generated JPEG Baseline image: size, sampling, IJG quality, restart interval and encoder. Each encoder writes
 * image-optimized Huffman tables unless told otherwise, the kind of table that lacks symbols the image never used.
 *
 * @param restartInterval MCUs per restart interval, 0 for none (dcmcjpeg cannot write restart markers)
 * @param optimizedTables only for {@link Encoder#IMAGEIO}; dcmcjpeg always optimizes (its default)
 * @param monochrome1     grey stored as MONOCHROME1 (only with dcmcjpeg)
 */
public record JpegBaselineCase(int width, int height, Sampling sampling, int quality, int restartInterval,
                               Encoder encoder, boolean optimizedTables, boolean monochrome1, long seed) {

    /** Who compresses: dcmtk from a native DICOM file, or the JDK's IJG libjpeg (ImageIO), wrapped by img2dcm. */
    public enum Encoder { DCMCJPEG, IMAGEIO }

    public JpegBaselineCase {
        if (restartInterval > 0 && encoder != Encoder.IMAGEIO) {
            throw new IllegalArgumentException("dcmcjpeg writes no restart markers");
        }
        if (monochrome1 && (sampling != Sampling.GREY || encoder != Encoder.DCMCJPEG)) {
            throw new IllegalArgumentException("MONOCHROME1 cases are grey, written by dcmcjpeg");
        }
    }

    public String name() {
        return width + "x" + height + "_" + sampling + "_q" + quality
                + (restartInterval > 0 ? "_ri" + restartInterval : "")
                + "_" + encoder + (encoder == Encoder.IMAGEIO && !optimizedTables ? "_stdtables" : "")
                + (monochrome1 ? "_MONOCHROME1" : "");
    }

    @Override
    public String toString() {
        return name();
    }
}
