package dev.bnlab.core;

/**
 * Sums over a contiguous row with four interleaved partial sums: C2 does not vectorize a floating-point sum,
 * and one accumulator makes every add wait for the previous one. Same accuracy as a plain loop, other order.
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
        int i = off;
        final int end = off + n;
        for (; i + 3 < end; i += 4) {
            s0 += a[i];
            s1 += a[i + 1];
            s2 += a[i + 2];
            s3 += a[i + 3];
        }
        for (; i < end; i++) {
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
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < n; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** out[0] = Σ a, out[1] = Σ b, out[2] = Σ c over [0, n), in one pass. */
    static void sum3(double[] a, double[] b, double[] c, int n, double[] out) {
        double a0 = 0.0;
        double a1 = 0.0;
        double b0 = 0.0;
        double b1 = 0.0;
        double c0 = 0.0;
        double c1 = 0.0;
        int i = 0;
        for (; i + 1 < n; i += 2) {
            a0 += a[i];
            a1 += a[i + 1];
            b0 += b[i];
            b1 += b[i + 1];
            c0 += c[i];
            c1 += c[i + 1];
        }
        if (i < n) {
            a0 += a[i];
            b0 += b[i];
            c0 += c[i];
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
        int i = 0;
        for (; i + 3 < n; i += 4) {
            final double q0 = g[i];
            final double q1 = g[i + 1];
            final double q2 = g[i + 2];
            final double q3 = g[i + 3];
            g0 += q0;
            g1 += q1;
            g2 += q2;
            g3 += q3;
            a0 += q0 * x0[i];
            a1 += q1 * x0[i + 1];
            a2 += q2 * x0[i + 2];
            a3 += q3 * x0[i + 3];
            b0 += q0 * x1[i];
            b1 += q1 * x1[i + 1];
            b2 += q2 * x1[i + 2];
            b3 += q3 * x1[i + 3];
        }
        for (; i < n; i++) {
            g0 += g[i];
            a0 += g[i] * x0[i];
            b0 += g[i] * x1[i];
        }
        out[0] = (g0 + g1) + (g2 + g3);
        out[1] = (a0 + a1) + (a2 + a3);
        out[2] = (b0 + b1) + (b2 + b3);
    }
}
