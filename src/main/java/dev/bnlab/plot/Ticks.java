package dev.bnlab.plot;

import java.util.Locale;

/**
 * The one tick rule of every axis in both modes: steps of 1, 2 or 5 × 10^k, the multiples of a step inside a
 * range, and labels with just the decimals the step needs and a real minus sign. Step counts of the training
 * curves may be labelled in thousands ({@link #labels}).
 */
public final class Ticks {

    private Ticks() {
    }

    /** The smallest step of the form {1, 2, 5}·10^k that is ≥ span / target (1 for a non-positive span). */
    public static double step(double span, int target) {
        if (!(span > 0) || !Double.isFinite(span)) {
            return 1.0;
        }
        // raw = span / target ; step = m·10^k with m ∈ {1, 2, 5, 10}
        double raw = span / Math.max(1, target);
        double pow = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / pow;
        double nice = m <= 1.0 + 1e-9 ? 1 : m <= 2.0 + 1e-9 ? 2 : m <= 5.0 + 1e-9 ? 5 : 10;
        return nice * pow;
    }

    /**
     * Like {@link #step(double, int)} for [lo, hi], but made finer (5 → 2 → 1 → 0.5 …) until at least
     * {@code minTicks} multiples of it fall inside the range.
     */
    public static double step(double lo, double hi, int target, int minTicks) {
        double step = step(hi - lo, target);
        for (int guard = 0; guard < 30 && ticks(lo, hi, step).length < minTicks; guard++) {
            step = finer(step);
        }
        return step;
    }

    /** The next smaller nice step: 10 → 5 → 2 → 1. */
    static double finer(double step) {
        double pow = Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        double m = Math.round(step / pow);
        return m >= 5 ? 2 * pow : m >= 2 ? pow : 0.5 * pow;
    }

    /** The multiples of {@code step} within [lo, hi] (inclusive, with a little tolerance). */
    public static double[] ticks(double lo, double hi, double step) {
        if (!(hi >= lo) || !(step > 0) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            return new double[0];
        }
        double tol = step * 1e-6;
        long first = (long) Math.ceil((lo - tol) / step);
        long last = (long) Math.floor((hi + tol) / step);
        int count = (int) Math.max(0, Math.min(1000, last - first + 1));
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            double v = (first + i) * step;
            // avoid printing "-0"
            out[i] = Math.abs(v) < tol ? 0.0 : v;
        }
        return out;
    }

    /** Ticks for [lo, hi] aiming at about {@code target} of them. */
    public static double[] ticks(double lo, double hi, int target) {
        return ticks(lo, hi, step(hi - lo, target));
    }

    /** Like {@link #ticks(double, double, int)} but whole numbers only (step counts): steps 1, 2, 5, 10, 20, … */
    public static double[] integerTicks(double lo, double hi, int target) {
        return ticks(lo, hi, Math.max(1, step(hi - lo, target)));
    }

    /** The step between the ticks of a row (1 for a row of fewer than two). */
    public static double stepOf(double[] ticks) {
        return ticks.length > 1 ? ticks[1] - ticks[0] : 1;
    }

    /** A tick label with just enough decimals for the step (scientific for very small or large numbers). */
    public static String label(double v, double step) {
        if (Double.isNaN(v)) {
            return "–";
        }
        double a = Math.abs(v);
        if (a >= 1e5 || (a != 0 && step < 1e-4)) {
            return scientific(String.format(Locale.ROOT, "%.1e", v));
        }
        int decimals = (int) Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f", v).replace("-", "−");
    }

    /** Labels of a tick row, in thousands ("12.5k") for all of them when the largest reaches 10 000 (step counts). */
    public static String[] labels(double[] ticks) {
        double step = stepOf(ticks);
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

    /** A number with up to 4 significant digits and no trailing zeros ("0.1", "0.999", "12.5"). */
    public static String compact(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return String.valueOf((long) v).replace("-", "−");
        }
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains("e")) {
            return scientific(s);
        }
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s.replace("-", "−");
    }

    /** "4.840e-05" → "4.84e−5", "1.0e+157" → "1e157". */
    static String scientific(String formatted) {
        String[] parts = formatted.split("e");
        String mantissa = parts[0].contains(".") ? parts[0].replaceAll("0+$", "").replaceAll("\\.$", "") : parts[0];
        int exponent = Integer.parseInt(parts[1]);
        return (mantissa + "e" + exponent).replace("-", "−");
    }
}
