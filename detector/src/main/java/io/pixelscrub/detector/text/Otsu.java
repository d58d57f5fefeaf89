package io.pixelscrub.detector.text;

/** Otsu's threshold: the grey level that best splits a set of 8-bit values into two classes. */
final class Otsu {

    private Otsu() { }

    static int threshold(int[] values) {
        int[] hist = new int[256];
        for (int v : values) hist[v]++;
        long total = values.length;
        double sumAll = 0;
        for (int i = 0; i < 256; i++) sumAll += (double) i * hist[i];
        double sumBelow = 0;
        long below = 0;
        double best = -1;
        int threshold = 127;
        for (int t = 0; t < 256; t++) {
            below += hist[t];
            if (below == 0) continue;
            long above = total - below;
            if (above == 0) break;
            sumBelow += (double) t * hist[t];
            double meanBelow = sumBelow / below;
            double meanAbove = (sumAll - sumBelow) / above;
            double between = (double) below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best) {
                best = between;
                threshold = t;
            }
        }
        return threshold;
    }
}
