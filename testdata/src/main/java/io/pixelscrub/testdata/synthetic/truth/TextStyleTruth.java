package io.pixelscrub.testdata.synthetic.truth;

/**
 * How a text item was drawn, for slicing results (e.g. recall on 8 px text, on low-contrast grey).
 *
 * @param font        the font family actually used
 * @param sizePx      font size in pixels (em height)
 * @param colour      a named colour; on grey images its luminance decides the grey level
 * @param backdrop    named colour of the box drawn behind the text, or null for none
 * @param inverse     dark text on a light backdrop
 * @param placement   where on the image: TOP_BAR, TOP_LEFT, ..., OVER_ANATOMY
 */
public record TextStyleTruth(String font, int sizePx, boolean bold, boolean antialiased, String colour,
                             String backdrop, boolean inverse, String placement) {
}
