package dev.bnlab.plot;

/** Trailing moving average of a series: the reading aid drawn over noisy batch curves in both modes. */
public final class TrailingMean {

    private TrailingMean() {
    }

    /**
     * out[i] = mean of the finite values among ys[i−window+1 .. i] (NaN if there are none), for i &lt; n.
     * One pass with a running sum.
     */
    public static void of(double[] ys, int n, int window, double[] out) {
        double sum = 0;
        int finite = 0;
        int w = Math.max(1, window);
        for (int i = 0; i < n; i++) {
            double y = ys[i];
            if (Double.isFinite(y)) {
                sum += y;
                finite++;
            }
            if (i >= w) {
                double old = ys[i - w];
                if (Double.isFinite(old)) {
                    sum -= old;
                    finite--;
                }
            }
            out[i] = finite == 0 ? Double.NaN : sum / finite;
        }
    }

    /** The trailing mean of a whole series in a new array. */
    public static double[] of(double[] ys, int window) {
        double[] out = new double[ys.length];
        of(ys, ys.length, window, out);
        return out;
    }

    /** Window for n points: about 1/40 of the series, between 5 and 500 steps. */
    public static int windowFor(int n) {
        return Math.max(5, Math.min(500, Math.round(n / 40f)));
    }
}
