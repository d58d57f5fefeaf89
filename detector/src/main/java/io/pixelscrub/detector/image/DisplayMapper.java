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
     * Whether {@code view} only adds lines the other renderings of its frame miss ({@link FlatValues},
     * {@link FaintExtremes}: it shows text cores, not whole glyphs, so its boxes must not change the boxes other views
     * found for the same line).
     */
    public static boolean addsLinesOnly(DisplayImage view) {
        return view.mapping().startsWith(FlatValues.MAPPING) || view.mapping().startsWith(FaintExtremes.MAPPING);
    }

    public List<DisplayImage> render(RawFrame frame) {
        check(frame);
        return greyscale(frame) ? GreyRenderer.render(frame) : List.of(colour(frame));
    }

    /**
     * The primary reader's view alone, as {@link #render}'s first picture (for review pictures: the other views are
     * for the detector).
     */
    public DisplayImage primary(RawFrame frame) {
        check(frame);
        return greyscale(frame) ? GreyRenderer.primary(frame) : colour(frame);
    }

    private static void check(RawFrame frame) {
        if (frame.bitsAllocated() != 8 && frame.bitsAllocated() != 16) {
            throw new IllegalArgumentException("cannot render " + frame.bitsAllocated() + "-bit samples");
        }
        if (frame.bitsStored() < 1 || frame.bitsStored() > frame.bitsAllocated()) {
            throw new IllegalArgumentException("bits stored " + frame.bitsStored() + " out of range");
        }
    }

    /** Rendered as grey: monochrome, and palette colour without a palette (the indices are still a picture). */
    private static boolean greyscale(RawFrame frame) {
        String photometric = frame.photometric();
        return "MONOCHROME1".equals(photometric) || "MONOCHROME2".equals(photometric)
                || "PALETTE COLOR".equals(photometric) && frame.hints().palette().isEmpty();
    }

    private static DisplayImage colour(RawFrame frame) {
        String photometric = frame.photometric();
        return switch (photometric) {
            case "PALETTE COLOR" -> ColourRenderer.palette(frame, frame.hints().palette().get());
            case "RGB" -> ColourRenderer.rgb(frame);
            case "YBR_FULL", "YBR_FULL_422" -> ColourRenderer.ybrFull(frame);
            default -> throw new IllegalArgumentException("cannot render photometric interpretation " + photometric);
        };
    }
}
