package io.pixelscrub.testdata.synthetic.background;

import java.util.SplittableRandom;

/** A linear ramp between two greys in a random direction, drifting slowly from frame to frame. */
final class GradientBackground implements Background {
    private final int width;
    private final int height;
    private final long seed;
    private final float from;
    private final float to;
    private final double angle;

    GradientBackground(int width, int height, long seed) {
        this.width = width;
        this.height = height;
        this.seed = seed;
        SplittableRandom r = new SplittableRandom(seed);
        this.from = (float) r.nextDouble() * 0.5f;
        this.to = 0.3f + (float) r.nextDouble() * 0.6f;
        this.angle = r.nextDouble() * 2 * Math.PI;
    }

    @Override
    public BackgroundField frame(int index) {
        SplittableRandom r = new SplittableRandom(seed + 31L * index);
        double a = angle + index * 0.05;
        double ux = Math.cos(a);
        double uy = Math.sin(a);
        double span = Math.abs(ux) * width + Math.abs(uy) * height;
        double start = Math.min(0, ux * width) + Math.min(0, uy * height);
        float[] grey = new float[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float t = (float) ((ux * x + uy * y - start) / span);
                grey[y * width + x] = Fields.clamp01(from + (to - from) * t + Fields.noise(r, 0.01f));
            }
        }
        return new BackgroundField(width, height, grey, null);
    }

    @Override
    public String describe() {
        return "GRADIENT";
    }
}
