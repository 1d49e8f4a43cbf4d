package dev.bnlab.plot;

import java.util.Locale;

/** Numbers in readouts and captions of every view: a real minus sign, which reads better on a projector. */
public final class Readouts {

    private Readouts() {
    }

    /** 4 significant digits, scientific when tiny or huge, "–" for NaN, "−" for minus. */
    public static String num(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        double a = Math.abs(v);
        String s = a != 0 && (a < 1e-3 || a >= 1e5) ? String.format(Locale.ROOT, "%.2e", v)
                : String.format(Locale.ROOT, "%.4g", v);
        return s.replace('-', '−');
    }

    /** "91.8 %" ("–" for NaN). */
    public static String percent(double fraction) {
        return Double.isNaN(fraction) ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * fraction);
    }
}
