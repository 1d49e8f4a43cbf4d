package dev.bnlab.plot;

import dev.bnlab.core.Vec;

/**
 * Equal-width bins over a fixed axis range [lo, hi] and the counts of a batch in them. Values outside the
 * range are counted in the end bins (and reported as {@link #outside()}); NaN values are skipped.
 */
public final class HistogramBins {

    public static final int MIN_BINS = 5;
    public static final int MAX_BINS = 40;

    private final double lo;
    private final double hi;
    private final int[] counts;
    private int total;
    private int outside;

    private HistogramBins(double lo, double hi, int bins) {
        this.lo = lo;
        this.hi = hi;
        this.counts = new int[bins];
    }

    /**
     * Bins across the whole (steady) axis for a batch of n: 2·√n, clamped to [5, 40]. The data usually fills
     * about half of the axis, so that is about √n bins across the data itself.
     */
    public static int binCount(int n) {
        // bins = clamp(round(2·√n), 5, 40)
        long b = Math.round(2.0 * Math.sqrt(Math.max(0, n)));
        return (int) Math.max(MIN_BINS, Math.min(MAX_BINS, b));
    }

    /** Counts {@code values} in {@code bins} equal bins over [lo, hi]. */
    public static HistogramBins of(Vec values, double lo, double hi, int bins) {
        if (!(hi > lo) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw new IllegalArgumentException("histogram range must be finite with hi > lo, got [" + lo + ", " + hi + "]");
        }
        if (bins < 1) {
            throw new IllegalArgumentException("a histogram needs at least one bin, got " + bins);
        }
        HistogramBins h = new HistogramBins(lo, hi, bins);
        // k = floor((v − lo) / width), clamped to [0, bins − 1]
        double scale = bins / (hi - lo);
        for (int i = 0, n = values.size(); i < n; i++) {
            double v = values.get(i);
            if (Double.isNaN(v)) {
                continue;
            }
            int k;
            if (v < lo) {
                k = 0;
                h.outside++;
            } else if (v > hi) {
                k = bins - 1;
                h.outside++;
            } else {
                k = (int) Math.min(bins - 1, Math.floor((v - lo) * scale));
            }
            h.counts[k]++;
            h.total++;
        }
        return h;
    }

    public int bins() {
        return counts.length;
    }

    public int count(int k) {
        return counts[k];
    }

    /** Left edge of bin k (k = bins() gives the right edge of the last bin). */
    public double edge(int k) {
        return lo + (hi - lo) * k / counts.length;
    }

    public double binWidth() {
        return (hi - lo) / counts.length;
    }

    /** Values counted (all non-NaN values). */
    public int total() {
        return total;
    }

    /** Values that lay outside [lo, hi] and were put in an end bin. */
    public int outside() {
        return outside;
    }

    public int maxCount() {
        int m = 0;
        for (int c : counts) {
            m = Math.max(m, c);
        }
        return m;
    }
}
