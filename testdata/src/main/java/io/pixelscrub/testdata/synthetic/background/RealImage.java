package io.pixelscrub.testdata.synthetic.background;

/**
 * Pixels of a real, text-free DICOM file, normalised to 0..1 per frame.
 *
 * @param name  path relative to testdata/real
 * @param grey  per frame, luminance
 * @param rgb   per frame, interleaved RGB, or null for grey sources
 */
public record RealImage(String name, String modality, int width, int height, float[][] grey, float[][] rgb) {

    public int frames() {
        return grey.length;
    }
}
