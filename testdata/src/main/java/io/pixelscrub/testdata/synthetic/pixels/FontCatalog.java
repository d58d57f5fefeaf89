package io.pixelscrub.testdata.synthetic.pixels;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Set;

/**
 * The font families text is drawn in: the system fonts of a Debian machine when installed, otherwise
 * Java's logical fonts. The list is fixed and ordered, so a seed picks the same font on the same machine.
 */
public final class FontCatalog {
    private static final List<String> PREFERRED = List.of(
            "DejaVu Sans", "DejaVu Sans Mono", "DejaVu Serif", "DejaVu Sans Condensed", "Nimbus Sans",
            "Nimbus Sans Narrow", "Nimbus Roman", "Nimbus Mono PS", "URW Bookman", "URW Gothic", "Noto Mono",
            "Noto Sans Mono", "C059", "P052");
    private static final List<String> LOGICAL = List.of("SansSerif", "Serif", "Monospaced", "Dialog");

    private static final List<String> FAMILIES = discover();

    private FontCatalog() {
    }

    public static List<String> families() {
        return FAMILIES;
    }

    public static Font font(String family, boolean bold, int sizePx) {
        return new Font(family, bold ? Font.BOLD : Font.PLAIN, sizePx);
    }

    private static List<String> discover() {
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        List<String> found = PREFERRED.stream().filter(installed::contains).toList();
        return found.size() >= 3 ? found : LOGICAL;
    }
}
