package dev.bnlab.ui.experiments;

import dev.bnlab.ui.view.ViewStyle;
import java.util.Locale;

/** Numbers for readouts: {@link ViewStyle#num} with a real minus sign (reads better on a projector). */
final class Fmt {

    private Fmt() {
    }

    /** 4 significant digits, scientific when tiny or huge, "–" for NaN, "−" for minus. */
    static String num(double v) {
        return ViewStyle.num(v).replace('-', '−');
    }

    /** "91.8 %". */
    static String percent(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * v);
    }
}
