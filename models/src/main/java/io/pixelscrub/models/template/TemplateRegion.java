package io.pixelscrub.models.template;

import io.pixelscrub.models.Box;

/**
 * A region as written in a template, resolved against the image size only at match time (CTP convention):
 * a negative x (y) counts from the right (bottom) edge; a width (height) of {@link #TO_EDGE} reaches the edge.
 */
public record TemplateRegion(int x, int y, int width, int height) {

    /** Width or height meaning "up to the right/bottom edge of the image". */
    public static final int TO_EDGE = -1;

    public TemplateRegion {
        if (width < TO_EDGE || height < TO_EDGE) {
            throw new IllegalArgumentException("bad region size: " + width + "x" + height);
        }
    }

    /** From deid's xmin,ymin,xmax,ymax convention. */
    public static TemplateRegion fromCorners(int x0, int y0, int x1, int y1) {
        Box b = Box.fromCorners(x0, y0, x1, y1);
        return new TemplateRegion(b.x(), b.y(), b.width(), b.height());
    }

    /** The whole image. */
    public static TemplateRegion whole() { return new TemplateRegion(0, 0, TO_EDGE, TO_EDGE); }

    /** Pixel box in an image of the given size, clipped to it (may be empty), as CTP's Regions.getAdjustedRegions. */
    public Box resolve(int rows, int columns) {
        int rx = x < 0 ? Math.max(0, x + columns) : x;
        int ry = y < 0 ? Math.max(0, y + rows) : y;
        // Never wider than the image: keeps x + width from overflowing before the clip.
        int rw = width == TO_EDGE ? columns : Math.min(width, columns);
        int rh = height == TO_EDGE ? rows : Math.min(height, rows);
        return new Box(Math.min(rx, columns), Math.min(ry, rows), rw, rh).clip(columns, rows);
    }

    @Override
    public String toString() {
        return "(" + x + "," + y + "," + (width == TO_EDGE ? "edge" : width) + "," + (height == TO_EDGE ? "edge" : height) + ")";
    }
}
