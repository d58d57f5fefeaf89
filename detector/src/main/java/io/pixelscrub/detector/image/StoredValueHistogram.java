package io.pixelscrub.detector.image;

/**
 * How often each stored value occurs in a grey frame of at most 16 bits. Display mappings of grey data are functions
 * of the stored value, so they are built as lookup tables over the stored range and tuned from this histogram.
 */
final class StoredValueHistogram {

    private final int minPossible;
    private final long[] counts;
    private final long total;
    private final int min;
    private final int max;

    private StoredValueHistogram(int minPossible, long[] counts, long total, int min, int max) {
        this.minPossible = minPossible;
        this.counts = counts;
        this.total = total;
        this.min = min;
        this.max = max;
    }

    static StoredValueHistogram of(RawFrame frame) {
        int bits = frame.bitsStored();
        int minPossible = frame.signed() ? -(1 << (bits - 1)) : 0;
        long[] counts = new long[1 << bits];
        int pixels = frame.width() * frame.height();
        byte[] data = frame.data();
        int mask = (1 << bits) - 1;
        if (frame.bitsAllocated() == 8) {
            for (int i = 0; i < pixels; i++) {
                counts[(data[i] & 0xFF) & mask]++;
            }
        } else {
            for (int i = 0; i < pixels; i++) {
                counts[((data[2 * i] & 0xFF) | (data[2 * i + 1] & 0xFF) << 8) & mask]++;
            }
        }
        if (frame.signed()) {
            counts = signedOrder(counts, bits);
        }
        int lo = 0;
        while (lo < counts.length - 1 && counts[lo] == 0) lo++;
        int hi = counts.length - 1;
        while (hi > 0 && counts[hi] == 0) hi--;
        return new StoredValueHistogram(minPossible, counts, pixels, lo + minPossible, hi + minPossible);
    }

    /** Re-orders two's-complement bins so that index 0 is the most negative value. */
    private static long[] signedOrder(long[] raw, int bits) {
        long[] ordered = new long[raw.length];
        int half = 1 << (bits - 1);
        System.arraycopy(raw, half, ordered, 0, half);
        System.arraycopy(raw, 0, ordered, half, half);
        return ordered;
    }

    int minPossible() { return minPossible; }

    int size() { return counts.length; }

    int min() { return min; }

    int max() { return max; }

    long total() { return total; }

    /** The smallest stored value v such that at least {@code fraction} of the pixels are at or below v. */
    int percentile(double fraction) {
        long target = (long) Math.ceil(fraction * total);
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= target && seen > 0) {
                return i + minPossible;
            }
        }
        return max;
    }

    /** Pixels whose stored value lies in [from, to]. */
    long countBetween(int from, int to) {
        long n = 0;
        for (int v = Math.max(from, minPossible); v <= to && v - minPossible < counts.length; v++) {
            n += counts[v - minPossible];
        }
        return n;
    }

    /** Like {@link #percentile} but over the pixels below {@code below} only; {@code below} itself when there are none. */
    int percentileBelow(int below, double fraction) {
        long under = countBetween(minPossible, below - 1);
        if (under == 0) {
            return below;
        }
        long target = (long) Math.ceil(fraction * under);
        long seen = 0;
        for (int v = minPossible; v < below; v++) {
            seen += counts[v - minPossible];
            if (seen >= target && seen > 0) {
                return v;
            }
        }
        return below;
    }

    /** Like {@link #percentileBelow} but over the pixels above {@code above}, counted from the top down. */
    int percentileAbove(int above, double fraction) {
        long over = countBetween(above + 1, minPossible + counts.length - 1);
        if (over == 0) {
            return above;
        }
        long target = (long) Math.ceil(fraction * over);
        long seen = 0;
        for (int v = minPossible + counts.length - 1; v > above; v--) {
            seen += counts[v - minPossible];
            if (seen >= target && seen > 0) {
                return v;
            }
        }
        return above;
    }
}
