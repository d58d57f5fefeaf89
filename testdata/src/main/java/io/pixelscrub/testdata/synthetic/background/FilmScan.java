package io.pixelscrub.testdata.synthetic.background;

import java.util.SplittableRandom;

/** A scanned film or CR plate: a collimated exposed field with smooth anatomy, grain and a clear border. */
final class FilmScan implements Background {
    private final int width;
    private final int height;
    private final long seed;
    private final float[] anatomy;
    private final int fx0;
    private final int fy0;
    private final int fx1;
    private final int fy1;
    private final float base;

    FilmScan(int width, int height, long seed) {
        this.width = width;
        this.height = height;
        this.seed = seed;
        SplittableRandom r = new SplittableRandom(seed);
        this.anatomy = Fields.lowFrequency(width, height, r, 10);
        this.fx0 = (int) (width * r.nextDouble() * 0.08);
        this.fy0 = (int) (height * r.nextDouble() * 0.08);
        this.fx1 = width - 1 - (int) (width * r.nextDouble() * 0.08);
        this.fy1 = height - 1 - (int) (height * r.nextDouble() * 0.08);
        this.base = 0.3f + (float) r.nextDouble() * 0.25f;
    }

    @Override
    public BackgroundField frame(int index) {
        SplittableRandom r = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (index + 1)));
        float[] grey = new float[width * height];
        double cx = width / 2.0;
        double cy = height / 2.0;
        double norm = Math.hypot(cx, cy);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean exposed = x >= fx0 && x <= fx1 && y >= fy0 && y <= fy1;
                float vignette = (float) (1 - 0.35 * Math.hypot(x - cx, y - cy) / norm);
                float v = exposed ? (base + 0.3f * anatomy[y * width + x]) * vignette : 0.9f;
                grey[y * width + x] = Fields.clamp01(v + Fields.noise(r, 0.015f));
            }
        }
        return new BackgroundField(width, height, grey, null);
    }

    @Override
    public String describe() {
        return "FILM_SCAN";
    }
}
