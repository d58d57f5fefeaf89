package io.pixelscrub.testdata.synthetic.background;

import java.util.SplittableRandom;

/**
 * A black frame with a B-mode fan: speckle that fades with depth, a few dark cysts and bright
 * interfaces. Speckle is redrawn every frame, as in a real cine.
 */
final class UltrasoundSector implements Background {
    private final int width;
    private final int height;
    private final long seed;
    /** Echo strength before speckle, per pixel; negative outside the fan. Fixed for all frames. */
    private final float[] echo;

    UltrasoundSector(int width, int height, long seed) {
        this.width = width;
        this.height = height;
        this.seed = seed;
        SplittableRandom r = new SplittableRandom(seed);
        double apexX = width * (0.45 + r.nextDouble() * 0.1);
        double apexY = height * (0.06 + r.nextDouble() * 0.08);
        double radius = height * (0.78 + r.nextDouble() * 0.15);
        double halfAngle = Math.toRadians(30 + r.nextInt(20));
        double[][] cysts = new double[2 + r.nextInt(3)][];
        for (int i = 0; i < cysts.length; i++) {
            double depth = radius * (0.3 + r.nextDouble() * 0.55);
            double theta = (r.nextDouble() * 2 - 1) * halfAngle * 0.7;
            cysts[i] = new double[] {apexX + depth * Math.sin(theta), apexY + depth * Math.cos(theta),
                radius * (0.04 + r.nextDouble() * 0.08)};
        }
        float[] tissue = Fields.lowFrequency(width, height, r, 8);
        this.echo = new float[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double dx = x - apexX;
                double dy = y - apexY;
                double dist = Math.sqrt(dx * dx + dy * dy);
                int i = y * width + x;
                if (dy <= 0 || dist > radius || Math.abs(Math.atan2(dx, dy)) > halfAngle) {
                    echo[i] = -1;
                    continue;
                }
                float e = 0.45f + 0.3f * tissue[i];
                for (double[] c : cysts) {
                    double cx = x - c[0];
                    double cy = y - c[1];
                    if (cx * cx + cy * cy < c[2] * c[2]) {
                        e = 0.04f;
                    }
                }
                echo[i] = e * (float) (1.0 - 0.55 * dist / radius);
            }
        }
    }

    @Override
    public BackgroundField frame(int index) {
        SplittableRandom r = new SplittableRandom(seed * 31 + index + 1);
        float[] grey = new float[width * height];
        for (int i = 0; i < grey.length; i++) {
            if (echo[i] >= 0) {
                float speckle = (float) (r.nextDouble() * r.nextDouble() * 2.2);
                grey[i] = Fields.clamp01(echo[i] * speckle);
            }
        }
        return new BackgroundField(width, height, grey, null);
    }

    @Override
    public String describe() {
        return "ULTRASOUND_SECTOR";
    }
}
