package io.pixelscrub.detector.text;

/**
 * How {@link DbnetTextLocator} runs the model.
 *
 * @param model            PP-OCR v3 or v4 detection model
 * @param intraOpThreads   ONNX Runtime threads for one operator (1 per worker when workers run in parallel)
 * @param tileSize         side of the square tiles large pictures are cut into (multiple of 32)
 * @param tileOverlap      pixels neighbouring tiles share: more than the tallest line expected to be cut
 * @param upscale          scale applied to small pictures before detection (1 = none)
 * @param upscaleBelowSide pictures whose longer side is at most this are upscaled
 * @param binaryThreshold  probability above which a map pixel is text
 * @param boxThreshold     mean probability a kernel needs to count as a text box
 * @param unclipRatio      DB unclip ratio that grows kernels back to the text extent
 */
public record DbnetSettings(DbnetModel model, int intraOpThreads, int tileSize, int tileOverlap, double upscale,
                            int upscaleBelowSide, float binaryThreshold, float boxThreshold, double unclipRatio) {

    public DbnetSettings {
        if (intraOpThreads < 1) throw new IllegalArgumentException("intraOpThreads must be at least 1");
        if (tileSize < 64 || tileSize % 32 != 0) throw new IllegalArgumentException("tileSize must be a multiple of 32, at least 64");
        if (tileOverlap < 0 || tileOverlap >= tileSize / 2) throw new IllegalArgumentException("tileOverlap out of range");
        if (upscale < 1) throw new IllegalArgumentException("upscale must be at least 1");
    }

    public static DbnetSettings defaults() {
        // 1056 = 1024 + 2 x the border pad: a 1024-wide frame stays one tile.
        return new DbnetSettings(DbnetModel.PP_OCR_V3, 1, 1056, 96, 1.0, 0, 0.3f, 0.6f, 1.5);
    }

    public DbnetSettings withModel(DbnetModel m) {
        return new DbnetSettings(m, intraOpThreads, tileSize, tileOverlap, upscale, upscaleBelowSide, binaryThreshold, boxThreshold, unclipRatio);
    }

    public DbnetSettings withThreads(int threads) {
        return new DbnetSettings(model, threads, tileSize, tileOverlap, upscale, upscaleBelowSide, binaryThreshold, boxThreshold, unclipRatio);
    }

    public DbnetSettings withUpscale(double factor, int belowSide) {
        return new DbnetSettings(model, intraOpThreads, tileSize, tileOverlap, factor, belowSide, binaryThreshold, boxThreshold, unclipRatio);
    }

    public DbnetSettings withTiles(int size, int overlap) {
        return new DbnetSettings(model, intraOpThreads, size, overlap, upscale, upscaleBelowSide, binaryThreshold, boxThreshold, unclipRatio);
    }

    public DbnetSettings withBoxThreshold(float threshold) {
        return new DbnetSettings(model, intraOpThreads, tileSize, tileOverlap, upscale, upscaleBelowSide, binaryThreshold, threshold, unclipRatio);
    }
}
