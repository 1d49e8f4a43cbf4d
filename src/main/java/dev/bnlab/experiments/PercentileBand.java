package dev.bnlab.experiments;

import java.util.Arrays;

/**
 * The 15th, 50th and 85th percentiles of a sample (Ioffe &amp; Szegedy 2015, Fig. 1), by linear interpolation
 * between order statistics: P(p) = v₍ₖ₎ + f·(v₍ₖ₊₁₎ − v₍ₖ₎) with k + f = p·(n − 1) on the sorted values.
 */
public record PercentileBand(double p15, double p50, double p85) {

    /** The band of the values (not modified). */
    public static PercentileBand of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("percentiles of an empty sample");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new PercentileBand(percentile(sorted, 0.15), percentile(sorted, 0.50), percentile(sorted, 0.85));
    }

    /** P(p) of ascending values, p ∈ [0, 1]. */
    public static double percentile(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int k = (int) Math.floor(pos);
        if (k >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        double f = pos - k;
        return sorted[k] + f * (sorted[k + 1] - sorted[k]);
    }

    /** p85 − p15. */
    public double width() {
        return p85 - p15;
    }
}
