package io.pixelscrub.detector.image;

import java.util.List;

/**
 * Turns a stored frame into the 8-bit pictures a text detector looks at. The first is the primary reader's view
 * (MONOCHROME1 inverted, palette expanded, YBR converted, grey data rescaled then windowed or stretched); more follow
 * only where text may hide in the first (grey data whose window or stretch saturates around the brightest value).
 * Each extra view costs one detector pass. Stateless and thread-safe.
 */
public final class DisplayMapper {

    /**
     * Whether {@code view} only adds lines the other renderings of its frame miss ({@link FlatValues}: it shows text
     * cores, not whole glyphs, so its boxes must not change the boxes other views found for the same line).
     */
    public static boolean addsLinesOnly(DisplayImage view) {
        return view.mapping().startsWith(FlatValues.MAPPING);
    }

    public List<DisplayImage> render(RawFrame frame) {
        if (frame.bitsAllocated() != 8 && frame.bitsAllocated() != 16) {
            throw new IllegalArgumentException("cannot render " + frame.bitsAllocated() + "-bit samples");
        }
        if (frame.bitsStored() < 1 || frame.bitsStored() > frame.bitsAllocated()) {
            throw new IllegalArgumentException("bits stored " + frame.bitsStored() + " out of range");
        }
        String photometric = frame.photometric();
        return switch (photometric) {
            case "MONOCHROME1", "MONOCHROME2" -> GreyRenderer.render(frame);
            case "PALETTE COLOR" -> frame.hints().palette().isPresent()
                    ? List.of(ColourRenderer.palette(frame, frame.hints().palette().get()))
                    : GreyRenderer.render(frame); // no palette: the indices are still a picture
            case "RGB" -> List.of(ColourRenderer.rgb(frame));
            case "YBR_FULL", "YBR_FULL_422" -> List.of(ColourRenderer.ybrFull(frame));
            default -> throw new IllegalArgumentException("cannot render photometric interpretation " + photometric);
        };
    }
}
