package dev.bnlab.experiments;

import java.util.Arrays;

/**
 * Median and interquartile range of a number over seeds: P(p) = v₍ₖ₎ + f·(v₍ₖ₊₁₎ − v₍ₖ₎) with k + f = p·(n − 1)
 * on the sorted values, p = 0.25, 0.5, 0.75. +∞ ("never") sorts last; NaN values are left out.
 *
 * @param q1     25th percentile
 * @param median 50th percentile
 * @param q3     75th percentile
 * @param count  values used (NaN left out)
 */
public record Quartiles(double q1, double median, double q3, int count) {

    public static Quartiles of(double[] values) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length == 0) {
            return new Quartiles(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        return new Quartiles(at(v, 0.25), at(v, 0.5), at(v, 0.75), v.length);
    }

    /** P(p); next to +∞ the percentile is +∞ itself (a step towards "never" is "never"). */
    private static double at(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int k = (int) Math.floor(pos);
        double f = pos - k;
        if (k >= sorted.length - 1 || f == 0) {
            return sorted[Math.min(k, sorted.length - 1)];
        }
        if (Double.isInfinite(sorted[k + 1])) {
            return sorted[k + 1];
        }
        return sorted[k] + f * (sorted[k + 1] - sorted[k]);
    }
}
