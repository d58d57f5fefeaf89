package io.pixelscrub.testdata.synthetic.plan;

import io.pixelscrub.testdata.synthetic.content.TextContent;
import io.pixelscrub.testdata.synthetic.pixels.GlyphMask;
import io.pixelscrub.testdata.synthetic.pixels.SceneColour;
import io.pixelscrub.testdata.synthetic.truth.TextStyleTruth;

import java.util.List;

/**
 * A text item with its rasterised glyphs, the top-left corner of the mask, and the frames it is drawn on.
 *
 * @param rotation degrees the baseline is turned anticlockwise from horizontal (0 for most text)
 */
public record PlacedText(TextContent content, GlyphMask mask, int x, int y, List<Integer> frames,
                         SceneColour colour, TextStyleTruth style, int rotation) {

    public PlacedText {
        frames = List.copyOf(frames);
    }

    public PlacedText(TextContent content, GlyphMask mask, int x, int y, List<Integer> frames, SceneColour colour,
                      TextStyleTruth style) {
        this(content, mask, x, y, frames, colour, style, 0);
    }
}
