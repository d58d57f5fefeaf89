package io.pixelscrub.testdata.synthetic.truth;

/**
 * An axis-aligned pixel rectangle: columns {@code x .. x+width-1}, rows {@code y .. y+height-1}.
 */
public record Box(int x, int y, int width, int height) {

    public Box {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("empty box " + width + "x" + height);
        }
    }

    /** The smallest box holding the pixel span {@code [x0,x1] x [y0,y1]} (inclusive). */
    public static Box spanning(int x0, int y0, int x1, int y1) {
        return new Box(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
    }

    public int right() {
        return x + width - 1;
    }

    public int bottom() {
        return y + height - 1;
    }

    public boolean contains(int px, int py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }

    public boolean intersects(Box o) {
        return x <= o.right() && o.x <= right() && y <= o.bottom() && o.y <= bottom();
    }

    public Box union(Box o) {
        return spanning(Math.min(x, o.x), Math.min(y, o.y), Math.max(right(), o.right()), Math.max(bottom(), o.bottom()));
    }

    public Box grow(int by) {
        return spanning(x - by, y - by, right() + by, bottom() + by);
    }
}
