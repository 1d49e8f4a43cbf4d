package dev.bnlab.core;

/**
 * e^x, e^x − 1 and log(m) written so that C2 (Java 17) can auto-vectorize loops over them.
 *
 * <p>e^x = 2^k · e^r with k = round(x·log₂e) and r = x − k·ln2 (Cody–Waite, two-part ln2), e^r from its Taylor
 * polynomial of degree 13 (|r| ≤ ln2/2, truncation below 2⁻⁵⁸). Measured against {@link Math#exp}: at most
 * 1 ulp apart; {@link #expm1} at most 2 ulp from {@link Math#expm1}; {@link #logOfOneToTwo} at most 3 ulp
 * from {@link Math#log}.
 *
 * <p>The one step C2 cannot vectorize is building the double 2^k from k (a bit move), so a row is done in
 * three loops: {@link #magic} (vector) stores t = x·log₂e + 1.5·2⁵², whose low bits hold k; {@link #scaleOf}
 * (scalar, cheap) turns t into 2^k in place; {@link #exp}/{@link #expm1} (vector) finish with the polynomial.
 * The caller clamps x first: to [−708, 709] for e^x (so 2^k stays a normal double; e^−708 ≈ 3e−308 stands
 * in for anything smaller, e^709 ≈ 8e307 for anything larger), to [−60, 60] for e^x − 1.
 */
final class FastExp {

    /** Lower clamp of the argument of {@link #exp}. */
    static final double MIN_ARG = -708.0;
    /** Upper clamp of the argument of {@link #exp}. */
    static final double MAX_ARG = 709.0;

    private static final double LOG2E = 1.4426950408889634;
    /** ln2 split so that k·LN2_HI is exact for |k| &lt; 2¹¹. */
    private static final double LN2_HI = 0.6931471803691238;
    private static final double LN2_LO = 1.9082149292705877e-10;
    /** 1.5·2⁵²: adding it rounds to an integer and leaves that integer in the low mantissa bits. */
    private static final double MAGIC = 0x1.8p52;

    private static final double C2 = 1.0 / 2;
    private static final double C3 = 1.0 / 6;
    private static final double C4 = 1.0 / 24;
    private static final double C5 = 1.0 / 120;
    private static final double C6 = 1.0 / 720;
    private static final double C7 = 1.0 / 5040;
    private static final double C8 = 1.0 / 40320;
    private static final double C9 = 1.0 / 362880;
    private static final double C10 = 1.0 / 3628800;
    private static final double C11 = 1.0 / 39916800;
    private static final double C12 = 1.0 / 479001600;
    private static final double C13 = 1.0 / 6227020800.0;
    private static final double C14 = 1.0 / 87178291200.0;

    private FastExp() {
    }

    /** t = x·log₂e + 1.5·2⁵² for a clamped x: round(x·log₂e) sits in the low bits of t. */
    static double magic(double x) {
        return x * LOG2E + MAGIC;
    }

    /** 2^k for the k held in t = {@link #magic}(x): the exponent field (k + 1023) shifted into place. */
    static double scaleOf(double t) {
        return Double.longBitsToDouble((Double.doubleToRawLongBits(t) + 1023L) << 52);
    }

    /** e^x = 2^k · e^r, given the clamped x and scale = {@link #scaleOf}({@link #magic}(x)). */
    static double exp(double x, double scale) {
        double r = reduced(x);
        // e^r = 1 + r + r²/2! + … + r¹³/13!  (Horner)
        double p = Math.fma(C13, r, C12);
        p = Math.fma(p, r, C11);
        p = Math.fma(p, r, C10);
        p = Math.fma(p, r, C9);
        p = Math.fma(p, r, C8);
        p = Math.fma(p, r, C7);
        p = Math.fma(p, r, C6);
        p = Math.fma(p, r, C5);
        p = Math.fma(p, r, C4);
        p = Math.fma(p, r, C3);
        p = Math.fma(p, r, C2);
        p = Math.fma(p, r, 1.0);
        p = Math.fma(p, r, 1.0);
        return p * scale;
    }

    /** e^x − 1 = 2^k·(e^r − 1) + (2^k − 1), accurate near 0, given the clamped x and its scale 2^k. */
    static double expm1(double x, double scale) {
        double r = reduced(x);
        // e^r − 1 = r·(1 + r/2! + … + r¹³/14!)
        double p = Math.fma(C14, r, C13);
        p = Math.fma(p, r, C12);
        p = Math.fma(p, r, C11);
        p = Math.fma(p, r, C10);
        p = Math.fma(p, r, C9);
        p = Math.fma(p, r, C8);
        p = Math.fma(p, r, C7);
        p = Math.fma(p, r, C6);
        p = Math.fma(p, r, C5);
        p = Math.fma(p, r, C4);
        p = Math.fma(p, r, C3);
        p = Math.fma(p, r, C2);
        p = Math.fma(p, r, 1.0);
        return Math.fma(scale, p * r, scale - 1.0);
    }

    /** r = x − k·ln2 with k = round(x·log₂e), |r| ≤ ln2/2. */
    private static double reduced(double x) {
        double k = magic(x) - MAGIC;
        double r = Math.fma(-k, LN2_HI, x);
        return Math.fma(-k, LN2_LO, r);
    }

    /** log(m) for m in [1, 2]: 2·atanh(s) = 2s·(1 + s²/3 + s⁴/5 + … + s³²/33), s = (m − 1)/(m + 1) ≤ 1/3. */
    static double logOfOneToTwo(double m) {
        double s = (m - 1.0) / (m + 1.0);
        double w = s * s;
        double p = Math.fma(1.0 / 33, w, 1.0 / 31);
        p = Math.fma(p, w, 1.0 / 29);
        p = Math.fma(p, w, 1.0 / 27);
        p = Math.fma(p, w, 1.0 / 25);
        p = Math.fma(p, w, 1.0 / 23);
        p = Math.fma(p, w, 1.0 / 21);
        p = Math.fma(p, w, 1.0 / 19);
        p = Math.fma(p, w, 1.0 / 17);
        p = Math.fma(p, w, 1.0 / 15);
        p = Math.fma(p, w, 1.0 / 13);
        p = Math.fma(p, w, 1.0 / 11);
        p = Math.fma(p, w, 1.0 / 9);
        p = Math.fma(p, w, 1.0 / 7);
        p = Math.fma(p, w, 1.0 / 5);
        p = Math.fma(p, w, 1.0 / 3);
        p = Math.fma(p, w, 1.0);
        return 2.0 * s * p;
    }
}
