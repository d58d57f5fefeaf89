package io.pixelscrub.testdata.synthetic.jpeg;

import io.pixelscrub.testdata.synthetic.jpeg.JpegBaselineCase.Encoder;
import java.util.ArrayList;
import java.util.List;

/** The JPEG Baseline cases the redaction round-trip tests run. */
public final class JpegBaselineCases {
    /** None a multiple of 16, so every image ends in partial MCUs on the right and at the bottom. */
    private static final int[][] SIZES = {{17, 13}, {95, 61}, {641, 479}};
    private static final int[] QUALITIES = {50, 60, 75, 90, 95, 100};
    /** In MCUs: every MCU, and intervals that end mid-row. */
    private static final int[] RESTART_INTERVALS = {1, 3, 7, 13};

    private JpegBaselineCases() {
    }

    /**
     * Every sampling (grey, 4:4:4, 4:2:2, 4:2:0) at every size, once by dcmcjpeg (optimized tables, no restart
     * markers) and once by ImageIO with restart markers (optimized and standard tables alternating); qualities 50-100
     * spread so each sampling sees six of them. Plus one MONOCHROME1 image, whose fill is white.
     */
    public static List<JpegBaselineCase> roundTripSet() {
        List<JpegBaselineCase> cases = new ArrayList<>();
        int i = 0;
        for (Sampling s : Sampling.values()) {
            for (int[] size : SIZES) {
                cases.add(new JpegBaselineCase(size[0], size[1], s, QUALITIES[i % QUALITIES.length], 0,
                        Encoder.DCMCJPEG, true, false, 1000 + i));
                cases.add(new JpegBaselineCase(size[0], size[1], s, QUALITIES[(i + 3) % QUALITIES.length],
                        RESTART_INTERVALS[i % RESTART_INTERVALS.length], Encoder.IMAGEIO, i % 2 == 0, false, 2000 + i));
                i++;
            }
        }
        cases.add(new JpegBaselineCase(95, 61, Sampling.GREY, 75, 0, Encoder.DCMCJPEG, true, true, 3000));
        return cases;
    }
}
