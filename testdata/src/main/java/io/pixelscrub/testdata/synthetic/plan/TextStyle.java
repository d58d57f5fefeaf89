package io.pixelscrub.testdata.synthetic.plan;

import io.pixelscrub.testdata.synthetic.pixels.FontCatalog;
import io.pixelscrub.testdata.synthetic.pixels.GlyphMask;
import io.pixelscrub.testdata.synthetic.pixels.SceneColour;
import io.pixelscrub.testdata.synthetic.truth.TextStyleTruth;

/** How one item is drawn; {@code backdrop} is null when the text sits directly on the picture. */
record TextStyle(String family, int sizePx, boolean bold, boolean antialiased, SceneColour colour,
                 SceneColour backdrop, boolean inverse) {

    GlyphMask mask(String text) {
        return GlyphMask.render(text, FontCatalog.font(family, bold, sizePx), antialiased);
    }

    /** The text turned {@code degrees} anticlockwise (0: exactly {@link #mask(String)}). */
    GlyphMask mask(String text, int degrees) {
        return GlyphMask.render(text, FontCatalog.font(family, bold, sizePx), antialiased, degrees);
    }

    TextStyle withBackdrop(SceneColour box) {
        return new TextStyle(family, sizePx, bold, antialiased, colour, box, inverse);
    }

    TextStyleTruth truth(Placement placement) {
        return new TextStyleTruth(family, sizePx, bold, antialiased, colour.name(),
                backdrop == null ? null : backdrop.name(), inverse, placement.name());
    }
}
