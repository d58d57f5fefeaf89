package io.pixelscrub.testdata.synthetic.pixels;

/**
 * The named colours text and backdrops are drawn in. On grey images a colour becomes its luminance;
 * on PALETTE COLOR images each has its own reserved palette entry.
 */
public enum SceneColour {
    WHITE(255, 255, 255),
    LIGHT_GREY(205, 205, 205),
    GREY(150, 150, 150),
    /** Meant to be hard to see: close to the dark backgrounds most devices use. */
    LOW_GREY(78, 78, 78),
    DARK_GREY(45, 45, 45),
    BLACK(0, 0, 0),
    YELLOW(255, 240, 0),
    GREEN(80, 230, 80),
    CYAN(0, 225, 230),
    ORANGE(255, 160, 20),
    BAR_GREY(55, 55, 60),
    BAR_BLUE(20, 50, 120),
    LIGHT_BOX(225, 225, 220);

    public final int red;
    public final int green;
    public final int blue;

    SceneColour(int red, int green, int blue) {
        this.red = red;
        this.green = green;
        this.blue = blue;
    }

    public double luminance() {
        return (0.299 * red + 0.587 * green + 0.114 * blue) / 255.0;
    }

    public int packedRgb() {
        return red << 16 | green << 8 | blue;
    }
}
