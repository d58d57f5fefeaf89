package io.pixelscrub.testdata.synthetic.background;

import java.util.SplittableRandom;

/** A CT-like axial slice: air, a body ellipse with a bright rim, two lungs, organs and bones. */
final class CtDisc implements Background {
    private final int width;
    private final int height;
    private final long seed;
    /** Ellipses drawn in order, later ones on top: cx, cy, rx, ry, grey. */
    private final double[][] shapes;
    /** The noiseless slice, drawn on first use. */
    private float[] base;

    CtDisc(int width, int height, long seed) {
        this.width = width;
        this.height = height;
        this.seed = seed;
        SplittableRandom r = new SplittableRandom(seed);
        double cx = width / 2.0;
        double cy = height / 2.0;
        double rx = width * (0.36 + r.nextDouble() * 0.08);
        double ry = height * (0.28 + r.nextDouble() * 0.1);
        int organs = 3 + r.nextInt(4);
        shapes = new double[4 + organs][];
        shapes[0] = new double[] {cx, cy, rx, ry, 0.62};
        shapes[1] = new double[] {cx, cy, rx * 0.95, ry * 0.93, 0.45};
        shapes[2] = new double[] {cx - rx * 0.45, cy - ry * 0.1, rx * 0.3, ry * 0.55, 0.05};
        shapes[3] = new double[] {cx + rx * 0.45, cy - ry * 0.1, rx * 0.3, ry * 0.55, 0.05};
        for (int i = 0; i < organs; i++) {
            double size = 0.05 + r.nextDouble() * 0.12;
            shapes[4 + i] = new double[] {cx + (r.nextDouble() - 0.5) * rx, cy + (r.nextDouble() - 0.2) * ry,
                rx * size, ry * size, i % 3 == 0 ? 0.92 : 0.5 + r.nextDouble() * 0.15};
        }
    }

    @Override
    public BackgroundField frame(int index) {
        if (base == null) {
            base = shapes();
        }
        SplittableRandom r = new SplittableRandom(seed + 977L * (index + 1));
        // Cine frames move the body down a row every other frame, as breathing would.
        int shift = index / 2;
        float[] grey = new float[width * height];
        for (int y = 0; y < height; y++) {
            int sy = y - shift;
            for (int x = 0; x < width; x++) {
                float v = sy >= 0 ? base[sy * width + x] : 0f;
                grey[y * width + x] = Fields.clamp01(v + Fields.noise(r, 0.02f));
            }
        }
        return new BackgroundField(width, height, grey, null);
    }

    private float[] shapes() {
        float[] out = new float[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float v = 0.0f;
                for (double[] s : shapes) {
                    double nx = (x - s[0]) / s[2];
                    double ny = (y - s[1]) / s[3];
                    if (nx * nx + ny * ny <= 1) {
                        v = (float) s[4];
                    }
                }
                out[y * width + x] = v;
            }
        }
        return out;
    }

    @Override
    public String describe() {
        return "CT_DISC";
    }
}
