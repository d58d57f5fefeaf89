package io.pixelscrub.testdata.synthetic.background;

import java.util.SplittableRandom;

/** Flat grey with noise, optionally over a smooth random structure (MR/OT-like). */
final class NoiseBackground implements Background {
    private final int width;
    private final int height;
    private final long seed;
    private final float level;
    private final float sigma;
    private final float[] structure;

    NoiseBackground(int width, int height, long seed) {
        this.width = width;
        this.height = height;
        this.seed = seed;
        SplittableRandom r = new SplittableRandom(seed);
        this.level = 0.05f + (float) r.nextDouble() * 0.4f;
        this.sigma = 0.02f + (float) r.nextDouble() * 0.1f;
        this.structure = r.nextBoolean() ? Fields.lowFrequency(width, height, r, 6) : null;
    }

    @Override
    public BackgroundField frame(int index) {
        SplittableRandom r = new SplittableRandom(seed ^ (0x5DEECE66DL * (index + 1)));
        float[] grey = new float[width * height];
        for (int i = 0; i < grey.length; i++) {
            float base = structure == null ? level : level + 0.25f * structure[i];
            grey[i] = Fields.clamp01(base + Fields.noise(r, sigma));
        }
        return new BackgroundField(width, height, grey, null);
    }

    @Override
    public String describe() {
        return "NOISE";
    }
}
