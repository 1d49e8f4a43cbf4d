package dev.bnlab.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Writes a double as a short Python float literal, rounded to 12 significant digits (so 1 − 0.9 prints 0.1). */
final class PythonNumber {

    private static final MathContext TWELVE_DIGITS = new MathContext(12);

    private PythonNumber() {
    }

    static String literal(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("no Python literal for " + v);
        }
        if (v == 0) {
            return "0.0";
        }
        BigDecimal rounded = new BigDecimal(v).round(TWELVE_DIGITS).stripTrailingZeros();
        if (rounded.scale() <= 0) {
            return rounded.toPlainString() + ".0";
        }
        // BigDecimal.toString is plain down to 1e-6 and scientific ("1E-7") below; Python reads both
        return rounded.toString().toLowerCase(Locale.ROOT);
    }
}
