package io.pixelscrub.testdata.synthetic.pixels;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fonts that tests and the synthetic generator draw text with. They ship with this module (see
 * {@code fonts/README.md} beside the files) and are loaded with {@link Font#createFont}, never looked up among the
 * machine's installed fonts: a machine without a family would silently draw another one, and every generated image,
 * ground-truth box and test result would change with it. The family list is fixed and ordered, so a seed picks the
 * same font everywhere.
 */
public final class FontCatalog {
    private static final String FOLDER = "/io/pixelscrub/testdata/fonts/";

    /** Family name to its regular face file and, where one ships, its bold face file. */
    private static final Map<String, String[]> FILES = new LinkedHashMap<>();

    static {
        FILES.put("DejaVu Sans", new String[] {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"});
        FILES.put("DejaVu Sans Mono", new String[] {"DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"});
        FILES.put("DejaVu Serif", new String[] {"DejaVuSerif.ttf", null});
        FILES.put("DejaVu Sans Condensed", new String[] {"DejaVuSansCondensed.ttf", null});
        FILES.put("Liberation Sans", new String[] {"LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"});
        FILES.put("Liberation Serif", new String[] {"LiberationSerif-Regular.ttf", null});
        FILES.put("Liberation Mono", new String[] {"LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf"});
        FILES.put("Noto Mono", new String[] {"NotoMono-Regular.ttf", null});
    }

    private static final List<String> FAMILIES = List.copyOf(FILES.keySet());
    /** Loaded faces by file name; a created font is immutable, so one instance serves every thread. */
    private static final Map<String, Font> LOADED = new ConcurrentHashMap<>();

    private FontCatalog() {
    }

    /** Every family, in a fixed order. */
    public static List<String> families() {
        return FAMILIES;
    }

    /** The family's regular or bold face at {@code sizePx}. */
    public static Font font(String family, boolean bold, int sizePx) {
        return font(family, bold ? Font.BOLD : Font.PLAIN, sizePx);
    }

    /**
     * The family at {@code sizePx} in {@code style} ({@link Font#PLAIN}, {@link Font#BOLD}, {@link Font#ITALIC} or
     * both). A style without a face file of its own is derived by Java2D from the regular face.
     *
     * @throws IllegalArgumentException for a family that does not ship
     */
    public static Font font(String family, int style, float sizePx) {
        String[] files = FILES.get(family);
        if (files == null) {
            throw new IllegalArgumentException("no shipped font family '" + family + "'; families: " + FAMILIES);
        }
        boolean boldFace = (style & Font.BOLD) != 0 && files[1] != null;
        Font face = LOADED.computeIfAbsent(boldFace ? files[1] : files[0], FontCatalog::load);
        int derived = boldFace ? style & ~Font.BOLD : style;
        return face.deriveFont(derived, sizePx);
    }

    private static Font load(String file) {
        try (InputStream in = FontCatalog.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("font file " + file + " is missing from the pixelscrub-testdata jar");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + file + " is not a TrueType font", e);
        }
    }
}
