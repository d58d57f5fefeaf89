package io.pixelscrub.detector.text;

import java.util.Random;

/** Text-free backgrounds as grey levels 0..1, deterministic for a seed: what burned-in text is drawn over. */
enum SceneBackground {
    BLACK, WHITE, NOISE, GRADIENT, ANATOMY;

    /** Row-major levels 0..1. */
    float[] levels(int width, int height, long seed) {
        Random random = new Random(seed);
        float[] v = new float[width * height];
        switch (this) {
            case BLACK -> { }
            case WHITE -> java.util.Arrays.fill(v, 1f);
            case NOISE -> {
                // Sigma 18 grey levels, pixel by pixel: harsher than CT or ultrasound speckle, which are smoother.
                for (int i = 0; i < v.length; i++) v[i] = clamp(0.35f + 0.07f * (float) random.nextGaussian());
            }
            case GRADIENT -> {
                for (int y = 0; y < height; y++) {
                    for (int x = 0; x < width; x++) v[y * width + x] = 0.8f * (x + y) / (width + height);
                }
            }
            case ANATOMY -> anatomy(v, width, height, random);
        }
        return v;
    }

    /**
     * A body-like picture: a soft-tissue ellipse, darker organs, a bright bone ring, smooth texture and noise.
     * Its edges, ridges and speckle are what a text detector must not mistake for text.
     */
    private static void anatomy(float[] v, int w, int h, Random random) {
        double cx = w / 2.0, cy = h / 2.0, rx = w * 0.42, ry = h * 0.40;
        double[][] organs = new double[6][4];
        for (double[] o : organs) {
            o[0] = cx + (random.nextDouble() - 0.5) * rx;
            o[1] = cy + (random.nextDouble() - 0.5) * ry;
            o[2] = (0.08 + 0.12 * random.nextDouble()) * Math.min(w, h);
            o[3] = 0.15 + 0.35 * random.nextDouble();
        }
        double phase = random.nextDouble() * 6;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double dx = (x - cx) / rx, dy = (y - cy) / ry;
                double r = Math.sqrt(dx * dx + dy * dy);
                double level = 0.02;
                if (r < 1) {
                    level = 0.45 + 0.05 * Math.sin(x * 0.05 + phase) * Math.cos(y * 0.04);
                    if (r > 0.86 && r < 0.93) level = 0.95; // bone
                    for (double[] o : organs) {
                        double d = Math.hypot(x - o[0], y - o[1]);
                        if (d < o[2]) level = o[3] + 0.1 * (1 - d / o[2]);
                    }
                }
                v[y * w + x] = clamp((float) (level + 0.03 * random.nextGaussian()));
            }
        }
    }

    private static float clamp(float f) {
        return Math.max(0f, Math.min(1f, f));
    }
}
