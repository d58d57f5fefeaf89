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
    private final double apexX;
    private final double apexY;
    private final double radius;
    private final double halfAngle;
    private final double[][] cysts;
    private final float[] tissue;

    UltrasoundSector(int width, int height, long seed) {
        this.width = width;
        this.height = height;
        this.seed = seed;
        SplittableRandom r = new SplittableRandom(seed);
        this.apexX = width * (0.45 + r.nextDouble() * 0.1);
        this.apexY = height * (0.06 + r.nextDouble() * 0.08);
        this.radius = height * (0.78 + r.nextDouble() * 0.15);
        this.halfAngle = Math.toRadians(30 + r.nextInt(20));
        this.cysts = new double[2 + r.nextInt(3)][];
        for (int i = 0; i < cysts.length; i++) {
            double depth = radius * (0.3 + r.nextDouble() * 0.55);
            double theta = (r.nextDouble() * 2 - 1) * halfAngle * 0.7;
            cysts[i] = new double[] {apexX + depth * Math.sin(theta), apexY + depth * Math.cos(theta),
                radius * (0.04 + r.nextDouble() * 0.08)};
        }
        this.tissue = Fields.lowFrequency(width, height, r, 8);
    }

    @Override
    public BackgroundField frame(int index) {
        SplittableRandom r = new SplittableRandom(seed * 31 + index + 1);
        float[] grey = new float[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double dx = x - apexX;
                double dy = y - apexY;
                double dist = Math.hypot(dx, dy);
                if (dy <= 0 || dist > radius || Math.abs(Math.atan2(dx, dy)) > halfAngle) {
                    continue;
                }
                float echo = 0.45f + 0.3f * tissue[y * width + x];
                for (double[] c : cysts) {
                    if (Math.hypot(x - c[0], y - c[1]) < c[2]) {
                        echo = 0.04f;
                    }
                }
                float attenuation = (float) (1.0 - 0.55 * dist / radius);
                float speckle = (float) (r.nextDouble() * r.nextDouble() * 2.2);
                grey[y * width + x] = Fields.clamp01(echo * attenuation * speckle);
            }
        }
        return new BackgroundField(width, height, grey, null);
    }

    @Override
    public String describe() {
        return "ULTRASOUND_SECTOR";
    }
}
