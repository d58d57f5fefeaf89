package io.pixelscrub.testdata.synthetic;

/**
 * Shares of the corpus: files with no text at all, files with only device annotations (the rest carry
 * PHI), multi-frame cines, large images, and pictures taken from real text-free files.
 */
public record Mix(double clean, double deviceOnly, double cine, double large, double realBackground) {

    public static final Mix DEFAULT = new Mix(0.15, 0.15, 0.15, 0.08, 0.2);

    public Mix {
        for (double v : new double[] {clean, deviceOnly, cine, large, realBackground}) {
            if (v < 0 || v > 1) {
                throw new IllegalArgumentException("shares must be in [0,1]: " + this);
            }
        }
        if (clean + deviceOnly > 1 || cine + large > 1) {
            throw new IllegalArgumentException("shares add up to more than 1: " + this);
        }
    }
}
