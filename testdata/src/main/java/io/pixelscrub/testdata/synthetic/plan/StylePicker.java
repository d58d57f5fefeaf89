package io.pixelscrub.testdata.synthetic.plan;

import io.pixelscrub.testdata.synthetic.pixels.FontCatalog;
import io.pixelscrub.testdata.synthetic.pixels.SceneColour;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Picks fonts, sizes and colours: one house style per case (a device draws most of its text alike),
 * with some items varied, boxed or inverted.
 */
final class StylePicker {
    private static final SceneColour[] TEXT_COLOURS = {
        SceneColour.WHITE, SceneColour.WHITE, SceneColour.WHITE, SceneColour.LIGHT_GREY, SceneColour.GREY,
        SceneColour.LOW_GREY, SceneColour.YELLOW, SceneColour.GREEN, SceneColour.CYAN, SceneColour.ORANGE};
    private static final SceneColour[] BOXES = {SceneColour.BLACK, SceneColour.BAR_GREY, SceneColour.BAR_BLUE};

    private StylePicker() {
    }

    static TextStyle house(SplittableRandom r, CaseShape shape, int height) {
        List<String> families = FontCatalog.families();
        return new TextStyle(families.get(r.nextInt(families.size())), size(r, shape, height), r.nextInt(4) == 0,
                r.nextInt(10) < 7, pick(r, TEXT_COLOURS), null, false);
    }

    /** The house style, or (30%) a different font, size or colour; sometimes on a box or inverted. */
    static TextStyle item(TextStyle house, SplittableRandom r, CaseShape shape, int height) {
        TextStyle s = house;
        if (r.nextInt(10) < 3) {
            List<String> families = FontCatalog.families();
            s = new TextStyle(r.nextBoolean() ? families.get(r.nextInt(families.size())) : s.family(),
                    r.nextBoolean() ? size(r, shape, height) : s.sizePx(), r.nextInt(4) == 0,
                    r.nextBoolean() != s.antialiased() || r.nextBoolean(), pick(r, TEXT_COLOURS), null, false);
        }
        int box = r.nextInt(100);
        if (box < 8) {
            SceneColour dark = r.nextBoolean() ? SceneColour.BLACK : SceneColour.DARK_GREY;
            return new TextStyle(s.family(), s.sizePx(), s.bold(), s.antialiased(), dark, SceneColour.LIGHT_BOX, true);
        }
        if (box < 25) {
            return s.withBackdrop(pick(r, BOXES));
        }
        return s;
    }

    static SceneColour barColour(SplittableRandom r) {
        return r.nextInt(3) == 0 ? null : pick(r, BOXES);
    }

    /** Devices mostly use small text; large sizes are rarer, and capped so a line fits the image. */
    private static int size(SplittableRandom r, CaseShape shape, int height) {
        int cap = Math.max(12, Math.min(shape == CaseShape.CINE ? 24 : 36, height / 14));
        int roll = r.nextInt(10);
        int size = roll < 4 ? 8 + r.nextInt(5) : roll < 8 || shape == CaseShape.LARGE ? 12 + r.nextInt(9)
                : 20 + r.nextInt(17);
        return Math.min(size, cap);
    }

    private static <T> T pick(SplittableRandom r, T[] options) {
        return options[r.nextInt(options.length)];
    }
}
