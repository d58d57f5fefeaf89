package io.pixelscrub.detector.text;

import io.pixelscrub.models.Box;
import java.util.ArrayList;
import java.util.List;

/**
 * DBNet post-processing with axis-aligned boxes: threshold the text probability map, take connected regions (the
 * shrunk text kernels), keep those whose mean probability reaches the box threshold, and grow each by the DB
 * "unclip" distance (area x ratio / perimeter) to get back to the text's extent.
 */
final class ProbabilityMapBoxes {

    private final float binaryThreshold;
    private final float boxThreshold;
    private final double unclipRatio;

    ProbabilityMapBoxes(float binaryThreshold, float boxThreshold, double unclipRatio) {
        this.binaryThreshold = binaryThreshold;
        this.boxThreshold = boxThreshold;
        this.unclipRatio = unclipRatio;
    }

    /**
     * Boxes in map coordinates from a {@code width} x {@code height} map; only the top-left
     * {@code validWidth} x {@code validHeight} part is picture (the rest is padding).
     */
    List<TextBox> extract(float[] prob, int width, int height, int validWidth, int validHeight) {
        int[] label = new int[width * height];
        int[] stack = new int[width * height];
        List<TextBox> boxes = new ArrayList<>();
        int next = 1;
        for (int start = 0; start < prob.length; start++) {
            if (label[start] != 0 || prob[start] <= binaryThreshold || !inside(start, width, validWidth, validHeight)) {
                continue;
            }
            // Flood fill (8-connected) one kernel, gathering its extent and probability mass.
            int id = next++;
            int top = 0;
            stack[top++] = start;
            label[start] = id;
            int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1;
            double sum = 0;
            int count = 0;
            while (top > 0) {
                int p = stack[--top];
                int px = p % width;
                int py = p / width;
                x0 = Math.min(x0, px); x1 = Math.max(x1, px);
                y0 = Math.min(y0, py); y1 = Math.max(y1, py);
                sum += prob[p];
                count++;
                for (int dy = -1; dy <= 1; dy++) {
                    int ny = py + dy;
                    if (ny < 0 || ny >= validHeight) continue;
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = px + dx;
                        if (nx < 0 || nx >= validWidth) continue;
                        int q = ny * width + nx;
                        if (label[q] == 0 && prob[q] > binaryThreshold) {
                            label[q] = id;
                            stack[top++] = q;
                        }
                    }
                }
            }
            // Scored over the kernel's own pixels, not its bounding box (PaddleOCR's fast scorer): a weak end of a
            // line then cannot sink the whole line, and a missed piece of a line would be a leak.
            double score = sum / count;
            if (score < boxThreshold || count < 2 || isBlob(x1 + 1 - x0, y1 + 1 - y0, count)) {
                continue;
            }
            boxes.add(new TextBox(unclip(x0, y0, x1 + 1, y1 + 1), score));
        }
        return boxes;
    }

    /**
     * A kernel taller than burned-in lines get that is not a solid bar: DBNet fires on round organs and speckled
     * junctions in some scans. Real kernels are about half the text height, so every line up to ~100 px high passes,
     * and a taller one passes when it is line-shaped (twice as wide as tall) and solid (a text kernel has no holes).
     */
    static boolean isBlob(int width, int height, int pixels) {
        if (height <= MAX_KERNEL_HEIGHT) {
            return false;
        }
        return width < 2 * height || pixels < MIN_TALL_KERNEL_FILL * width * height;
    }

    static final int MAX_KERNEL_HEIGHT = 48;
    static final double MIN_TALL_KERNEL_FILL = 0.7;

    private static boolean inside(int p, int width, int validWidth, int validHeight) {
        return p % width < validWidth && p / width < validHeight;
    }

    /** Grows the kernel rectangle by area x ratio / perimeter on every side (the DB paper's offset for a box). */
    private Box unclip(int x0, int y0, int x1, int y1) {
        double w = x1 - x0;
        double h = y1 - y0;
        double d = w * h * unclipRatio / (2 * (w + h));
        int grow = (int) Math.ceil(d);
        return Box.fromCorners(x0 - grow, y0 - grow, x1 + grow, y1 + grow);
    }
}
