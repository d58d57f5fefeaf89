package io.pixelscrub.testdata.synthetic.background;

import java.util.SplittableRandom;

/** A real image resampled (bilinear) to the case's size; frames cycle through its own frames plus a little noise. */
final class RealBackground implements Background {
    private final RealImage image;
    private final int width;
    private final int height;
    private final long seed;

    RealBackground(RealImage image, int width, int height, long seed) {
        this.image = image;
        this.width = width;
        this.height = height;
        this.seed = seed;
    }

    @Override
    public BackgroundField frame(int index) {
        int source = index % image.frames();
        SplittableRandom r = new SplittableRandom(seed + index);
        // Frames after the source's own run out get fresh noise, so a cine still changes frame to frame.
        float sigma = index < image.frames() ? 0f : 0.01f;
        float[] grey = resample(image.grey()[source], 1, r, sigma);
        float[] rgb = image.rgb() == null ? null : resample(image.rgb()[source], 3, r, sigma);
        return new BackgroundField(width, height, grey, rgb);
    }

    private float[] resample(float[] src, int channels, SplittableRandom r, float sigma) {
        int sw = image.width();
        int sh = image.height();
        float[] out = new float[width * height * channels];
        for (int y = 0; y < height; y++) {
            float sy = Math.max(0, (y + 0.5f) * sh / height - 0.5f);
            int y0 = Math.min((int) sy, sh - 1);
            int y1 = Math.min(y0 + 1, sh - 1);
            float fy = sy - y0;
            for (int x = 0; x < width; x++) {
                float sx = Math.max(0, (x + 0.5f) * sw / width - 0.5f);
                int x0 = Math.min((int) sx, sw - 1);
                int x1 = Math.min(x0 + 1, sw - 1);
                float fx = sx - x0;
                for (int c = 0; c < channels; c++) {
                    float top = src[(y0 * sw + x0) * channels + c] * (1 - fx) + src[(y0 * sw + x1) * channels + c] * fx;
                    float bot = src[(y1 * sw + x0) * channels + c] * (1 - fx) + src[(y1 * sw + x1) * channels + c] * fx;
                    float v = top * (1 - fy) + bot * fy;
                    out[(y * width + x) * channels + c] = sigma == 0 ? v : Fields.clamp01(v + Fields.noise(r, sigma));
                }
            }
        }
        return out;
    }

    @Override
    public String describe() {
        return "REAL:" + image.name();
    }
}
