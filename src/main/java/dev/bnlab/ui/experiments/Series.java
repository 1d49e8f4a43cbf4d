package dev.bnlab.ui.experiments;

/** Drawing aids for series: a trailing mean to read noisy batch curves by (the raw values are drawn too). */
final class Series {

    private Series() {
    }

    /** Trailing-mean window for n values: about n/30, at least 1. */
    static int window(int n) {
        return Math.max(1, n / 30);
    }

    /** out[i] = mean of the finite values among v[i−w+1..i] (NaN when none). */
    static double[] trailingMean(double[] v, int w) {
        double[] out = new double[v.length];
        double sum = 0;
        int count = 0;
        for (int i = 0; i < v.length; i++) {
            if (Double.isFinite(v[i])) {
                sum += v[i];
                count++;
            }
            int drop = i - w;
            if (drop >= 0 && Double.isFinite(v[drop])) {
                sum -= v[drop];
                count--;
            }
            out[i] = count == 0 ? Double.NaN : sum / count;
        }
        return out;
    }
}
