package dev.bnlab.experiments;

/** Small summaries of series used in findings and captions. */
public final class SeriesStats {

    private SeriesStats() {
    }

    /** Mean of the finite values among the last {@code count} entries (NaN if none is finite). */
    public static double meanOfLast(double[] v, int count) {
        double s = 0;
        int n = 0;
        for (int i = Math.max(0, v.length - count); i < v.length; i++) {
            if (Double.isFinite(v[i])) {
                s += v[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /** Mean of the finite values in [from, to). */
    public static double mean(double[] v, int from, int to) {
        double s = 0;
        int n = 0;
        for (int i = Math.max(0, from); i < Math.min(to, v.length); i++) {
            if (Double.isFinite(v[i])) {
                s += v[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /** A number for a finding: 4 significant digits. */
    public static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        return String.format(java.util.Locale.ROOT, "%.4g", v);
    }
}
