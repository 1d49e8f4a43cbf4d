package dev.bnlab.core;

/**
 * Sums over a contiguous row with four interleaved partial sums: C2 does not vectorize a floating-point sum,
 * and one accumulator makes every add wait for the previous one. Same accuracy as a plain loop, other order.
 *
 * <p>Lane r (r = 0..3) sums the elements i ≡ r (mod 4) of the first ⌊n/4⌋·4 in order, the rest goes to lane 0,
 * and the result is (s0 + s1) + (s2 + s3). The loops are written as one stride-1 loop whose accumulators
 * rotate (t = s0 + a[i]; s0 ← s1; s1 ← s2; s2 ← s3; s3 ← t): after every fourth element each lane is back in
 * its place, so the order of the additions is exactly that of the stride-4 form, but C2 neither marks the
 * accumulators as reductions nor packs the four loads of a stride-4 body (both made the stride-4 form about
 * twice as slow). Unrolled by C2, the rotation is only register renaming.
 */
final class RowSums {

    private RowSums() {
    }

    /** Σ a[i] over [off, off + n). */
    static double sum(double[] a, int off, int n) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        final int whole = off + (n & ~3);
        final int end = off + n;
        for (int i = off; i < whole; i++) {
            // lane i mod 4 += a[i], then rotate
            final double t = s0 + a[i];
            s0 = s1;
            s1 = s2;
            s2 = s3;
            s3 = t;
        }
        for (int i = whole; i < end; i++) {
            s0 += a[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Σ a[i]·b[i] over [0, n). */
    static double dot(double[] a, double[] b, int n) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        final int whole = n & ~3;
        for (int i = 0; i < whole; i++) {
            // lane i mod 4 += a[i]·b[i], then rotate
            final double t = s0 + a[i] * b[i];
            s0 = s1;
            s1 = s2;
            s2 = s3;
            s3 = t;
        }
        for (int i = whole; i < n; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * out[0] = Σ a, out[1] = Σ b, out[2] = Σ c over [0, n), in one pass, each with two interleaved partial sums
     * (lane 0 the even i, lane 1 the odd i, a last odd element to lane 0).
     */
    static void sum3(double[] a, double[] b, double[] c, int n, double[] out) {
        double a0 = 0.0;
        double a1 = 0.0;
        double b0 = 0.0;
        double b1 = 0.0;
        double c0 = 0.0;
        double c1 = 0.0;
        final int whole = n & ~1;
        for (int i = 0; i < whole; i++) {
            // lane i mod 2 += a[i], b[i], c[i], then rotate
            final double ta = a0 + a[i];
            final double tb = b0 + b[i];
            final double tc = c0 + c[i];
            a0 = a1;
            a1 = ta;
            b0 = b1;
            b1 = tb;
            c0 = c1;
            c1 = tc;
        }
        if (whole < n) {
            a0 += a[whole];
            b0 += b[whole];
            c0 += c[whole];
        }
        out[0] = a0 + a1;
        out[1] = b0 + b1;
        out[2] = c0 + c1;
    }

    /** out[0] = Σ g, out[1] = Σ g·x0, out[2] = Σ g·x1 over [0, n), in one pass. */
    static void sumDotDot(double[] g, double[] x0, double[] x1, int n, double[] out) {
        double g0 = 0.0;
        double g1 = 0.0;
        double g2 = 0.0;
        double g3 = 0.0;
        double a0 = 0.0;
        double a1 = 0.0;
        double a2 = 0.0;
        double a3 = 0.0;
        double b0 = 0.0;
        double b1 = 0.0;
        double b2 = 0.0;
        double b3 = 0.0;
        final int whole = n & ~3;
        for (int i = 0; i < whole; i++) {
            // lane i mod 4 += g, g·x0, g·x1, then rotate
            final double q = g[i];
            final double tg = g0 + q;
            final double ta = a0 + q * x0[i];
            final double tb = b0 + q * x1[i];
            g0 = g1;
            g1 = g2;
            g2 = g3;
            g3 = tg;
            a0 = a1;
            a1 = a2;
            a2 = a3;
            a3 = ta;
            b0 = b1;
            b1 = b2;
            b2 = b3;
            b3 = tb;
        }
        for (int i = whole; i < n; i++) {
            g0 += g[i];
            a0 += g[i] * x0[i];
            b0 += g[i] * x1[i];
        }
        out[0] = (g0 + g1) + (g2 + g3);
        out[1] = (a0 + a1) + (a2 + a3);
        out[2] = (b0 + b1) + (b2 + b3);
    }

    /** out[0] = Σ g, out[1] = Σ g·x0 over [0, n), in one pass. */
    static void sumDot(double[] g, double[] x0, int n, double[] out) {
        double g0 = 0.0;
        double g1 = 0.0;
        double g2 = 0.0;
        double g3 = 0.0;
        double a0 = 0.0;
        double a1 = 0.0;
        double a2 = 0.0;
        double a3 = 0.0;
        final int whole = n & ~3;
        for (int i = 0; i < whole; i++) {
            // lane i mod 4 += g, g·x0, then rotate
            final double q = g[i];
            final double tg = g0 + q;
            final double ta = a0 + q * x0[i];
            g0 = g1;
            g1 = g2;
            g2 = g3;
            g3 = tg;
            a0 = a1;
            a1 = a2;
            a2 = a3;
            a3 = ta;
        }
        for (int i = whole; i < n; i++) {
            g0 += g[i];
            a0 += g[i] * x0[i];
        }
        out[0] = (g0 + g1) + (g2 + g3);
        out[1] = (a0 + a1) + (a2 + a3);
    }

    /** out[0] = Σ g, out[1..3] = Σ g·x0, Σ g·x1, Σ g·x2 over [0, n), in one pass. */
    static void sumDot3(double[] g, double[] x0, double[] x1, double[] x2, int n, double[] out) {
        double g0 = 0.0;
        double g1 = 0.0;
        double g2 = 0.0;
        double g3 = 0.0;
        double a0 = 0.0;
        double a1 = 0.0;
        double a2 = 0.0;
        double a3 = 0.0;
        double b0 = 0.0;
        double b1 = 0.0;
        double b2 = 0.0;
        double b3 = 0.0;
        double c0 = 0.0;
        double c1 = 0.0;
        double c2 = 0.0;
        double c3 = 0.0;
        final int whole = n & ~3;
        for (int i = 0; i < whole; i++) {
            // lane i mod 4 += g, g·x0, g·x1, g·x2, then rotate
            final double q = g[i];
            final double tg = g0 + q;
            final double ta = a0 + q * x0[i];
            final double tb = b0 + q * x1[i];
            final double tc = c0 + q * x2[i];
            g0 = g1;
            g1 = g2;
            g2 = g3;
            g3 = tg;
            a0 = a1;
            a1 = a2;
            a2 = a3;
            a3 = ta;
            b0 = b1;
            b1 = b2;
            b2 = b3;
            b3 = tb;
            c0 = c1;
            c1 = c2;
            c2 = c3;
            c3 = tc;
        }
        for (int i = whole; i < n; i++) {
            g0 += g[i];
            a0 += g[i] * x0[i];
            b0 += g[i] * x1[i];
            c0 += g[i] * x2[i];
        }
        out[0] = (g0 + g1) + (g2 + g3);
        out[1] = (a0 + a1) + (a2 + a3);
        out[2] = (b0 + b1) + (b2 + b3);
        out[3] = (c0 + c1) + (c2 + c3);
    }

    /** out[0..3] = Σ g·x0, Σ g·x1, Σ g·x2, Σ g·x3 over [0, n), in one pass. */
    static void dot4(double[] g, double[] x0, double[] x1, double[] x2, double[] x3, int n, double[] out) {
        double a0 = 0.0;
        double a1 = 0.0;
        double a2 = 0.0;
        double a3 = 0.0;
        double b0 = 0.0;
        double b1 = 0.0;
        double b2 = 0.0;
        double b3 = 0.0;
        double c0 = 0.0;
        double c1 = 0.0;
        double c2 = 0.0;
        double c3 = 0.0;
        double d0 = 0.0;
        double d1 = 0.0;
        double d2 = 0.0;
        double d3 = 0.0;
        final int whole = n & ~3;
        for (int i = 0; i < whole; i++) {
            // lane i mod 4 += g·x0, g·x1, g·x2, g·x3, then rotate
            final double q = g[i];
            final double ta = a0 + q * x0[i];
            final double tb = b0 + q * x1[i];
            final double tc = c0 + q * x2[i];
            final double td = d0 + q * x3[i];
            a0 = a1;
            a1 = a2;
            a2 = a3;
            a3 = ta;
            b0 = b1;
            b1 = b2;
            b2 = b3;
            b3 = tb;
            c0 = c1;
            c1 = c2;
            c2 = c3;
            c3 = tc;
            d0 = d1;
            d1 = d2;
            d2 = d3;
            d3 = td;
        }
        for (int i = whole; i < n; i++) {
            a0 += g[i] * x0[i];
            b0 += g[i] * x1[i];
            c0 += g[i] * x2[i];
            d0 += g[i] * x3[i];
        }
        out[0] = (a0 + a1) + (a2 + a3);
        out[1] = (b0 + b1) + (b2 + b3);
        out[2] = (c0 + c1) + (c2 + c3);
        out[3] = (d0 + d1) + (d2 + d3);
    }
}
