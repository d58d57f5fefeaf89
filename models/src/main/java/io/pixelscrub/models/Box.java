package io.pixelscrub.models;

/** An axis-aligned pixel rectangle: left, top, width, height (the CTP convention), in image pixel coordinates. */
public record Box(int x, int y, int width, int height) {

    public Box {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative box size: " + width + "x" + height);
        }
    }

    /** From inclusive-exclusive corners (x0,y0)-(x1,y1). */
    public static Box fromCorners(int x0, int y0, int x1, int y1) {
        return new Box(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
    }

    public int right() { return x + width; }

    public int bottom() { return y + height; }

    public boolean isEmpty() { return width == 0 || height == 0; }

    public long area() { return (long) width * height; }

    /** This box with {@code pixels} added on every side (left and top stop at 0; clip to the image if needed). */
    public Box grow(int pixels) {
        return fromCorners(Math.max(0, x - pixels), Math.max(0, y - pixels), right() + pixels, bottom() + pixels);
    }

    /** This box cut to an image of the given size; may be empty. */
    public Box clip(int columns, int rows) {
        int x0 = Math.max(0, Math.min(columns, x));
        int y0 = Math.max(0, Math.min(rows, y));
        int x1 = Math.max(0, Math.min(columns, right()));
        int y1 = Math.max(0, Math.min(rows, bottom()));
        return new Box(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
    }

    public boolean contains(int px, int py) {
        return px >= x && px < right() && py >= y && py < bottom();
    }

    public boolean intersects(Box o) {
        return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
    }

    /** Whether {@code o} lies wholly inside this box. */
    public boolean contains(Box o) {
        return x <= o.x && y <= o.y && right() >= o.right() && bottom() >= o.bottom();
    }

    /** Whether the two boxes share at least half of the smaller one: the same region seen twice. */
    public boolean overlapsMostly(Box o) {
        return intersects(o) && sharedArea(o) * 2 >= Math.min(area(), o.area());
    }

    /** Pixels inside both boxes. */
    public long sharedArea(Box o) {
        if (!intersects(o)) {
            return 0;
        }
        return (long) (Math.min(right(), o.right()) - Math.max(x, o.x)) * (Math.min(bottom(), o.bottom()) - Math.max(y, o.y));
    }

    /** The smallest box holding both. */
    public Box union(Box o) {
        return fromCorners(Math.min(x, o.x), Math.min(y, o.y), Math.max(right(), o.right()), Math.max(bottom(), o.bottom()));
    }

    @Override
    public String toString() { return "(" + x + "," + y + " " + width + "x" + height + ")"; }
}
