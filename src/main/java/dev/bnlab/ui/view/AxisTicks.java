package dev.bnlab.ui.view;

import java.util.Locale;

/**
 * Round tick values for axes: steps of 1, 2, 2.5 or 5 × 10^k, and compact labels for them (the training curves,
 * the data view and {@link StickyUpperBound}). The histogram, running-statistics, activation and experiment views
 * use {@link NiceTicks}, which has no 2.5 step and labels with fewer decimals; see there why both exist.
 */
final class AxisTicks {

    private static final double[] STEP_MANTISSAS = {1, 2, 2.5, 5, 10};
    private static final double[] CEIL_MANTISSAS = {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10};

    private AxisTicks() {
    }

    /** The smallest round step s with span / s ≤ maxTicks (maxTicks ≥ 1). */
    static double step(double span, int maxTicks) {
        if (!(span > 0) || !Double.isFinite(span)) {
            return 1;
        }
        double raw = span / Math.max(1, maxTicks);
        // raw = m · 10^k with 1 ≤ m < 10
        double pow = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : STEP_MANTISSAS) {
            if (m * pow >= raw * (1 - 1e-9)) {
                return m * pow;
            }
        }
        return 10 * pow;
    }

    /** Multiples of a round step inside [min, max] (inclusive, with a little tolerance). */
    static double[] ticks(double min, double max, int maxTicks) {
        return ticksWithStep(min, max, step(max - min, maxTicks));
    }

    /** Like {@link #ticks} but only whole numbers (for step counts): the step is 1, 2, 5, 10, 20, 25, 50, … */
    static double[] integerTicks(double min, double max, int maxTicks) {
        double s = step(max - min, maxTicks);
        if (s < 1) {
            s = 1;
        } else if (s != Math.rint(s)) {
            // 2.5 → 5
            s = 2 * s;
        }
        return ticksWithStep(min, max, s);
    }

    private static double[] ticksWithStep(double min, double max, double s) {
        long first = (long) Math.ceil(min / s - 1e-9);
        long last = (long) Math.floor(max / s + 1e-9);
        int count = (int) Math.max(0, last - first + 1);
        double[] t = new double[count];
        for (int i = 0; i < count; i++) {
            t[i] = (first + i) * s;
        }
        return t;
    }

    /** The smallest "round" value ≥ v among {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8} × 10^k (v &gt; 0). */
    static double ceil(double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            return 1;
        }
        double pow = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : CEIL_MANTISSAS) {
            if (m * pow >= v * (1 - 1e-12)) {
                return m * pow;
            }
        }
        return 10 * pow;
    }

    /** A tick label with as many decimals as the step needs. */
    static String label(double v, double step) {
        if (Math.abs(v) < step * 1e-6) {
            v = 0;
        }
        return format(v, step);
    }

    /** Labels of a tick row, in thousands ("12.5k") for all of them when the largest reaches 10 000. */
    static String[] labels(double[] ticks) {
        double step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
        double largest = 0;
        for (double t : ticks) {
            largest = Math.max(largest, Math.abs(t));
        }
        boolean thousands = largest >= 10_000 && step >= 100;
        String[] out = new String[ticks.length];
        for (int i = 0; i < ticks.length; i++) {
            out[i] = thousands ? label(ticks[i] / 1000, step / 1000) + "k" : label(ticks[i], step);
        }
        return out;
    }

    private static String format(double v, double step) {
        int decimals = 0;
        double s = step;
        while (decimals < 6 && Math.abs(s - Math.rint(s)) > 1e-9 * Math.max(1, Math.abs(s))) {
            s *= 10;
            decimals++;
        }
        String text = String.format(Locale.ROOT, "%." + decimals + "f", v);
        // a real minus sign reads better on a projector
        return text.startsWith("-") ? "\u2212" + text.substring(1) : text;
    }
}
