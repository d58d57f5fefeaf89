package io.pixelscrub.testdata.synthetic.background;

import java.util.SplittableRandom;

/** Shared pixel helpers for the generated backgrounds. */
final class Fields {

    private Fields() {
    }

    /** Cheap zero-mean noise with standard deviation about {@code sigma} (sum of two uniforms). */
    static float noise(SplittableRandom r, float sigma) {
        return (float) ((r.nextDouble() + r.nextDouble() - 1.0) * sigma * 2.45);
    }

    static float clamp01(float v) {
        return v < 0 ? 0 : Math.min(1, v);
    }

    /**
     * A smooth random field (sum of Gaussian blobs) in -1..1, computed on a coarse grid and upsampled
     * bilinearly so large images stay cheap.
     */
    static float[] lowFrequency(int width, int height, SplittableRandom r, int blobs) {
        int step = 8;
        int gw = width / step + 2;
        int gh = height / step + 2;
        double[] cx = new double[blobs];
        double[] cy = new double[blobs];
        double[] rad = new double[blobs];
        double[] amp = new double[blobs];
        for (int i = 0; i < blobs; i++) {
            cx[i] = r.nextDouble() * gw;
            cy[i] = r.nextDouble() * gh;
            rad[i] = (0.08 + r.nextDouble() * 0.25) * Math.max(gw, gh);
            amp[i] = r.nextDouble() * 2 - 1;
        }
        float[] grid = new float[gw * gh];
        for (int y = 0; y < gh; y++) {
            for (int x = 0; x < gw; x++) {
                double v = 0;
                for (int i = 0; i < blobs; i++) {
                    double dx = (x - cx[i]) / rad[i];
                    double dy = (y - cy[i]) / rad[i];
                    v += amp[i] * Math.exp(-(dx * dx + dy * dy));
                }
                grid[y * gw + x] = (float) Math.max(-1, Math.min(1, v));
            }
        }
        return upsample(grid, gw, gh, width, height, step);
    }

    private static float[] upsample(float[] grid, int gw, int gh, int width, int height, int step) {
        float[] out = new float[width * height];
        for (int y = 0; y < height; y++) {
            float gy = y / (float) step;
            int y0 = Math.min((int) gy, gh - 2);
            float fy = gy - y0;
            for (int x = 0; x < width; x++) {
                float gx = x / (float) step;
                int x0 = Math.min((int) gx, gw - 2);
                float fx = gx - x0;
                float top = grid[y0 * gw + x0] * (1 - fx) + grid[y0 * gw + x0 + 1] * fx;
                float bottom = grid[(y0 + 1) * gw + x0] * (1 - fx) + grid[(y0 + 1) * gw + x0 + 1] * fx;
                out[y * width + x] = top * (1 - fy) + bottom * fy;
            }
        }
        return out;
    }
}
