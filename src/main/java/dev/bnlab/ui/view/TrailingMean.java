package dev.bnlab.ui.view;

/** Trailing moving average of a series, a drawing aid for the noisy batch curves. */
final class TrailingMean {

    private TrailingMean() {
    }

    /**
     * out[i] = mean of the finite values among ys[i−window+1 .. i] (NaN if there are none), for i &lt; n.
     * One pass with a running sum.
     */
    static void of(double[] ys, int n, int window, double[] out) {
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

    /** Window for n points: about 1/40 of the series, between 5 and 500 steps. */
    static int windowFor(int n) {
        return Math.max(5, Math.min(500, Math.round(n / 40f)));
    }
}
